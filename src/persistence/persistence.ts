// Keeps the library of maps in the browser's IndexedDB. Each edit of the open map writes only its history
// entry, the head and the map's library summary (never the whole map), in one transaction, through one queue
// that keeps every write and read in order. The storage layout is described in ./layout.ts.

import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { MapDocument } from '../model/types';
import type { HistoryState } from '../history/types';
import { jumpTo, lastChangeAt, type RecordChange } from '../history/history';
import { isUrlSafeId } from '../model/ids';
import { SCHEMA_VERSION } from '../io/format';
import {
  DEFAULT_DB_NAME,
  FOLD_LIMIT,
  LAYOUT_KEY,
  LAYOUT_VERSION,
  LEGACY_LAST_MAP_KEY,
  STORE_NAME,
  baseKey,
  entryKey,
  entryRange,
  headKey,
  libraryRange,
  mapIdOfHeadKey,
  readHead,
  readLayoutVersion,
  summaryKey,
  asideKey,
  MAX_STORED_ENTRIES,
  type Head,
} from './layout';
import { rebuildMap } from './rebuild';
import { NO_FLAGS, readSummary, summaryOf, type MapSummary, type SummaryFlags } from './map-summary';

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
  | { status: 'missing' }
  | {
      status: 'loaded';
      doc: MapDocument;
      history: HistoryState;
      /** Set when the map was saved by an older schema and carried over: save it whole once to store it in the new schema. */
      migratedFrom?: number;
      /**
       * Set when part of the stored map was damaged and left out: what to tell the therapist, and the records as
       * they were, to keep aside (setAside) before the map is saved whole again.
       */
      recovered?: { message: string; records: StoredRecords };
    }
  | { status: 'failed'; message: string };

/** One map as the library lists it: its summary, or why the library's record of it cannot be read. */
export interface ListedMap {
  readonly id: string;
  readonly summary: MapSummary | null;
  /** Set when the summary record is damaged; the map's own records may still open. */
  readonly damage: string | null;
}

export type LibraryOutcome =
  | {
      status: 'ready';
      maps: ListedMap[];
      /** Nothing was ever stored here: the first visit, which opens the demo map. */
      firstVisit: boolean;
      /** Maps found in the layout from before the library and carried over into it on this opening. */
      carriedOver: number;
    }
  | { status: 'failed'; message: string }
  /** The browser lets the app store nothing (no IndexedDB, blocked, or a private window that refuses it). */
  | { status: 'unavailable'; message: string };

/** A map's records exactly as stored, for "export as stored" when the map cannot be opened. */
export interface StoredRecords {
  readonly summary: unknown;
  readonly head: unknown;
  readonly base: unknown;
  readonly entries: unknown[];
}

export interface MapPersistence {
  /**
   * Opens the library: carries the layout from before the library over (once), then lists every map.
   * Never throws; a failure is an outcome, and never changes stored data.
   */
  openLibrary(): Promise<LibraryOutcome>;
  /** Every stored map's summary, without loading any map. */
  listMaps(): Promise<ListedMap[]>;
  /**
   * One map with its undo history. Failures are outcomes, never exceptions, and never change the map's
   * records; their message is one or two plain sentences the UI can show after "This map could not be opened:".
   */
  loadMap(mapId: string): Promise<LoadOutcome>;
  /** Queued and written in order; never throws; the outcome shows in the status. */
  save(doc: MapDocument, history: HistoryState, change: SaveChange): void;
  /** Stores a new map whole (new, imported, duplicated); resolves false when the write failed. */
  createMap(doc: MapDocument, history: HistoryState, flags: SummaryFlags): Promise<boolean>;
  /** Marks a map deleted (a timestamp) or restores it (null); its records are kept. */
  setDeleted(mapId: string, deletedAt: string | null): Promise<boolean>;
  /** Removes a map and all its records for good. */
  purgeMap(mapId: string): Promise<boolean>;
  /** Notes on the map's summary why it could not be opened, so the library can say so. */
  recordProblem(mapId: string, problem: string): Promise<boolean>;
  /** A map's records as they are, trusting nothing, for exporting a map that cannot be opened. */
  readStored(mapId: string): Promise<StoredRecords | null>;
  /** Keeps a copy of damaged records aside (never deleted by the app) before a recovered map is saved whole. */
  setAside(mapId: string, records: StoredRecords): Promise<boolean>;
  /** Resolves when every queued write has finished or failed. */
  flush(): Promise<void>;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  getStatus(): SaveStatus;
}

