// Keeps the open map in the browser's IndexedDB, step by step: each edit writes only its history entry
// and the head (never the whole map), in one transaction, through a queue that keeps writes in order.
// The storage layout is described in ./layout.ts.

import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { MapDocument } from '../model/types';
import type { HistoryState } from '../history/types';
import { jumpTo, type RecordChange } from '../history/history';
import { isUrlSafeId } from '../model/ids';
import { SCHEMA_VERSION } from '../io/format';
import {
  DEFAULT_DB_NAME,
  FOLD_LIMIT,
  LAST_MAP_KEY,
  STORE_NAME,
  baseKey,
  entryKey,
  entryRange,
  headKey,
  readHead,
  type Head,
} from './layout';
import { rebuildMap } from './rebuild';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; message: string };

/**
 * What changed since the last save. 'entry': history.entries[index] is new or changed (droppedOldest:
 * how many oldest entries the cap just dropped, see saveChangeFor); 'cursor': only undo/redo/jump;
 * 'all': a new or imported map, everything is written.
 */
export type SaveChange =
  | { kind: 'entry'; index: number; droppedOldest?: number }
  | { kind: 'cursor' }
  | { kind: 'all' };

export type LoadOutcome =
  | { status: 'empty' }
  | {
      status: 'loaded';
      doc: MapDocument;
      history: HistoryState;
      /** Set when the map was saved by an older schema and carried over: save it whole once to store it in the new schema. */
      migratedFrom?: number;
    }
  | { status: 'failed'; message: string };

export interface MapPersistence {
  /**
   * The map opened last. Failures are outcomes, never exceptions, and never change stored data; their
   * message is one or two plain sentences the UI can put after "Your saved map could not be opened:".
   */
  loadLast(): Promise<LoadOutcome>;
  /** Queued and written in order; never throws; the outcome shows in the status. */
  save(doc: MapDocument, history: HistoryState, change: SaveChange): void;
  /** Resolves when every queued write has finished or failed. */
  flush(): Promise<void>;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  getStatus(): SaveStatus;
}

export const STORAGE_FULL_MESSAGE = "Could not save: the browser's storage is full. Export the map to keep a copy.";
export const SAVE_FAILED_MESSAGE = 'Could not save the map in this browser. Export the map to keep a copy.';

/** The save for a recorded step: the new entry only, even when the cap dropped the oldest ones. */
export function saveChangeFor(change: RecordChange): SaveChange {
  if (change.kind === 'coalesced' || change.droppedOldest === 0) return { kind: 'entry', index: change.index };
  return { kind: 'entry', index: change.index, droppedOldest: change.droppedOldest };
}

/** What this tab knows is in storage, updated only after a transaction has committed. */
type Stored = Pick<Head, 'mapId' | 'baseSeq' | 'firstSeq' | 'count'>;

/** The puts and deletes of one save, all applied in a single transaction. */
interface Write {
  readonly puts: readonly (readonly [IDBValidKey, unknown])[];
  readonly deletes: readonly (IDBValidKey | IDBKeyRange)[];
  readonly stored: Stored;
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { name?: unknown }).name === 'QuotaExceededError' || (error as { code?: unknown }).code === 22)
  );
}

function headFor(doc: MapDocument, history: HistoryState, seqs: Pick<Head, 'baseSeq' | 'firstSeq'>): Head {
  return { schemaVersion: SCHEMA_VERSION, mapId: doc.id, ...seqs, cursor: history.cursor, count: history.entries.length };
}

/** Everything: the document before entries[0], every entry from number 0, the head, and "opened last". */
function writeAll(doc: MapDocument, history: HistoryState): Write {
  const base = jumpTo(doc, history, 0).doc;
  const head = headFor(doc, history, { baseSeq: 0, firstSeq: 0 });
  return {
    deletes: [entryRange(doc.id, 0)],
    puts: [
      [baseKey(doc.id), base],
      ...history.entries.map((entry, i) => [entryKey(doc.id, i), entry] as const),
      [headKey(doc.id), head],
      [LAST_MAP_KEY, doc.id],
    ],
    stored: { mapId: doc.id, baseSeq: 0, firstSeq: 0, count: head.count },
  };
}

/**
 * The smallest write for this change given what storage holds, or a full write when storage cannot
 * take a partial one (another map, a failed earlier write, an entry that would leave a gap).
 */
