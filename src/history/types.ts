// The shapes of the undo history: each entry is one labelled user step holding immer patches both ways.

import type { Patch } from 'immer';

export interface HistoryEntry {
  /** Unique id of the entry. */
  readonly id: string;
  /** Human label shown in the history list, e.g. "Set pain to 7". */
  readonly label: string;
  /** Patches that redo this step from the document before it. */
  readonly patches: readonly Patch[];
  /** Patches that undo this step. */
  readonly inversePatches: readonly Patch[];
  /** ISO timestamp of when the step was made (last change when coalesced). */
  readonly at: string;
  /** Steps with the same key made one after another merge into one entry (typing notes). */
  readonly coalesceKey?: string;
}

export interface HistoryState {
  /** All recorded steps, oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** How many entries are applied: entries[0..cursor) are in the document; the rest can be redone. */
  readonly cursor: number;
}
