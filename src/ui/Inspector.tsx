// The selected point's details: kind, pain (NRS 0-10), palpation findings and free-text notes.
// Every edit is one labelled, undoable step; notes are committed when typing pauses or the field is left.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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

const NOTES_PAUSE_MS = 700;

function NotesField({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  const [draft, setDraft] = useState(point.notes);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  // Typing in one visit to the field is one undo step; coming back to it later starts a new one.
  const visit = useRef(0);

  // Follow undo/redo and other changes from outside while the field is not being edited.
  useEffect(() => {
    if (pending.current === null) setDraft(point.notes);
  }, [point.notes]);

  function flush() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text !== null) editor.commit({ ...setNotes(point.id, text), coalesceKey: `notes:${point.id}:${visit.current}` });
  }
  const flushRef = useRef(flush);
  useLayoutEffect(() => {
    flushRef.current = flush;
  });

  // Leaving the point (the field is keyed by point, so it unmounts) keeps what was typed.
  useEffect(() => () => flushRef.current(), []);

  return (
    <label className="field">
      Notes
      <textarea
        value={draft}
        rows={4}
        maxLength={10000}
        onChange={(e) => {
          setDraft(e.target.value);
          pending.current = e.target.value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTES_PAUSE_MS);
        }}
        onFocus={() => {
          visit.current += 1;
        }}
        onBlur={flush}
      />
    </label>
  );
}

function PainField({ point }: { point: TriggerPoint }) {
  const editor = useEditor();
  // Stepping or typing the rating in one visit to the field is one undo step ("1" then "10" is not two).
  const visit = useRef(0);
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
          value={point.painNrs ?? ''}
          placeholder="not rated"
          onFocus={() => {
            visit.current += 1;
          }}
          onChange={(e) => {
            const raw = e.target.value;
            if (raw === '') return commitPain(null);
            const value = Math.round(Number(raw));
            if (Number.isFinite(value) && value >= 0 && value <= 10) commitPain(value);
          }}
        />
        <button type="button" onClick={() => commitPain(null)} disabled={point.painNrs === null}>
          Clear pain
        </button>
      </div>
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

      <PainField point={point} />

      <fieldset className="findings">
        <legend>Findings</legend>
        {FINDING_KEYS.map((key) => (
          <label key={key}>
            <input type="checkbox" checked={point.findings[key]} onChange={(e) => editor.commit(setFinding(point.id, key, e.target.checked))} />
            {FINDING_LABELS[key]}
          </label>
        ))}
      </fieldset>

      <NotesField key={point.id} point={point} />

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