function planWrite(doc: MapDocument, history: HistoryState, change: SaveChange, stored: Stored | null): Write {
  if (change.kind === 'all' || !stored || stored.mapId !== doc.id) return writeAll(doc, history);
  const count = history.entries.length;

  if (change.kind === 'cursor') {
    if (count > stored.count) return writeAll(doc, history);
    const head = headFor(doc, history, stored);
    return { puts: [[headKey(doc.id), head]], deletes: [entryRange(doc.id, stored.firstSeq + count)], stored: { ...stored, count } };
  }

  const dropped = change.droppedOldest ?? 0;
  const entry = history.entries[change.index];
  if (!entry || !Number.isInteger(dropped) || dropped < 0 || change.index > stored.count - dropped) {
    return writeAll(doc, history);
  }
  const firstSeq = stored.firstSeq + dropped;
  const puts: [IDBValidKey, unknown][] = [[entryKey(doc.id, firstSeq + change.index), entry]];
  const deletes: (IDBValidKey | IDBKeyRange)[] = [entryRange(doc.id, firstSeq + count)];
  let baseSeq = stored.baseSeq;
  // Compaction: once enough dropped steps wait, the base moves up to entries[0]. Its cost (the whole map)
  // is paid once per FOLD_LIMIT steps, not per step.
  if (firstSeq - baseSeq > FOLD_LIMIT) {
    puts.push([baseKey(doc.id), jumpTo(doc, history, 0).doc]);
    deletes.push(entryRange(doc.id, baseSeq, firstSeq));
    baseSeq = firstSeq;
  }
  puts.push([headKey(doc.id), headFor(doc, history, { baseSeq, firstSeq })]);
  return { puts, deletes, stored: { mapId: doc.id, baseSeq, firstSeq, count } };
}

/** Applies a write in one readwrite transaction; any failure aborts it, so nothing is half-written. */
function commitWrite(store: UseStore, write: Write): Promise<void> {
  return store('readwrite', (objectStore) => {
    try {
      for (const key of write.deletes) objectStore.delete(key);
      for (const [key, value] of write.puts) objectStore.put(value, key);
    } catch (error) {
      objectStore.transaction.abort();
      throw error;
    }
    return promisifyRequest(objectStore.transaction);
  });
}

async function readMap(store: UseStore, mapId: string): Promise<{ head: Head; base: unknown; entries: unknown[] } | string> {
  const head = readHead(await get(headKey(mapId), store), mapId);
  if (!head) return 'The saved map is damaged: its head record is not valid.';
  const last = head.firstSeq + head.count;
  // Base and entries in one transaction, so they come from one consistent moment.
  const [base, ...entries] = await store('readonly', (objectStore) => {
    const requests = [objectStore.get(baseKey(mapId))];
    for (let seq = head.baseSeq; seq < last; seq++) requests.push(objectStore.get(entryKey(mapId, seq)));
    return Promise.all(requests.map((request) => promisifyRequest(request)));
  });
  return { head, base, entries };
}

export function createPersistence(opts?: { dbName?: string }): MapPersistence {
  const store = createStore(opts?.dbName ?? DEFAULT_DB_NAME, STORE_NAME);
  const listeners = new Set<(status: SaveStatus) => void>();
  let status: SaveStatus = { state: 'idle' };
  let stored: Stored | null = null;
  // After a failed write this tab no longer knows what storage holds, so the next save writes everything.
  let mustWriteAll = false;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;

  function setStatus(next: SaveStatus) {
    if (next.state === 'saving' && status.state === 'saving') return;
    status = next;
    for (const listener of listeners) {
      // A failing listener must not break saving or the other listeners.
      try {
        listener(next);
      } catch {
        /* ignored on purpose */
      }
    }
  }

  async function run(doc: MapDocument, history: HistoryState, change: SaveChange) {
    try {
      const write = planWrite(doc, history, mustWriteAll ? { kind: 'all' } : change, stored);
      await commitWrite(store, write);
      stored = write.stored;
      mustWriteAll = false;
      pending--;
      setStatus(pending === 0 ? { state: 'saved', at: new Date().toISOString() } : { state: 'saving' });
    } catch (error) {
      mustWriteAll = true;
      pending--;
      setStatus({ state: 'error', message: isQuotaError(error) ? STORAGE_FULL_MESSAGE : SAVE_FAILED_MESSAGE });
    }
  }

  return {
    async loadLast() {
      try {
        const mapId = await get(LAST_MAP_KEY, store);
        if (mapId === undefined) return { status: 'empty' };
        if (!isUrlSafeId(mapId)) {
          return { status: 'failed', message: 'The saved map is damaged: the record of which map was open last is not valid.' };
        }
        const read = await readMap(store, mapId);
        if (typeof read === 'string') return { status: 'failed', message: read };
        const rebuilt = rebuildMap(read.head, read.base, read.entries);
        if (!rebuilt.ok) return { status: 'failed', message: rebuilt.message };
        stored = { mapId, baseSeq: read.head.baseSeq, firstSeq: read.head.firstSeq, count: rebuilt.history.entries.length };
        return { status: 'loaded', doc: rebuilt.doc, history: rebuilt.history, ...(rebuilt.migratedFrom ? { migratedFrom: rebuilt.migratedFrom } : {}) };
      } catch {
        return { status: 'failed', message: "The saved map could not be read from this browser's storage." };
      }
    },

    save(doc, history, change) {
      pending++;
      if (status.state !== 'error' && status.state !== 'saving') setStatus({ state: 'saving' });
      queue = queue.then(() => run(doc, history, change));
    },

    flush() {
      return queue;
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    getStatus() {
      return status;
    },
  };
}
