// Where the library of maps lives in IndexedDB, and the head record that says which stored pieces make up a map.
//
// One object store ("records") in the database "fascia-map"; every map's records live under its own keys:
//   "layout"                      -> { version: LAYOUT_VERSION }: which of these layouts the database follows
//   ["library", id]               -> MapSummary: the library's index card, listed without loading the map
//   ["map", id, "head"]           -> Head: { schemaVersion, mapId, baseSeq, firstSeq, cursor, count }
//   ["map", id, "base"]           -> the MapDocument before entry number baseSeq
//   ["map", id, "entry", seq]     -> one HistoryEntry per step, numbered seq = 0, 1, 2, ...
//   ["aside", id, time]           -> { summary, head, base, entries } as they were when a damaged map was recovered
// history.entries[i] is stored at seq firstSeq + i. Entries numbered baseSeq..firstSeq-1 were dropped from
// the history by its cap but are not yet folded into the base: loading replays them onto the base, and a
// compaction every FOLD_LIMIT of them writes a new base. Entry keys at or beyond firstSeq + count are stale.
//
// Layout 1 (before the library) had no "layout" record and no summaries, only the map records above and
// "lastMap" -> the id of the one map the editor opened; opening the library carries it over to layout 2.

import { isUrlSafeId } from '../model/ids';
import { isPlainObject } from '../io/untrusted';

export const DEFAULT_DB_NAME = 'fascia-map';
export const STORE_NAME = 'records';

/** The layout this version writes. */
export const LAYOUT_VERSION = 2;
export const LAYOUT_KEY = 'layout';
/** Layout 1 only: the id of the map opened last. Removed when the library is carried over. */
export const LEGACY_LAST_MAP_KEY = 'lastMap';

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

export const summaryKey = (mapId: string): IDBValidKey => ['library', mapId];
/** Damaged records kept aside when a map was recovered from them, by when: ["aside", id, ISO time]. */
export const asideKey = (mapId: string, at: string): IDBValidKey => ['aside', mapId, at];
export const headKey = (mapId: string): IDBValidKey => ['map', mapId, 'head'];
export const baseKey = (mapId: string): IDBValidKey => ['map', mapId, 'base'];
export const entryKey = (mapId: string, seq: number): IDBValidKey => ['map', mapId, 'entry', seq];

/** Every summary key: ["library", id] for any string id (an array sorts after every string). */
export function libraryRange(): IDBKeyRange {
  return IDBKeyRange.bound(['library'], ['library', []], true, true);
}

/** Entry keys numbered from `from` up to (not including) `to`. */
export function entryRange(mapId: string, from: number, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound(entryKey(mapId, from), entryKey(mapId, to), false, true);
}

/** The map id in a key of the form ["map", id, "head"], else null. */
export function mapIdOfHeadKey(key: IDBValidKey): string | null {
  if (!Array.isArray(key) || key.length !== 3 || key[0] !== 'map' || key[2] !== 'head') return null;
  return isUrlSafeId(key[1]) ? key[1] : null;
}

/** The layout version a "layout" record names, or null when the record is not one this app could write. */
export function readLayoutVersion(value: unknown): number | null {
  if (!isPlainObject(value)) return null;
  const { version } = value;
  return typeof version === 'number' && Number.isInteger(version) && version >= 2 ? version : null;
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
