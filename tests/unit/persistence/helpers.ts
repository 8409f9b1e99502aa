// Shared harness for persistence tests: a fresh database per test, and edits committed like the store does.

import { createStore, entries } from 'idb-keyval';
import { applyEdit, emptyHistory, record } from '../../../src/history/history';
import type { HistoryState } from '../../../src/history/types';
import type { Edit } from '../../../src/model/operations';
import type { MapDocument } from '../../../src/model/types';
import { newEntryId } from '../../../src/model/ids';
import { createPersistence, saveChangeFor, type MapPersistence } from '../../../src/persistence';

let databases = 0;

export function freshDbName(): string {
  databases++;
  return `fascia-map-test-${databases}-${Date.now()}`;
}

export interface Session {
  doc: MapDocument;
  history: HistoryState;
}

export function startSession(doc: MapDocument, persistence: MapPersistence): Session {
  const session = { doc, history: emptyHistory() };
  persistence.save(session.doc, session.history, { kind: 'all' });
  return session;
}

/** Applies, records and saves one edit, as the store's commit() does. */
export function commit(session: Session, edit: Edit, persistence: MapPersistence, cap?: number): Session {
  const applied = applyEdit(session.doc, edit, { id: newEntryId(), at: new Date().toISOString() });
  if (!applied) return session;
  const { history, change } = record(session.history, applied.entry, cap === undefined ? undefined : { cap });
  persistence.save(applied.doc, history, saveChangeFor(change));
  return { doc: applied.doc, history };
}

/** Everything in the database, to prove a failed load left it as it was. */
export async function snapshot(dbName: string) {
  return entries(createStore(dbName, 'records'));
}

export function reopen(dbName: string): MapPersistence {
  return createPersistence({ dbName });
}
