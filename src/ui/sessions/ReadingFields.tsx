// The selected point's reading in the shown session: status, pain (NRS 0-10), pressure pain threshold
// (kg/cm²) and the techniques applied. Out-of-range numbers are refused at the field, never rounded.

import { useId, useRef, useState } from 'react';
import { FieldProblem } from '../FieldProblem';
import { useEditor, useEditorState } from '../../store/context';
import { readingIn, readPainInput, readPptInput, sessionTitle, STATUS_LABELS } from '../../model/sessions';
import { setPain, setPpt, setStatus, setTechnique } from '../../model/reading-operations';
import { POINT_STATUSES, type Reading, type Session, type TriggerPoint } from '../../model/types';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Check = { ok: true; value: number | null } | { ok: false; message: string };

/** A number field that stores what is valid as it is typed and refuses the rest with a message. */
function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
  inputMode: 'numeric' | 'decimal';
  read: (raw: string, badInput: boolean) => Check;
  commit: (value: number | null, visit: number) => void;
  clearLabel: string;
}) {
  const visit = useRef(0);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  return (
    <div className="field number-field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="pain-row">
        <input
          id={props.id}
          type="number"
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          step={props.step}
          value={typed ?? props.value ?? ''}
          placeholder="not recorded"
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onFocus={() => {
            visit.current += 1;
          }}
          onChange={(e) => {
            const read = props.read(e.target.value, e.target.validity.badInput);
            if (read.ok) {
              setTyped(null);
              setProblem(null);
              props.commit(read.value, visit.current);
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
            props.commit(null, visit.current);
          }}
          disabled={props.value === null}
        >
          {props.clearLabel}
        </button>
      </div>
      <FieldProblem id={problemId} problem={problem} />
    </div>
  );
}

function TechniquesField({ point, session, reading }: { point: TriggerPoint; session: Session; reading: Reading }) {
  const editor = useEditor();
  const list = useEditorState((s) => s.doc?.techniques ?? []);
  // Techniques recorded earlier stay visible even if the list no longer offers them.
  const shown = [...list, ...reading.techniques.filter((t) => !list.includes(t))];
  return (
    <fieldset className="techniques">
      <legend>Techniques applied</legend>
      {shown.map((technique) => (
        <label key={technique}>
          <input
            type="checkbox"
            checked={reading.techniques.includes(technique)}
            onChange={(e) => editor.commit(setTechnique(point.id, session.id, technique, e.target.checked))}
          />
          {technique}
        </label>
      ))}
    </fieldset>
  );
}

export function ReadingFields({ point, session }: { point: TriggerPoint; session: Session }) {
  const editor = useEditor();
  const reading = readingIn(point, session.id);
  const key = `${point.id}:${session.id}`;
  return (
    <fieldset className="reading" aria-label={`Reading in session ${session.number}`}>
      <legend>Reading · {sessionTitle(session)}</legend>
      <div role="radiogroup" aria-label="Status" className="status-field">
        {POINT_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name={`status-${key}`}
              checked={reading.status === status}
              onChange={() => editor.commit(setStatus(point.id, session.id, status))}
            />
            {capitalise(STATUS_LABELS[status])}
          </label>
        ))}
      </div>
      <NumberField
        key={`pain:${key}`}
        id="pain-input"
        label="Pain (0-10)"
        value={reading.pain}
        min={0}
        max={10}
        step={1}
        inputMode="numeric"
        read={readPainInput}
        commit={(value, visit) => editor.commit({ ...setPain(point.id, session.id, value), coalesceKey: `pain:${key}:${visit}` })}
        clearLabel="Clear pain"
      />
      <NumberField
        key={`ppt:${key}`}
        id="ppt-input"
        label="Pressure pain threshold (kg/cm²)"
        value={reading.ppt}
        min={0.01}
        max={20}
        step={0.1}
        inputMode="decimal"
        read={readPptInput}
        commit={(value, visit) => editor.commit({ ...setPpt(point.id, session.id, value), coalesceKey: `ppt:${key}:${visit}` })}
        clearLabel="Clear PPT"
      />
      <TechniquesField point={point} session={session} reading={reading} />
    </fieldset>
  );
}
