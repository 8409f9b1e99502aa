// Referred-pain zones of the shown session: paint with a round brush (size and erase), see each zone's share
// of the body surface front and back, link a zone to trigger points, select or delete it.

import { useMemo } from 'react';
import { useEditor, useEditorState } from '../../store/context';
import { useBodyModel } from '../../scene/model-context';
import { skinSurface } from '../../scene/skin-surface';
import { coverageOf } from '../../scene/ZoneOverlay';
import { coveredShare, formatShare, unionCoverage } from '../../scene/zone-paint';
import { deleteZone, linkZone } from '../../model/zone-operations';
import { regionLabel } from '../../model/labels';
import { MAX_BRUSH_RADIUS, MIN_BRUSH_RADIUS } from '../../model/limits';
import type { Zone } from '../../model/types';
import { useShownSession } from '../sessions/use-session';
import { zoneLinks, zoneNumber, zonesInOrder } from './zone-words';

function ShareText({ zones }: { zones: readonly Zone[] }) {
  const model = useBodyModel();
  const surface = skinSurface(model);
  const share = useMemo(
    () => coveredShare(surface.triangles, unionCoverage(zones.map((z) => coverageOf(surface, z)), surface.vertexCount)),
    [surface, zones],
  );
  return (
    <>
      front {formatShare(share.front)}, back {formatShare(share.back)} (body {formatShare(share.total)})
    </>
  );
}

function ZoneRow({ zone }: { zone: Zone }) {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const selectedZone = useEditorState((s) => s.sessionView.zone);
  const selection = useEditorState((s) => s.selection);
  if (!doc) return null;
  const selected = zone.id === selectedZone;
  const number = zoneNumber(doc, zone);
  const point = selection && Object.hasOwn(doc.points, selection) ? doc.points[selection] : undefined;
  const linked = point ? zone.points.includes(point.id) : false;
  return (
    <li className={selected ? 'zone-row selected' : 'zone-row'} aria-current={selected ? 'true' : undefined}>
      <button type="button" className="row-select" aria-pressed={selected} onClick={() => editor.setSessionView({ zone: selected ? null : zone.id })}>
        Zone {number}
      </button>
      <span className="muted">
        {' '}
        <ShareText zones={[zone]} /> · {zoneLinks(doc, zone)}
      </span>
      <div className="zone-actions">
        {point ? (
          <button type="button" onClick={() => editor.commit(linkZone(zone.id, point.id, !linked))}>
            {linked ? `Unlink zone ${number} from ${regionLabel(point.region, point.side)}` : `Link zone ${number} to ${regionLabel(point.region, point.side)}`}
          </button>
        ) : null}
        {zone.points.map((id) => (
          <button key={id} type="button" onClick={() => editor.select(id)}>
            Select {doc.points[id] ? regionLabel(doc.points[id].region, doc.points[id].side) : 'point'}
          </button>
        ))}
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (editor.commit(deleteZone(zone.id)) && selected) editor.setSessionView({ zone: null });
          }}
        >
          Delete zone {number}
        </button>
      </div>
    </li>
  );
}

export function ZonesPanel() {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const tool = useEditorState((s) => s.tool);
  const brush = useEditorState((s) => s.sessionView.brush);
  const session = useShownSession();
  const zones = useMemo(() => (doc && session ? zonesInOrder(doc).filter((z) => z.session === session.id) : []), [doc, session]);
  if (!doc || !session) return null;
  const painting = tool === 'paint';
  return (
    <section aria-labelledby="zones-heading" className="panel zones">
      <h2 id="zones-heading">Referred pain · session {session.number}</h2>
      <div className="zone-tools">
        <button type="button" aria-pressed={painting} onClick={() => editor.setTool(painting ? 'place' : 'paint')}>
          {painting ? 'Stop painting' : 'Paint a zone'}
        </button>
        <button
          type="button"
          onClick={() => {
            editor.setSessionView({ zone: null });
            editor.setTool('paint');
          }}
        >
          New zone
        </button>
      </div>
      {painting ? (
        <p className="muted">
          Drag on the skin to paint where the patient feels the pain. Each stroke is one undo step. A new zone is linked to the selected point, if any.
        </p>
      ) : null}
      <label className="brush-size">
        Brush size: {Math.round(brush.radius * 200)} cm
        <input
          type="range"
          min={MIN_BRUSH_RADIUS}
          max={MAX_BRUSH_RADIUS}
          step={0.005}
          value={brush.radius}
          onChange={(e) => editor.setSessionView({ brush: { ...brush, radius: Number(e.target.value) } })}
        />
      </label>
      <label className="check-row">
        <input type="checkbox" checked={brush.erase} onChange={(e) => editor.setSessionView({ brush: { ...brush, erase: e.target.checked } })} />
        Erase
      </label>
      {zones.length === 0 ? (
        <p className="muted">No zones in this session.</p>
      ) : (
        <>
          <p className="zone-total">
            All zones: <ShareText zones={zones} />
          </p>
          <ul className="zone-list" aria-label="Zones">
            {zones.map((zone) => (
              <ZoneRow key={zone.id} zone={zone} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
