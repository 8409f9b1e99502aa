// Stored libraries for the browser benchmark: the app's own persistence writes the maps (and their undo steps)
// to fake-indexeddb in Node, and the raw records are read back, to be put into the page's IndexedDB unchanged.

import 'fake-indexeddb/auto';
import { createStore, promisifyRequest } from 'idb-keyval';
import { createPersistence, saveChangeFor } from '../../src/persistence';
import { DEFAULT_HISTORY_CAP, applyEdit, emptyHistory, record } from '../../src/history/history';
import { setPain } from '../../src/model/reading-operations';
import type { MapDocument } from '../../src/model/types';
import { STORE_NAME } from '../../src/persistence/layout';

/** One record of the "records" object store, as IndexedDB holds it. */
export type StoredRecord = readonly [key: IDBValidKey, value: unknown];

export interface SeedMap {
  readonly doc: MapDocument;
  /** Pain edits to record and save one by one, as the editor does (the history keeps DEFAULT_HISTORY_CAP). */
  readonly steps: number;
  readonly demo?: boolean;
}

let seeded = 0;

async function rawRecords(dbName: string): Promise<StoredRecord[]> {
  const [keys, values] = await createStore(dbName, STORE_NAME)('readonly', (store) =>
    Promise.all([promisifyRequest(store.getAllKeys()), promisifyRequest(store.getAll())]),
  );
  return keys.map((key, i) => [key, values[i]] as const);
}

/** The records a library holding these maps has, written by the app's persistence. */
export async function libraryRecords(maps: readonly SeedMap[]): Promise<StoredRecord[]> {
  const dbName = `bench-seed-${seeded++}`;
  const persistence = createPersistence({ dbName });
  const opened = await persistence.openLibrary();
  if (opened.status !== 'ready') throw new Error(`bench: the seed library did not open (${opened.status})`);
  for (const { doc: start, steps, demo } of maps) {
    if (!(await persistence.createMap(start, emptyHistory(), { demo: demo ?? false, deletedAt: null }))) throw new Error('bench: createMap failed');
    let doc = start;
    let history = emptyHistory();
    const ids = Object.keys(doc.points);
    for (let i = 0; i < steps; i++) {
      const id = ids[i % ids.length]!;
      const session = Object.keys(doc.points[id]!.readings)[0]!;
      const pain = ((doc.points[id]!.readings[session]?.pain ?? 0) + 1) % 11;
      const applied = applyEdit(doc, setPain(id, session, pain), { id: `step-${i}`, at: new Date(Date.UTC(2026, 10, 2, 9, 0, i)).toISOString() });
      if (!applied) throw new Error('bench: a seed step changed nothing');
      doc = applied.doc;
      const recorded = record(history, applied.entry, { cap: DEFAULT_HISTORY_CAP });
      history = recorded.history;
      persistence.save(doc, history, saveChangeFor(recorded.change));
    }
    await persistence.flush();
    if (persistence.getStatus().state === 'error') throw new Error('bench: saving the seed steps failed');
  }
  return rawRecords(dbName);
}

/** How many history entries a map's records hold (["map", id, "entry", seq] keys). */
export function storedEntryCount(records: readonly StoredRecord[], mapId: string): number {
  return records.filter(([key]) => Array.isArray(key) && key[0] === 'map' && key[1] === mapId && key[2] === 'entry').length;
}
