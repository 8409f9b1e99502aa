// Pure, patch-based undo and redo: an edit becomes an entry holding immer patches both ways, and moving
// the cursor applies them. Nothing here knows about selection, camera or storage.

import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { MapDocument } from '../model/types';
import type { Edit } from '../model/operations';
import type { HistoryEntry, HistoryState } from './types';

enablePatches();

/** How many steps the store keeps by default; older ones fold into the saved base snapshot. */
export const DEFAULT_HISTORY_CAP = 500;

export type RecordChange =
  | { readonly kind: 'appended'; readonly index: number; readonly droppedRedo: number; readonly droppedOldest: number }
  | { readonly kind: 'coalesced'; readonly index: number };

export function emptyHistory(): HistoryState {
  return { entries: [], cursor: 0 };
}

/** Runs the edit's recipe; null when it changed nothing, so a no-op never becomes an undo step. */
export function applyEdit(
  doc: MapDocument,
  edit: Edit,
  opts: { readonly id: string; readonly at: string },
): { doc: MapDocument; entry: HistoryEntry } | null {
  const [next, patches, inversePatches] = produceWithPatches(doc, edit.recipe);
  if (patches.length === 0) return null;
  const entry: HistoryEntry = {
    id: opts.id,
    label: edit.label,
    patches,
    inversePatches,
    at: opts.at,
    ...(edit.coalesceKey === undefined ? {} : { coalesceKey: edit.coalesceKey }),
  };
  return { doc: next, entry };
}

function samePath(a: Patch, b: Patch): boolean {
  return a.path.length === b.path.length && a.path.every((segment, i) => segment === b.path[i]);
}

/**
 * Merges b into a. When both replace the same single value (each keystroke in a notes field), only the
 * newest value and the oldest inverse are kept, so a long typing burst stays one small entry instead of
 * a patch per keystroke; otherwise the patches are concatenated.
 */
function coalesce(a: HistoryEntry, b: HistoryEntry): HistoryEntry {
  const [aPatch] = a.patches;
  const [bPatch] = b.patches;
  const sameSingleReplace =
    a.patches.length === 1 &&
    b.patches.length === 1 &&
    a.inversePatches.length === 1 &&
    b.inversePatches.length === 1 &&
    aPatch?.op === 'replace' &&
    bPatch?.op === 'replace' &&
    samePath(aPatch, bPatch);
  return {
    ...a,
    label: b.label,
    at: b.at,
    patches: sameSingleReplace ? b.patches : [...a.patches, ...b.patches],
    inversePatches: sameSingleReplace ? a.inversePatches : [...b.inversePatches, ...a.inversePatches],
  };
}

/**
 * Adds an entry at the cursor: the redo tail is dropped, or the entry merges into the top one when both
 * share a coalesce key and nothing was undone. With a cap, the oldest entries beyond it are dropped;
 * the change says how many so persistence can fold them into its base snapshot.
 */
export function record(
  history: HistoryState,
  entry: HistoryEntry,
  opts?: { readonly cap?: number },
): { history: HistoryState; change: RecordChange } {
  const { entries, cursor } = history;
  const top = entries.at(-1);
  if (top && cursor === entries.length && entry.coalesceKey !== undefined && top.coalesceKey === entry.coalesceKey) {
    const index = entries.length - 1;
    const merged = [...entries.slice(0, index), coalesce(top, entry)];
    return { history: { entries: merged, cursor }, change: { kind: 'coalesced', index } };
  }
  const droppedRedo = entries.length - cursor;
  let next = [...entries.slice(0, cursor), entry];
  const cap = opts?.cap;
  const droppedOldest = cap !== undefined && next.length > Math.max(1, cap) ? next.length - Math.max(1, cap) : 0;
  if (droppedOldest > 0) next = next.slice(droppedOldest);
  return {
    history: { entries: next, cursor: next.length },
    change: { kind: 'appended', index: next.length - 1, droppedRedo, droppedOldest },
  };
}

export function canUndo(h: HistoryState): boolean {
  return h.cursor > 0;
}

export function canRedo(h: HistoryState): boolean {
  return h.cursor < h.entries.length;
}

export function undo(doc: MapDocument, history: HistoryState): { doc: MapDocument; history: HistoryState } | null {
  const entry = history.entries[history.cursor - 1];
  if (!canUndo(history) || !entry) return null;
  return { doc: applyPatches(doc, entry.inversePatches), history: { ...history, cursor: history.cursor - 1 } };
}

export function redo(doc: MapDocument, history: HistoryState): { doc: MapDocument; history: HistoryState } | null {
  const entry = history.entries[history.cursor];
  if (!canRedo(history) || !entry) return null;
  return { doc: applyPatches(doc, entry.patches), history: { ...history, cursor: history.cursor + 1 } };
}

/** Moves to any point in the history (the history list); a cursor outside 0..entries.length is clamped. */
export function jumpTo(
  doc: MapDocument,
  history: HistoryState,
  cursor: number,
): { doc: MapDocument; history: HistoryState } {
  const wanted = Number.isFinite(cursor) ? Math.trunc(cursor) : history.cursor;
  const target = Math.min(history.entries.length, Math.max(0, wanted));
  if (target === history.cursor) return { doc, history };
  // All steps' patches go through one applyPatches call: one draft instead of one document per step.
  const patches: Patch[] = [];
  if (target < history.cursor) {
    for (let i = history.cursor - 1; i >= target; i--) patches.push(...(history.entries[i]?.inversePatches ?? []));
  } else {
    for (let i = history.cursor; i < target; i++) patches.push(...(history.entries[i]?.patches ?? []));
  }
  return { doc: applyPatches(doc, patches), history: { ...history, cursor: target } };
}

/** When the document as it stands was last changed: the time of the last applied step, null when none is. */
export function lastChangeAt(history: HistoryState): string | null {
  const at = history.cursor > 0 ? history.entries[history.cursor - 1]?.at : undefined;
  return at !== undefined && !Number.isNaN(Date.parse(at)) ? at : null;
}
