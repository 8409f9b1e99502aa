// Computes immer-style patches between two plain JSON documents. Used when a saved history is carried
// over a schema migration: each step is replayed in the old schema, both sides migrated, and the step
// re-expressed as the difference between the migrated documents.

import type { Patch } from 'immer';
import { deepEqual } from '../model/equal';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Patches that turn `from` into `to` (records are diffed key by key; arrays and values are replaced whole). */
export function diffPatches(from: unknown, to: unknown, path: (string | number)[] = []): Patch[] {
  if (deepEqual(from, to)) return [];
  if (!isRecord(from) || !isRecord(to)) return [{ op: 'replace', path, value: to }];
  const patches: Patch[] = [];
  for (const key of Object.keys(from)) {
    if (!Object.hasOwn(to, key)) patches.push({ op: 'remove', path: [...path, key] });
  }
  for (const [key, value] of Object.entries(to)) {
    if (!Object.hasOwn(from, key)) patches.push({ op: 'add', path: [...path, key], value });
    else patches.push(...diffPatches(from[key], value, [...path, key]));
  }
  return patches;
}
