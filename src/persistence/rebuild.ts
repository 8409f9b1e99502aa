// Rebuilds the open map and its undo history from what IndexedDB held, trusting none of it: the base is
// validated, every entry checked, the document at the cursor validated, and undo is proved to lead back
// to the base before anything is handed to the editor.

import { applyPatches } from 'immer';
import type { MapDocument } from '../model/types';
import type { HistoryEntry, HistoryState } from '../history/types';
import { deepEqual } from '../model/equal';
import { SCHEMA_VERSION } from '../io/format';
import { validateDocument } from '../io/validate';
import type { Head } from './layout';
import { readStoredEntry } from './stored-entries';
import { diffPatches } from '../history/diff';

export type Rebuilt = { ok: true; doc: MapDocument; history: HistoryState; migratedFrom?: number } | { ok: false; message: string };

function damaged(detail: string): Rebuilt {
  return { ok: false, message: `The saved map is damaged: ${detail}.` };
}

function apply(doc: MapDocument, patches: HistoryEntry['patches']): MapDocument | null {
  try {
    return applyPatches(doc, patches);
  } catch {
    return null;
  }
}

/**
 * `stored` holds the raw entries numbered head.baseSeq .. head.firstSeq + head.count - 1, in order.
 * A damaged redo tail (steps after the cursor) is dropped rather than refusing the whole map, since the
 * document the therapist sees does not depend on it; anything else damaged refuses the map.
 */
export function rebuildMap(head: Head, storedBase: unknown, stored: readonly unknown[]): Rebuilt {
  if (head.schemaVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      message:
        `This map was saved by a newer version of Fascia Map (format version ${head.schemaVersion}); ` +
        `this version reads up to ${SCHEMA_VERSION}. Update the app to open it.`,
    };
  }
  // Patches are written against one schema: a map saved by an older version has its history replayed
  // in that schema and every step re-expressed between the migrated documents, so undo survives updates.
  if (head.schemaVersion < SCHEMA_VERSION) {
    const carried = carryOverSchema(head, storedBase, stored);
    if (!carried.ok) return carried;
    const rebuilt = rebuildMap({ ...head, schemaVersion: SCHEMA_VERSION }, carried.base, carried.entries);
    return rebuilt.ok ? { ...rebuilt, migratedFrom: head.schemaVersion } : rebuilt;
  }
  if (head.schemaVersion !== SCHEMA_VERSION) return damaged(`its format version ${head.schemaVersion} is unknown`);

  const base = validateDocument(storedBase, head.schemaVersion);
  if (!base.ok) return damaged(`its starting snapshot is not valid (${base.message})`);

  const folded = head.firstSeq - head.baseSeq;
  const entries: HistoryEntry[] = [];
  let doc: MapDocument | null = base.doc;
  let historyStart: MapDocument = base.doc;
  for (let i = 0; i < stored.length; i++) {
    const inHistory = i - folded;
    if (inHistory === 0) historyStart = doc;
    const entry = readStoredEntry(stored[i]);
    if (!entry) {
      if (inHistory >= head.cursor) break;
      return damaged(`step ${i + 1} of its history is missing or not valid`);
    }
    if (inHistory < head.cursor) {
      doc = apply(doc, entry.patches);
      if (!doc) return damaged(`step ${i + 1} of its history does not fit the map`);
    }
    if (inHistory >= 0) entries.push(entry);
  }
  if (folded >= stored.length) historyStart = doc;

  const current = validateDocument(doc, SCHEMA_VERSION);
  if (!current.ok) return damaged(`the map after its saved steps is not valid (${current.message})`);
  if (!validateDocument(historyStart, SCHEMA_VERSION).ok) return damaged('the start of its undo history is not valid');

  const kept = keepValidRedo(current.doc, entries, head.cursor);
  const undone = undoAll(kept.end, kept.entries);
  if (!undone || !deepEqual(undone, historyStart)) return damaged('its undo history does not lead back to the start');
  return { ok: true, doc: current.doc, history: { entries: kept.entries, cursor: head.cursor } };
}

/** The entries to keep (all of them, or only up to the cursor when redoing would fail) and the last document. */
function keepValidRedo(
  current: MapDocument,
  entries: readonly HistoryEntry[],
  cursor: number,
): { entries: readonly HistoryEntry[]; end: MapDocument } {
  let end: MapDocument | null = current;
  for (const entry of entries.slice(cursor)) end = end && apply(end, entry.patches);
  if (end && validateDocument(end, SCHEMA_VERSION).ok) return { entries, end };
  return { entries: entries.slice(0, cursor), end: current };
}

type Carried = { ok: true; base: MapDocument; entries: HistoryEntry[] } | { ok: false; message: string };

/** Replays the stored steps in the schema they were saved in and migrates every document on the way. */
function carryOverSchema(head: Head, storedBase: unknown, stored: readonly unknown[]): Carried {
  const folded = head.firstSeq - head.baseSeq;
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < stored.length; i++) {
    const entry = readStoredEntry(stored[i]);
    if (!entry) {
      if (i - folded >= head.cursor) break;
      return { ok: false, message: `The saved map is damaged: step ${i + 1} of its history is missing or not valid.` };
    }
    entries.push(entry);
  }
  const first = validateDocument(storedBase, head.schemaVersion);
  if (!first.ok) return damaged(`its starting snapshot is not valid (${first.message})`) as Carried;
  const migrated: MapDocument[] = [first.doc];
  let oldDoc: unknown = storedBase;
  for (let i = 0; i < entries.length; i++) {
    try {
      oldDoc = applyPatches(oldDoc as object, entries[i]!.patches);
    } catch {
      return { ok: false, message: `The saved map is damaged: step ${i + 1} of its history does not fit the map.` };
    }
    const next = validateDocument(oldDoc, head.schemaVersion);
    if (!next.ok) return { ok: false, message: `The saved map could not be updated to this version: step ${i + 1} of its history (${next.message}).` };
    migrated.push(next.doc);
  }
  return {
    ok: true,
    base: first.doc,
    entries: entries.map((entry, i) => ({
      ...entry,
      patches: diffPatches(migrated[i], migrated[i + 1]),
      inversePatches: diffPatches(migrated[i + 1], migrated[i]),
    })),
  };
}

function undoAll(end: MapDocument, entries: readonly HistoryEntry[]): MapDocument | null {
  let doc: MapDocument | null = end;
  for (let i = entries.length - 1; i >= 0 && doc; i--) doc = apply(doc, entries[i]!.inversePatches);
  return doc;
}
