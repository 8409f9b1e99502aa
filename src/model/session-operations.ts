// Edits of the map's sessions, home-care advice and technique list. Starting a session carries every point
// over implicitly: a point without a reading in the new session is "not assessed" there.

import type { Session } from './types';
import type { Edit } from './operations';
import { sessionIdFor } from './document';
import {
  MAX_HOME_CARE_ITEMS,
  MAX_HOME_CARE_LENGTH,
  MAX_SESSIONS,
  MAX_SESSION_NOTE_LENGTH,
  MAX_TECHNIQUES,
  MAX_TECHNIQUE_LENGTH,
} from './limits';
import { currentSession, formatSessionDate, isSessionDate } from './sessions';

/** Starts the next session on `date`; the points carry over, not yet assessed in it. */
export function startNextSession(date: string): Edit {
  return {
    label: `Start session on ${formatSessionDate(date)}`,
    recipe: (draft) => {
      if (!isSessionDate(date)) return;
      const count = Object.keys(draft.sessions).length;
      if (count >= MAX_SESSIONS) return;
      const last = currentSession(draft);
      if (date < last.date) return;
      const number = last.number + 1;
      // An imported file may use "session-N" for another number: then the first free variant.
      let id = sessionIdFor(number);
      for (let k = 2; Object.hasOwn(draft.sessions, id); k++) id = `${sessionIdFor(number)}-${k}`;
      const session: Session = { id, number, date, note: '' };
      draft.sessions[id] = session;
    },
  };
}

/** Changes a session's date; the caller checks the order of sessions first (checkSessionDate). */
export function setSessionDate(sessionId: string, date: string): Edit {
  return {
    label: `Date session ${formatSessionDate(date)}`,
    recipe: (draft) => {
      const session = Object.hasOwn(draft.sessions, sessionId) ? draft.sessions[sessionId] : undefined;
      if (session && isSessionDate(date) && session.date !== date) session.date = date;
    },
  };
}

/** Typing a session's note: one visit to the field is one undo step (the caller adds the visit to the key). */
export function setSessionNote(sessionId: string, note: string): Edit {
  const kept = note.slice(0, MAX_SESSION_NOTE_LENGTH);
  return {
    label: 'Edit session note',
    coalesceKey: `session-note:${sessionId}`,
    recipe: (draft) => {
      const session = Object.hasOwn(draft.sessions, sessionId) ? draft.sessions[sessionId] : undefined;
      if (session && session.note !== kept) session.note = kept;
    },
  };
}

function cleanItem(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

export function addHomeCare(text: string): Edit {
  const kept = cleanItem(text, MAX_HOME_CARE_LENGTH);
  return {
    label: 'Add home care',
    recipe: (draft) => {
      if (kept !== '' && draft.homeCare.length < MAX_HOME_CARE_ITEMS) draft.homeCare.push(kept);
    },
  };
}

export function removeHomeCare(index: number): Edit {
  return {
    label: 'Remove home care',
    recipe: (draft) => {
      if (Number.isInteger(index) && index >= 0 && index < draft.homeCare.length) draft.homeCare.splice(index, 1);
    },
  };
}

export function addTechnique(name: string): Edit {
  const kept = cleanItem(name, MAX_TECHNIQUE_LENGTH);
  return {
    label: `Add technique to the list: ${kept}`,
    recipe: (draft) => {
      if (kept === '' || draft.techniques.length >= MAX_TECHNIQUES) return;
      if (draft.techniques.some((t) => t.toLowerCase() === kept.toLowerCase())) return;
      draft.techniques.push(kept);
    },
  };
}

/** Takes a technique off the list; readings that recorded it keep it, as a record of what was done. */
export function removeTechnique(name: string): Edit {
  return {
    label: `Remove technique from the list: ${name}`,
    recipe: (draft) => {
      const index = draft.techniques.indexOf(name);
      if (index >= 0) draft.techniques.splice(index, 1);
    },
  };
}
