// The selected point's details: kind, pain (NRS 0-10), palpation findings and free-text notes.
// Every edit is one labelled, undoable step; text is stored as it is typed, numbers out of range are refused.

import { useId, useRef, useState } from 'react';
import { MAX_NOTES_LENGTH } from '../model/limits';
import { layerById } from '../anatomy/layers';
import { regionById } from '../anatomy/regions';
import { useEditor, useEditorState } from '../store/context';
import { setFinding, setKind, setNotes, setPain } from '../model/operations';
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

/** What typing in the pain field means: a rating to store, "not rated", or a refusal in words. */
export function readPainInput(raw: string, badInput: boolean): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = raw.trim();
  if (badInput) return { ok: false, message: 'Pain is a whole number from 0 to 10. What was typed is not a number, so it was not saved.' };
  if (text === '') return { ok: true, value: null };
  if (/^\d{1,2}$/.test(text) && Number(text) <= 10) return { ok: true, value: Number(text) };
  return { ok: false, message: `Pain is a whole number from 0 to 10; “${text.slice(0, 12)}” was not saved.` };
}

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

/** Pain 0-10: a whole number or nothing; anything else is refused at the field with a message, never rounded. */
function PainField({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  // Stepping or typing the rating in one visit to the field is one undo step ("1" then "10" is not two).
  const visit = useRef(0);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const commitPain = (value: number | null) => editor.commit({ ...setPain(point.id, value), coalesceKey: `pain:${point.id}:${visit.current}` });
  return (
    <div className="field pain-field">
      <label htmlFor="pain-input">Pain (0-10)</label>
      <div className="pain-row">
        <input
          id="pain-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          value={typed ?? point.painNrs ?? ''}
          placeholder="not rated"
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onFocus={() => {
            visit.current += 1;
          }}
          onChange={(e) => {
            const read = readPainInput(e.target.value, e.target.validity.badInput);
            if (read.ok) {
              setTyped(null);
              setProblem(null);
              commitPain(read.value);
            } else {
              setTyped(e.target.value);
              setProblem(read.message);
            }
          }}
          onBlur={() => setTyped(null)}
        />
        <button
          type="button"
          onClick={() => {
            setTyped(null);
            setProblem(null);
            commitPain(null);
          }}
          disabled={point.painNrs === null}
        >
          Clear pain
        </button>
      </div>
      {problem ? (
        <p id={problemId} role="alert" className="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function PointDetails({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const region = regionById(point.region);
  return (
    <>
      <h2 id="inspector-heading">{regionLabel(point.region, point.side)}</h2>
      <p className="muted">
        {layerById(point.anchor.layer).label}
        {region?.snomed ? ` · SNOMED CT ${region.snomed}` : ''}
      </p>
      {region?.referral ? <p className="referral">Typically refers pain to: {region.referral} (reference, not a diagnosis)</p> : null}

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

      <PainField key={`pain:${point.id}`} point={point} />

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
