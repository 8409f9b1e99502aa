// The session the editor shows (readings are recorded in it) and the session list, as React hooks.

import { useEditorState } from '../../store/context';
import { sessionsInOrder, shownSession } from '../../model/sessions';
import type { Session } from '../../model/types';

const NO_SESSIONS: readonly Session[] = [];

export function useSessions(): readonly Session[] {
  return useEditorState((s) => (s.doc ? sessionsInOrder(s.doc) : NO_SESSIONS));
}

/** The shown session, or null before a map is open. */
export function useShownSession(): Session | null {
  return useEditorState((s) => (s.doc ? shownSession(s.doc, s.sessionView.shown) : null));
}
