// Where a map lives in IndexedDB, and the head record that says which stored pieces make up the map.
//
// One object store ("records") in the database "fascia-map":
//   "lastMap"                     -> id of the map opened last
//   ["map", id, "head"]           -> Head: { schemaVersion, mapId, baseSeq, firstSeq, cursor, count }
//   ["map", id, "base"]           -> the MapDocument before entry number baseSeq
//   ["map", id, "entry", seq]     -> one HistoryEntry per step, numbered seq = 0, 1, 2, ...
// history.entries[i] is stored at seq firstSeq + i. Entries numbered baseSeq..firstSeq-1 were dropped from
// the history by its cap but are not yet folded into the base: loading replays them onto the base, and a
// compaction every FOLD_LIMIT of them writes a new base. Entry keys at or beyond firstSeq + count are stale.

import { isUrlSafeId } from '../model/ids';
import { isPlainObject } from '../io/untrusted';

export const DEFAULT_DB_NAME = 'fascia-map';
export const STORE_NAME = 'records';
export const LAST_MAP_KEY = 'lastMap';

/** Steps dropped by the cap that may wait before being folded into a new base snapshot. */
export const FOLD_LIMIT = 100;

/** More stored steps than this cannot come from this app: the head is damaged. */
export const MAX_STORED_ENTRIES = 100_000;

export interface Head {
  readonly schemaVersion: number;
  readonly mapId: string;
  /** Number of the first entry not yet in the base snapshot. */
  readonly baseSeq: number;
  /** Number of the entry that is history.entries[0]. */
  readonly firstSeq: number;
  readonly cursor: number;
  readonly count: number;
}

export const headKey = (mapId: string): IDBValidKey => ['map', mapId, 'head'];
export const baseKey = (mapId: string): IDBValidKey => ['map', mapId, 'base'];
export const entryKey = (mapId: string, seq: number): IDBValidKey => ['map', mapId, 'entry', seq];

/** Entry keys numbered from `from` up to (not including) `to`. */
export function entryRange(mapId: string, from: number, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound(entryKey(mapId, from), entryKey(mapId, to), false, true);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_STORED_ENTRIES;
}

/** The head as stored, checked field by field; null when it is not one this app could have written. */
export function readHead(value: unknown, mapId: string): Head | null {
  if (!isPlainObject(value)) return null;
  const { schemaVersion, mapId: storedId, baseSeq, firstSeq, cursor, count } = value;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) return null;
  if (!isUrlSafeId(storedId) || storedId !== mapId) return null;
  if (!isCount(baseSeq) || !isCount(firstSeq) || !isCount(cursor) || !isCount(count)) return null;
  if (baseSeq > firstSeq || cursor > count || firstSeq - baseSeq + count > MAX_STORED_ENTRIES) return null;
  return { schemaVersion, mapId: storedId, baseSeq, firstSeq, cursor, count };
}
