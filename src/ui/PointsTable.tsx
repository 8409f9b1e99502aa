// The map's trigger points as a text table (region, side, layer, kind, pain in the shown session), so the map is usable
// without seeing the canvas; choosing a row selects that point. The table scrolls on its own and renders only
// the rows in view (at 5,000 points an edit re-renders a screenful, not the whole list); rows keep their
// place in the whole list for assistive technology through aria-rowcount and aria-rowindex.

import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { layerById } from '../anatomy/layers';
import { regionName } from '../model/labels';
import { useEditor, useEditorState } from '../store/context';
import { pointsInOrder } from '../model/selectors';
import { KIND_LABELS } from './Inspector';
import { readingIn } from '../model/sessions';
import type { PointId, TriggerPoint } from '../model/types';
import { useShownSession } from './sessions/use-session';

/** A row's height before it is measured (one line of text); rows that wrap are measured as drawn. */
const ESTIMATED_ROW_HEIGHT = 30;
/** Rows rendered beyond each edge of the view, so scrolling shows no blank rows. */
const OVERSCAN = 10;

interface RowProps {
  readonly point: TriggerPoint;
  readonly index: number;
  readonly pain: number | null;
  readonly selected: boolean;
  readonly onChoose: (id: PointId) => void;
  readonly measure: (element: HTMLTableRowElement | null) => void;
}

const PointRow = memo(function PointRow({ point, index, pain, selected, onChoose, measure }: RowProps) {
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={selected ? 'selected' : undefined}
      onClick={() => onChoose(point.id)}
    >
      <td>
        <button
          type="button"
          className="row-select"
          onClick={(e) => {
            e.stopPropagation();
            onChoose(point.id);
          }}
        >
          {regionName(point.region)}
        </button>
      </td>
      <td>{point.side}</td>
      <td>{layerById(point.anchor.layer).label}</td>
      <td>{KIND_LABELS[point.kind]}</td>
      <td>{pain ?? '–'}</td>
    </tr>
  );
});

export function PointsTable() {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const points = doc ? pointsInOrder(doc) : [];
  const session = useShownSession();
  const scroller = useRef<HTMLDivElement>(null);

  // The app is not built with React Compiler, and the one function handed to the memoised rows
  // (measureElement) is the virtualizer's own stable method, so nothing goes stale.
  // oxlint-disable-next-line react/incompatible-library
  const rows = useVirtualizer({
    count: points.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => points[index]?.id ?? index,
  });

  // A point chosen elsewhere (the canvas, the arrow keys) scrolls its row into view.
  const selectedIndex = selection === null ? -1 : points.findIndex((p) => p.id === selection);
  useEffect(() => {
    if (selectedIndex < 0) return;
    // A row already in view stays put (and scrolling would read the layout just after the table changed).
    const range = rows.range;
    if (range && selectedIndex >= range.startIndex && selectedIndex <= range.endIndex) return;
    rows.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, rows]);

  const items = rows.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? rows.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <section aria-labelledby="points-heading" className="panel points">
      <h2 id="points-heading">Points ({points.length})</h2>
      {points.length === 0 ? <p className="muted">No points yet.</p> : null}
      <div ref={scroller} className="points-scroll">
        <table aria-label="Points" className="points-table" aria-rowcount={points.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Region</th>
              <th scope="col">Side</th>
              <th scope="col">Layer</th>
              <th scope="col">Kind</th>
              <th scope="col">Pain</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 ? <tr aria-hidden="true" className="points-spacer" style={{ height: before }} /> : null}
            {items.map((item) => {
              const point = points[item.index]!;
              return (
                <PointRow
                  key={point.id}
                  point={point}
                  index={item.index}
                  pain={session ? readingIn(point, session.id).pain : null}
                  selected={point.id === selection}
                  onChoose={editor.focusPoint}
                  measure={rows.measureElement}
                />
              );
            })}
            {after > 0 ? <tr aria-hidden="true" className="points-spacer" style={{ height: after }} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