/** What the editor needs of persistence to save the open map and show how saving goes. */
export type MapSaver = Pick<MapPersistence, 'save' | 'subscribe' | 'getStatus'>;

export const STORAGE_UNAVAILABLE_MESSAGE =
  "This browser does not let Fascia Map store anything on this device (its storage, IndexedDB, is unavailable: for example site data is blocked, or a private window refuses it). You can work on maps and export them, but nothing is kept after this tab is closed.";

export const STORAGE_FULL_MESSAGE = "Could not save: the browser's storage is full. Export the map to keep a copy.";
export const SAVE_FAILED_MESSAGE = 'Could not save the map in this browser. Export the map to keep a copy.';

/** The save for a recorded step: the new entry only, even when the cap dropped the oldest ones. */
export function saveChangeFor(change: RecordChange): SaveChange {
  if (change.kind === 'coalesced' || change.droppedOldest === 0) return { kind: 'entry', index: change.index };
  return { kind: 'entry', index: change.index, droppedOldest: change.droppedOldest };
}

/** What this tab knows is in storage for one map, updated only after a transaction has committed. */
type Stored = Pick<Head, 'mapId' | 'baseSeq' | 'firstSeq' | 'count'>;

type Put = readonly [IDBValidKey, unknown];

/** The puts and deletes of one save, all applied in a single transaction. */
interface Write {
  readonly puts: readonly Put[];
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

/** Everything: the document before entries[0], every entry from number 0, and the head. */
function writeAll(doc: MapDocument, history: HistoryState): Write {
  const base = jumpTo(doc, history, 0).doc;
  const head = headFor(doc, history, { baseSeq: 0, firstSeq: 0 });
  return {
    deletes: [entryRange(doc.id, 0)],
    puts: [[baseKey(doc.id), base], ...history.entries.map((entry, i) => [entryKey(doc.id, i), entry] as const), [headKey(doc.id), head]],
    stored: { mapId: doc.id, baseSeq: 0, firstSeq: 0, count: head.count },
  };
}

/**
 * The smallest write for this change given what storage holds, or a full write when storage cannot
 * take a partial one (a map not written by this tab yet, a failed earlier write, an entry that would leave a gap).
 */
function planWrite(doc: MapDocument, history: HistoryState, change: SaveChange, stored: Stored | undefined): Write {
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
  const puts: Put[] = [[entryKey(doc.id, firstSeq + change.index), entry]];
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

/** Applies puts and deletes in one readwrite transaction; any failure aborts it, so nothing is half-written. */
function commitWrite(store: UseStore, write: Pick<Write, 'puts' | 'deletes'>): Promise<void> {
  return store('readwrite', (objectStore) => {
    try {
      for (const key of write.deletes) objectStore.delete(key);
      for (const [key, value] of write.puts) objectStore.put(value, key);
    } catch (error) {
      objectStore.transaction.abort();
      throw error;
    }
    // Commit now rather than when this task ends: a tab closed right after a keystroke still stores it.
    objectStore.transaction.commit?.();
    return promisifyRequest(objectStore.transaction);
  });
}

/** A map's records as read, with the head to rebuild it by; `headProblem` says why the head had to be rebuilt. */
interface ReadMap {
  readonly head: Head;
  readonly base: unknown;
  readonly entries: unknown[];
  readonly headProblem: string | null;
}

async function readMap(store: UseStore, mapId: string): Promise<ReadMap | 'missing'> {
  const [rawHead, base] = await store('readonly', (objectStore) =>
    Promise.all([promisifyRequest(objectStore.get(headKey(mapId))), promisifyRequest(objectStore.get(baseKey(mapId)))]),
  );
  if (rawHead === undefined && base === undefined) return 'missing';
  const head = readHead(rawHead, mapId);
  if (head) {
    const last = head.firstSeq + head.count;
    // Entries in one transaction, so they come from one consistent moment with each other.
    const entries = await store('readonly', (objectStore) => {
      const requests: IDBRequest[] = [];
      for (let seq = head.baseSeq; seq < last; seq++) requests.push(objectStore.get(entryKey(mapId, seq)));
      return Promise.all(requests.map((request) => promisifyRequest(request)));
    });
    return { head, base, entries, headProblem: null };
  }
  // The head is missing or damaged: rebuild it from the steps that are there, numbered without a gap from the
  // first one kept, all applied (how far they had been undone is not known).
  const [keys, values] = await store('readonly', (objectStore) =>
    Promise.all([promisifyRequest(objectStore.getAllKeys(entryRange(mapId, 0))), promisifyRequest(objectStore.getAll(entryRange(mapId, 0)))]),
  );
  const seqs = keys.map((key) => (Array.isArray(key) ? key[3] : undefined));
  const first = typeof seqs[0] === 'number' ? seqs[0] : 0;
  let count = 0;
  while (count < seqs.length && seqs[count] === first + count && count < MAX_STORED_ENTRIES) count++;
  return {
    head: { schemaVersion: SCHEMA_VERSION, mapId, baseSeq: first, firstSeq: first, cursor: count, count },
    base,
    entries: values.slice(0, count),
    headProblem:
      rawHead === undefined
        ? 'Its record of its history (the head) was missing, so it was rebuilt from the steps that are there.'
        : 'Its record of its history (the head) was damaged, so it was rebuilt from the steps that are there.',
  };
}

/** Rebuilds what readMap read; a rebuilt head counts as recovered damage. */
function rebuildRead(read: ReadMap) {
  const rebuilt = rebuildMap(read.head, read.base, read.entries);
  if (!rebuilt.ok || !read.headProblem) return rebuilt;
  return { ...rebuilt, recovered: rebuilt.recovered ? `${read.headProblem} ${rebuilt.recovered}` : read.headProblem };
}

/** The summary for a map of the layout before the library, read (not trusted) from its own records. */
async function carriedOverSummary(store: UseStore, mapId: string, now: string): Promise<MapSummary> {
  const read = await readMap(store, mapId);
  const rebuilt = read === 'missing' ? null : rebuildRead(read);
  if (rebuilt?.ok) return summaryOf(rebuilt.doc, NO_FLAGS, lastChangeAt(rebuilt.history) ?? rebuilt.doc.createdAt);
  const problem = rebuilt && !rebuilt.ok ? rebuilt.message : 'The saved map could not be read.';
  return { ...summaryOf({ id: mapId, label: 'Saved map', createdAt: now, points: {} }, NO_FLAGS, now), problem };
}

/** The IndexedDB store, or one that fails every call where the browser has no usable IndexedDB. */
function openStore(dbName: string): UseStore {
  try {
    return createStore(dbName, STORE_NAME);
  } catch (error) {
    return () => Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export interface PersistenceOptions {
  readonly dbName?: string;
  /** Called after each write that changed a map's records or summary has committed (to tell other tabs). */
  readonly onStored?: (mapId: string) => void;
}

export function createPersistence(opts?: PersistenceOptions): MapPersistence {
  const store = openStore(opts?.dbName ?? DEFAULT_DB_NAME);
  /** Tells other tabs that a map's records changed; best effort, never in the way of saving. */
  const told = (mapId: string) => {
    try {
      opts?.onStored?.(mapId);
    } catch {
      /* telling other tabs is best effort */
    }
  };
  const listeners = new Set<(status: SaveStatus) => void>();
  let status: SaveStatus = { state: 'idle' };
  /** What storage holds of each map this tab has loaded or written. */
  const stored = new Map<string, Stored>();
  /** The flags of each map's summary as last read or written, kept across saves of the map. */
  const flags = new Map<string, SummaryFlags>();
  // After a failed write this tab no longer knows what storage holds, so the next save writes everything.
  let mustWriteAll = false;
  let queue: Promise<unknown> = Promise.resolve();
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

  /** Runs a task after every write queued before it; the queue goes on whatever the task does. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  function summaryPut(doc: MapDocument): Put {
    return [summaryKey(doc.id), summaryOf(doc, flags.get(doc.id) ?? NO_FLAGS, new Date().toISOString())];
  }

  /**
   * Starts the write of one save at once, in the same task as the edit, so a tab closed right after a keystroke
   * still stores it. IndexedDB runs readwrite transactions in the order they were made, so writes stay in order;
   * `stored` is what storage will hold once this one commits. A failed write makes the next save write all.
   */
  function startWrite(doc: MapDocument, history: HistoryState, change: SaveChange): Promise<void> {
    let write: Write;
    try {
      write = planWrite(doc, history, mustWriteAll ? { kind: 'all' } : change, stored.get(doc.id));
    } catch {
      return Promise.resolve(failed(new Error('The save could not be planned.')));
    }
    stored.set(doc.id, write.stored);
    mustWriteAll = false;
    return commitWrite(store, { puts: [...write.puts, summaryPut(doc)], deletes: write.deletes }).then(
      () => {
        pending--;
        told(doc.id);
        if (status.state === 'error' && mustWriteAll) return;
        setStatus(pending === 0 ? { state: 'saved', at: new Date().toISOString() } : { state: 'saving' });
      },
      (error: unknown) => {
        // Writes made after this one may have gone through: storage no longer holds a known state of this map.
        stored.delete(doc.id);
        failed(error);
      },
    );
  }

  function failed(error: unknown) {
    mustWriteAll = true;
    pending--;
    setStatus({ state: 'error', message: isQuotaError(error) ? STORAGE_FULL_MESSAGE : SAVE_FAILED_MESSAGE });
  }

  async function readSummaries(): Promise<ListedMap[]> {
    const [keys, values] = await store('readonly', (objectStore) =>
      Promise.all([promisifyRequest(objectStore.getAllKeys(libraryRange())), promisifyRequest(objectStore.getAll(libraryRange()))]),
    );
    const maps: ListedMap[] = [];
    keys.forEach((key, i) => {
      const id = Array.isArray(key) && key.length === 2 && isUrlSafeId(key[1]) ? key[1] : null;
      if (id === null) return;
      const summary = readSummary(values[i], id);
      if (summary) flags.set(id, { demo: summary.demo, deletedAt: summary.deletedAt });
      maps.push({ id, summary, damage: summary ? null : "The library's record of this map is damaged." });
    });
    return maps;
  }

  /** Layout 1 -> 2: a summary for every map found, the layout marker, and "lastMap" gone, in one transaction. */
  async function carryOverLayout(): Promise<number> {
    const keys = await store('readonly', (objectStore) => promisifyRequest(objectStore.getAllKeys()));
    const ids = keys.map(mapIdOfHeadKey).filter((id): id is string => id !== null);
    const now = new Date().toISOString();
    const summaries: Put[] = [];
    for (const id of ids) summaries.push([summaryKey(id), await carriedOverSummary(store, id, now)]);
    await commitWrite(store, { puts: [...summaries, [LAYOUT_KEY, { version: LAYOUT_VERSION }]], deletes: [LEGACY_LAST_MAP_KEY] });
    return ids.length;
  }

  /** A map's records exactly as they are (every entry key, whatever the head says). */
  function readRecords(mapId: string): Promise<StoredRecords> {
    return store('readonly', async (objectStore) => {
      const [summary, head, base, entries] = await Promise.all([
        promisifyRequest(objectStore.get(summaryKey(mapId))),
        promisifyRequest(objectStore.get(headKey(mapId))),
        promisifyRequest(objectStore.get(baseKey(mapId))),
        promisifyRequest(objectStore.getAll(entryRange(mapId, 0))),
      ]);
      return { summary, head, base, entries };
    });
  }

  /** Reads a summary, applies `change` and writes it back; false when there is none or the write failed. */
  function updateSummary(mapId: string, change: (summary: MapSummary) => MapSummary): Promise<boolean> {
    return enqueue(async () => {
      try {
        const summary = readSummary(await get(summaryKey(mapId), store), mapId);
        if (!summary) return false;
        const next = change(summary);
        await commitWrite(store, { puts: [[summaryKey(mapId), next]], deletes: [] });
        flags.set(mapId, { demo: next.demo, deletedAt: next.deletedAt });
        told(mapId);
        return true;
      } catch {
        return false;
      }
    });
  }

  return {
    openLibrary() {
      return enqueue(async (): Promise<LibraryOutcome> => {
        let version: number | null;
        let marker: unknown;
        try {
          marker = await get(LAYOUT_KEY, store);
          version = marker === undefined ? LAYOUT_VERSION - 1 : readLayoutVersion(marker);
        } catch {
          return { status: 'unavailable', message: STORAGE_UNAVAILABLE_MESSAGE };
        }
        if (version === null) return { status: 'failed', message: 'The record of how the library is stored is damaged.' };
        if (version > LAYOUT_VERSION) {
          return { status: 'failed', message: `The library was stored by a newer version of Fascia Map (layout ${version}). Update the app to open it.` };
        }
        let carriedOver = 0;
        try {
          if (marker === undefined) carriedOver = await carryOverLayout();
          const maps = await readSummaries();
          return { status: 'ready', maps, firstVisit: marker === undefined && carriedOver === 0, carriedOver };
        } catch {
          return { status: 'failed', message: "The library could not be read from this browser's storage." };
        }
      });
    },

    listMaps() {
      return enqueue(readSummaries);
    },

    loadMap(mapId) {
      return enqueue(async (): Promise<LoadOutcome> => {
        if (!isUrlSafeId(mapId)) return { status: 'missing' };
        try {
          const read = await readMap(store, mapId);
          if (read === 'missing') return { status: 'missing' };
          const rebuilt = rebuildRead(read);
          if (!rebuilt.ok) return { status: 'failed', message: rebuilt.message };
          const summary = readSummary(await get(summaryKey(mapId), store), mapId);
          flags.set(mapId, summary ? { demo: summary.demo, deletedAt: summary.deletedAt } : NO_FLAGS);
          if (rebuilt.recovered) {
            // What storage holds does not match the rebuilt map: the next save must write it whole.
            stored.delete(mapId);
            const records = await readRecords(mapId);
            return { status: 'loaded', doc: rebuilt.doc, history: rebuilt.history, recovered: { message: rebuilt.recovered, records } };
          }
          stored.set(mapId, { mapId, baseSeq: read.head.baseSeq, firstSeq: read.head.firstSeq, count: rebuilt.history.entries.length });
          return { status: 'loaded', doc: rebuilt.doc, history: rebuilt.history, ...(rebuilt.migratedFrom ? { migratedFrom: rebuilt.migratedFrom } : {}) };
        } catch {
          return { status: 'failed', message: "The saved map could not be read from this browser's storage." };
        }
      });
    },

    save(doc, history, change) {
      pending++;
      if (status.state !== 'error' && status.state !== 'saving') setStatus({ state: 'saving' });
      const written = startWrite(doc, history, change);
      // Reads and library changes queued after this save wait for it.
      queue = queue.then(() => written);
    },

    createMap(doc, history, mapFlags) {
      return enqueue(async () => {
        try {
          flags.set(doc.id, mapFlags);
          const write = writeAll(doc, history);
          await commitWrite(store, { puts: [...write.puts, summaryPut(doc)], deletes: write.deletes });
          stored.set(doc.id, write.stored);
          told(doc.id);
          return true;
        } catch {
          return false;
        }
      });
    },

    setDeleted(mapId, deletedAt) {
      return updateSummary(mapId, (summary) => ({ ...summary, deletedAt }));
    },

    recordProblem(mapId, problem) {
      return updateSummary(mapId, (summary) => ({ ...summary, problem: problem.slice(0, 1_000) }));
    },

    purgeMap(mapId) {
      return enqueue(async () => {
        try {
          const aside = IDBKeyRange.bound(['aside', mapId], ['aside', mapId, []]);
          await commitWrite(store, { puts: [], deletes: [summaryKey(mapId), headKey(mapId), baseKey(mapId), entryRange(mapId, 0), aside] });
          stored.delete(mapId);
          flags.delete(mapId);
          told(mapId);
          return true;
        } catch {
          return false;
        }
      });
    },

    readStored(mapId) {
      return enqueue(async () => {
        try {
          return await readRecords(mapId);
        } catch {
          return null;
        }
      });
    },

    setAside(mapId, records) {
      return enqueue(async () => {
        try {
          await commitWrite(store, { puts: [[asideKey(mapId, new Date().toISOString()), records]], deletes: [] });
          return true;
        } catch {
          return false;
        }
      });
    },

    flush() {
      return queue.then(() => undefined);
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
