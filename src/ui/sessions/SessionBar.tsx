// The strip under the map's header: which treatment session is shown (readings are recorded in it), its
// date and note, "Start next session", and the switch to compare two sessions.

import { useId, useRef, useState } from 'react';
import { FieldProblem } from '../FieldProblem';
import { useEditor, useEditorState } from '../../store/context';
import { checkSessionDate, currentSession, localDateString, sessionTitle } from '../../model/sessions';
import { setSessionDate, setSessionNote, startNextSession } from '../../model/session-operations';
import { MAX_SESSION_NOTE_LENGTH } from '../../model/limits';
import { useSessions, useShownSession } from './use-session';

function SessionDateField({ sessionId, date }: { sessionId: string; date: string }) {
  const editor = useEditor();
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  return (
    <div className="session-date">
      <label>
        Session date
        <input
          type="date"
          value={typed ?? date}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => {
            const doc = editor.store.getState().doc;
            if (!doc) return;
            const value = e.target.value;
            if (value === '') {
              setTyped(value);
              setProblem('A session needs a date; the date was not changed.');
              return;
            }
            const checked = checkSessionDate(doc, sessionId, value, localDateString(new Date()));
            if (checked.ok) {
              setTyped(null);
              setProblem(null);
              editor.commit(setSessionDate(sessionId, checked.value));
            } else {
              setTyped(value);
              setProblem(checked.message);
            }
          }}
          onBlur={() => setTyped(null)}
        />
      </label>
      <FieldProblem id={problemId} problem={problem} />
    </div>
  );
}

function SessionNoteField({ sessionId, note }: { sessionId: string; note: string }) {
  const editor = useEditor();
  const visit = useRef(0);
  return (
    <label className="session-note">
      Session note
      <input
        type="text"
        value={note}
        maxLength={MAX_SESSION_NOTE_LENGTH}
        placeholder="e.g. after a long drive; slept badly"
        onFocus={() => {
          visit.current += 1;
        }}
        onChange={(e) => editor.commit({ ...setSessionNote(sessionId, e.target.value), coalesceKey: `session-note:${sessionId}:${visit.current}` })}
      />
    </label>
  );
}

export function SessionBar() {
  const editor = useEditor();
  const sessions = useSessions();
  const shown = useShownSession();
  const compare = useEditorState((s) => s.sessionView.compare);
  const readOnly = useEditorState((s) => s.readOnly);
  if (!shown) return null;
  const last = sessions.at(-1);
  const isCurrent = last?.id === shown.id;

  function startNext() {
    const doc = editor.store.getState().doc;
    if (!doc) return;
    const today = localDateString(new Date());
    const latest = currentSession(doc);
    const date = today < latest.date ? latest.date : today;
    if (editor.commit(startNextSession(date))) {
      editor.setSessionView({ shown: null, compare: null, zone: null });
      const started = currentSession(editor.store.getState().doc ?? doc);
      editor.notify({
        kind: 'info',
        message: `${sessionTitle(started)} started. Every point carries over as “not assessed” until you record a reading.`,
      });
    }
  }

  function toggleCompare() {
    if (compare) {
      editor.setSessionView({ compare: null });
      return;
    }
    if (!shown) return;
    const to = shown;
    const from = sessions[sessions.findIndex((s) => s.id === to.id) - 1] ?? sessions[0];
    if (from) editor.setSessionView({ compare: { from: from.id, to: to.id } });
  }

  return (
    <section aria-label="Sessions" className="session-bar">
      <label>
        Session
        <select
          value={shown.id}
          onChange={(e) => editor.setSessionView({ shown: e.target.value === last?.id ? null : e.target.value, zone: null })}
        >
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {sessionTitle(s)}
              {s.id === last?.id ? ' (current)' : ''}
            </option>
          ))}
        </select>
      </label>
      {!isCurrent ? <span className="badge">Earlier session: readings you record go into it</span> : null}
      <SessionDateField key={`date:${shown.id}`} sessionId={shown.id} date={shown.date} />
      <SessionNoteField key={`note:${shown.id}`} sessionId={shown.id} note={shown.note} />
      <button type="button" onClick={startNext} disabled={readOnly}>
        Start next session
      </button>
      <button type="button" aria-label="Compare sessions" aria-pressed={compare !== null} onClick={toggleCompare} disabled={sessions.length < 2}>
        Compare<span className="wide-only"> sessions</span>
      </button>
    </section>
  );
}
