// Rebuilds a map and its undo history from what IndexedDB held, trusting none of it: the base is
// validated, every entry checked, the document at the cursor validated, and undo is proved to lead back
// to the base before anything is handed to the editor. Damage after the base is cut away, not refused.
// The usual, undamaged map takes one pass (all steps applied in one draft, only the points they touched
// validated again); only when that fails does the careful path below look for what to leave out.

import { applyPatches, produce } from 'immer';
import type { MapDocument } from '../model/types';
import type { HistoryEntry, HistoryState } from '../history/types';
import { deepEqual } from '../model/equal';
import { SCHEMA_VERSION } from '../io/format';
import { validateChangedPoints, validateDocument } from '../io/validate';
import type { Head } from './layout';
import { readStoredEntry } from './stored-entries';
import { diffPatches } from '../history/diff';

export type Rebuilt =
  | {
      ok: true;
      doc: MapDocument;
      history: HistoryState;
      migratedFrom?: number;
      /**
       * Set when part of what was stored was damaged and left out: what the therapist should be told. The map is
       * the last good state that could be proved; the caller keeps the damaged records aside and saves it whole.
       */
      recovered?: string;
    }
  | { ok: false; message: string };

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

const stepWord = (n: number) => (n === 1 ? 'step' : 'steps');

/**
 * `stored` holds the raw entries numbered head.baseSeq .. head.firstSeq + head.count - 1, in order.
 * Whatever is damaged after a good base is left out: the map opens as it was after the last step that can
 * be read, applied and checked (a damaged redo tail is dropped; damaged undo steps drop the undo history),
 * and `recovered` says what was left out. Only a base that cannot be read refuses the map.
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
  const inOnePass = rebuildInOnePass(head, base.doc, stored);
  if (inOnePass) return inOnePass;

  const folded = head.firstSeq - head.baseSeq;
  const lost: string[] = [];
  // Every applied document, so a cut can fall back to any earlier step without replaying.
  const applied: MapDocument[] = [base.doc];
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < stored.length; i++) {
    const inHistory = i - folded;
    const entry = readStoredEntry(stored[i]);
    const next = entry && inHistory < head.cursor ? apply(applied[applied.length - 1]!, entry.patches) : null;
    if (!entry || (inHistory < head.cursor && !next)) {
      if (inHistory >= head.cursor) {
        lost.push('Steps you had undone could not be read, so they can no longer be redone.');
      } else {
        const left = head.cursor - inHistory;
        lost.push(
          `${left} ${stepWord(left)} of its history, from step ${i + 1} on, ${left === 1 ? 'was' : 'were'} damaged (${entry ? 'it does not fit the map' : 'missing or not valid'}) and left out; the map is shown as it was before ${left === 1 ? 'it' : 'them'}.`,
        );
      }
      break;
    }
    if (next) applied.push(next);
    if (inHistory >= 0) entries.push(entry);
  }
  // How many of the read entries are applied: those before the cursor that could be applied.
  let appliedSteps = applied.length - 1;

  // A step that leaves the map invalid: go back to the last step after which it is valid.
  let current = validateDocument(applied[appliedSteps], SCHEMA_VERSION);
  if (!current.ok) {
    const badFrom = applied.findIndex((doc, i) => i > 0 && !validateDocument(doc, SCHEMA_VERSION).ok);
    const left = appliedSteps - badFrom + 1;
    lost.push(`${left} ${stepWord(left)} of its history, from step ${badFrom} on, left the map invalid (${current.message}) and ${left === 1 ? 'was' : 'were'} left out.`);
    appliedSteps = badFrom - 1;
    current = validateDocument(applied[appliedSteps], SCHEMA_VERSION);
    if (!current.ok) return damaged(`the map after its saved steps is not valid (${current.message})`);
  }

  const historyApplied = Math.max(0, appliedSteps - folded);
  const cursor = Math.min(head.cursor, historyApplied);
  // Steps left out before the cursor take the steps after them (their redo) with them.
  const kept = cursor < head.cursor ? entries.slice(0, cursor) : entries;
  const historyStart = applied[Math.min(folded, appliedSteps)]!;
  const withRedo = keepValidRedo(current.doc, kept, cursor);
  if (withRedo.entries.length < kept.length && lost.length === 0) {
    lost.push('Steps you had undone could not be redone any more, so they were left out.');
  }
  const undone = undoAll(withRedo.end, withRedo.entries);
  const proved = undone !== null && deepEqual(undone, historyStart) && validateDocument(historyStart, SCHEMA_VERSION).ok;
  const recovered = (extra?: string) => {
    const all = extra ? [...lost, extra] : lost;
    return all.length > 0 ? { recovered: all.join(' ') } : {};
  };
  if (!proved) {
    // The undo steps do not lead back to where they started: keep the map as it is, without its undo history.
    return {
      ok: true,
      doc: current.doc,
      history: { entries: [], cursor: 0 },
      ...recovered('Its undo history did not lead back to its start, so the map is kept as it was, without its undo steps.'),
    };
  }
  return { ok: true, doc: current.doc, history: { entries: withRedo.entries, cursor }, ...recovered() };
}

/**
 * The map when every stored step reads, applies and leaves it valid, and undo leads back to where the
 * history starts; null otherwise, for the careful path to find what is damaged. Steps are applied inside one
 * draft each way (no copy of the points record per step), and only the points they touched are validated.
 */
function rebuildInOnePass(head: Head, base: MapDocument, stored: readonly unknown[]): Rebuilt | null {
  const folded = head.firstSeq - head.baseSeq;
  if (folded < 0 || head.cursor < 0 || folded + head.cursor > stored.length) return null;
  const entries: HistoryEntry[] = [];
  const touched = new Set<string>();
  for (const value of stored) {
    const entry = readStoredEntry(value);
    if (!entry) return null;
    for (const patch of [...entry.patches, ...entry.inversePatches]) {
      // A step that replaces the whole map or its whole points record is left to the careful path.
      if (patch.path.length === 0 || (patch.path[0] === 'points' && patch.path.length < 2)) return null;
      if (patch.path[0] === 'points') touched.add(String(patch.path[1]));
    }
    entries.push(entry);
  }
  const history = entries.slice(folded);
  const historyStart = applyInOneDraft(base, entries.slice(0, folded), 'patches');
  if (!historyStart) return null;
  const start = folded === 0 ? base : validated(validateChangedPoints(historyStart, base, touched));
  const atCursor = start && applyInOneDraft(start, history.slice(0, head.cursor), 'patches');
  const current = atCursor && validated(validateChangedPoints(atCursor, base, touched));
  if (!start || !current) return null;
  const redo = history.slice(head.cursor);
  const end = redo.length === 0 ? current : validated(validateChangedPoints(applyInOneDraft(current, redo, 'patches'), base, touched));
  if (!end) return null;
  const undone = applyInOneDraft(end, [...history].reverse(), 'inversePatches');
  if (!undone || !deepEqual(undone, start)) return null;
  return { ok: true, doc: current, history: { entries: history, cursor: head.cursor } };
}

function validated(result: ReturnType<typeof validateDocument>): MapDocument | null {
  return result.ok ? result.doc : null;
}

/** The document after applying each entry's patches in turn, in one immer draft; null if one does not fit. */
function applyInOneDraft(doc: MapDocument, entries: readonly HistoryEntry[], which: 'patches' | 'inversePatches'): MapDocument | null {
  if (entries.length === 0) return doc;
  try {
    return produce(doc, (draft) => {
      for (const entry of entries) applyPatches(draft, entry[which]);
    });
  } catch {
    return null;
  }
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
