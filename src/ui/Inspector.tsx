// The selected point's details: kind, its reading in the shown session (status, pain, PPT, techniques),
// palpation findings, notes, its trend over sessions and its referred-pain zones. Every edit is one
// labelled, undoable step; text is stored as it is typed, numbers out of range are refused.

import { useRef } from 'react';
import { MAX_NOTES_LENGTH } from '../model/limits';
import { layerById } from '../anatomy/layers';
import { regionById } from '../anatomy/regions';
import { useEditor, useEditorState } from '../store/context';
import { setFinding, setKind, setNotes } from '../model/operations';
import { ReadingFields } from './sessions/ReadingFields';
import { TrendChart } from './sessions/TrendChart';
import { useSessions, useShownSession } from './sessions/use-session';
import { zonesInOrder, zoneTitle } from './zones/zone-words';
import { referencePatternFor } from '../anatomy/referral-patterns';
import { FINDING_LABELS as FINDING_WORDS, KIND_LABELS as KIND_WORDS, regionLabel } from '../model/labels';
import { FINDING_KEYS, TRIGGER_POINT_KINDS, type FindingKey, type TriggerPoint, type TriggerPointKind } from '../model/types';
import { KIND_COLORS } from '../model/kind-colors';
import { deletePointAction } from './actions';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Control labels start with a capital; the words are the same as in history labels. */
export const FINDING_LABELS = Object.fromEntries(
  FINDING_KEYS.map((key) => [key, capitalise(FINDING_WORDS[key])]),
) as Readonly<Record<FindingKey, string>>;

export const KIND_LABELS = Object.fromEntries(
  TRIGGER_POINT_KINDS.map((kind) => [kind, capitalise(KIND_WORDS[kind])]),
) as Readonly<Record<TriggerPointKind, string>>;

export { readPainInput } from '../model/sessions';

/**
 * Free-text notes, stored as they are typed: every change is in the map at once (so "Saved" never hides
 * unsaved text), and one visit to the field is one undo step. Inside the field, Ctrl+Z is the field's own
 * undo; once the field is left, the app's undo takes back the whole visit.
 */
function NotesField({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const visit = useRef(0);
  return (
    <label className="field">
      Notes
      <textarea
        value={point.notes}
        rows={4}
        maxLength={MAX_NOTES_LENGTH}
        onChange={(e) => editor.commit({ ...setNotes(point.id, e.target.value), coalesceKey: `notes:${point.id}:${visit.current}` })}
        onFocus={() => {
          visit.current += 1;
        }}
      />
    </label>
  );
}

/** Zones of any session linked to the point, each a button that selects it. */
function LinkedZones({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const zones = doc ? zonesInOrder(doc).filter((z) => z.points.includes(point.id)) : [];
  if (!doc || zones.length === 0) return null;
  return (
    <section aria-label="Referred-pain zones of this point" className="linked-zones">
      <h3>Referred-pain zones</h3>
      <ul>
        {zones.map((zone) => (
          <li key={zone.id}>
            <button type="button" onClick={() => editor.setSessionView({ shown: zone.session, zone: zone.id })}>
              {zoneTitle(doc, zone)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReferencePatternToggle({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const shown = useEditorState((s) => s.sessionView.reference === point.region);
  const pattern = referencePatternFor(point.region);
  if (!pattern) return null;
  return (
    <button type="button" aria-pressed={shown} onClick={() => editor.setSessionView({ reference: shown ? null : point.region })}>
      {shown ? 'Hide reference pattern' : 'Show reference pattern'}
    </button>
  );
}

function PointDetails({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const region = regionById(point.region);
  const doc = useEditorState((s) => s.doc);
  const sessions = useSessions();
  const session = useShownSession();
  return (
    <>
      <h2 id="inspector-heading">{regionLabel(point.region, point.side)}</h2>
      <p className="muted">
        {layerById(point.anchor.layer).label}
        {region?.snomed ? ` · SNOMED CT ${region.snomed}` : ''}
      </p>
      {region?.referral ? (
        <div className="referral">
          <p>Typically refers pain to: {region.referral} (reference, not a diagnosis)</p>
          <ReferencePatternToggle point={point} />
        </div>
      ) : null}

      <fieldset role="radiogroup" aria-label="Kind" className="kind-field">
        <legend>Kind</legend>
        {TRIGGER_POINT_KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name="kind" checked={point.kind === kind} onChange={() => editor.commit(setKind(point.id, kind))} />
            <span className="kind-swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      {session ? <ReadingFields point={point} session={session} /> : null}

      <fieldset className="findings">
        <legend>Findings</legend>
        {FINDING_KEYS.map((key) => (
          <label key={key}>
            <input type="checkbox" checked={point.findings[key]} onChange={(e) => editor.commit(setFinding(point.id, key, e.target.checked))} />
            {FINDING_LABELS[key]}
          </label>
        ))}
      </fieldset>

      <NotesField key={`notes:${point.id}`} point={point} />

      {doc && sessions.length > 1 ? <TrendChart doc={doc} sessions={sessions} point={point} /> : null}
      <LinkedZones point={point} />

      <button type="button" className="danger" onClick={() => deletePointAction.perform(editor)}>
        Delete point
      </button>
    </>
  );
}

export function Inspector() {
  const point = useEditorState((s) => (s.doc && s.selection ? s.doc.points[s.selection] ?? null : null));
  return (
    <section aria-label="Point details" className="panel inspector">
      {point ? (
        <PointDetails point={point} />
      ) : (
        <>
          <h2>Point details</h2>
          <p className="muted">Choose a layer, then click or tap the body to place a trigger point. Select a point to annotate it.</p>
        </>
      )}
    </section>
  );
}
