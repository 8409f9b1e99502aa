// The map's trigger points as a text table (region, side, layer, kind, pain in the shown session), so the map is usable
// without seeing the canvas; choosing a row selects that point.

import { layerById } from '../anatomy/layers';
import { regionName } from '../model/labels';
import { useEditor, useEditorState } from '../store/context';
import { pointsInOrder } from '../model/selectors';
import { KIND_LABELS } from './Inspector';
import { readingIn } from '../model/sessions';
import { useShownSession } from './sessions/use-session';

export function PointsTable() {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const points = doc ? pointsInOrder(doc) : [];
  const session = useShownSession();

  return (
    <section aria-labelledby="points-heading" className="panel points">
      <h2 id="points-heading">Points ({points.length})</h2>
      {points.length === 0 ? <p className="muted">No points yet.</p> : null}
      <table aria-label="Points" className="points-table">
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Side</th>
            <th scope="col">Layer</th>
            <th scope="col">Kind</th>
            <th scope="col">Pain</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => {
            const selected = point.id === selection;
            return (
              <tr key={point.id} aria-selected={selected} className={selected ? 'selected' : undefined} onClick={() => editor.focusPoint(point.id)}>
                <td>
                  <button type="button" className="row-select" onClick={(e) => { e.stopPropagation(); editor.focusPoint(point.id); }}>
                    {regionName(point.region)}
                  </button>
                </td>
                <td>{point.side}</td>
                <td>{layerById(point.anchor.layer).label}</td>
                <td>{KIND_LABELS[point.kind]}</td>
                <td>{(session ? readingIn(point, session.id).pain : null) ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
