// Checks history entries read back from IndexedDB before any patch is applied: only add/replace/remove
// on plain paths, no key that reaches Object.prototype, and copies of only the fields an entry has.

import type { Patch } from 'immer';
import type { HistoryEntry } from '../history/types';
import { isSafeKey } from '../model/ids';
import { findReservedKey, isPlainObject } from '../io/untrusted';

const MAX_PATH_LENGTH = 16;
const MAX_TEXT_LENGTH = 500;
const MAX_PATCHES = 20_000;

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;
}

function isPathSegment(segment: unknown): segment is string | number {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0;
  return typeof segment === 'string' && segment.length <= MAX_TEXT_LENGTH && isSafeKey(segment);
}

function readPatch(value: unknown): Patch | null {
  if (!isPlainObject(value)) return null;
  const { op, path } = value;
  if (op !== 'add' && op !== 'replace' && op !== 'remove') return null;
  if (!Array.isArray(path) || path.length === 0 || path.length > MAX_PATH_LENGTH || !path.every(isPathSegment)) return null;
  if (op === 'remove') return { op, path: [...path] };
  if (findReservedKey(value.value)) return null;
  return { op, path: [...path], value: value.value };
}

function readPatches(value: unknown): Patch[] | null {
  if (!Array.isArray(value) || value.length > MAX_PATCHES) return null;
  const patches: Patch[] = [];
  for (const item of value) {
    const patch = readPatch(item);
    if (!patch) return null;
    patches.push(patch);
  }
  return patches;
}

/** A clean copy of a stored entry, or null when anything about it is not what this app writes. */
export function readStoredEntry(value: unknown): HistoryEntry | null {
  if (!isPlainObject(value)) return null;
  const { id, label, at, coalesceKey } = value;
  if (!isShortText(id) || !isShortText(label) || !isShortText(at)) return null;
  if (coalesceKey !== undefined && !isShortText(coalesceKey)) return null;
  const patches = readPatches(value.patches);
  const inversePatches = readPatches(value.inversePatches);
  if (!patches || !inversePatches) return null;
  return { id, label, at, patches, inversePatches, ...(coalesceKey === undefined ? {} : { coalesceKey }) };
}
