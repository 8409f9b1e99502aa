// Undo/redo with patches: recording, the redo tail, coalescing, the cap, and moving the cursor.
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  canRedo,
  canUndo,
  emptyHistory,
  jumpTo,
  record,
  redo,
  undo,
  DEFAULT_HISTORY_CAP,
} from '../../../src/history/history';
import type { HistoryEntry, HistoryState } from '../../../src/history/types';
import { placePoint, renameMap, setKind, setNotes, type Edit } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import type { MapDocument } from '../../../src/model/types';
import { FIRST_SESSION, testMap, testPoint } from '../../fixtures/maps';
import { painOf } from '../support/readings';

let clock = 0;
let lastAt = '';
function entryOf(doc: MapDocument, edit: Edit) {
  clock++;
  lastAt = new Date(Date.UTC(2026, 10, 29, 10, 0, clock)).toISOString();
  const applied = applyEdit(doc, edit, { id: `e${clock}`, at: lastAt });
  if (!applied) throw new Error('no change');
  return applied;
}

/** Commits edits the way the store does and returns the document and history after them. */
function commitAll(doc: MapDocument, edits: readonly Edit[], history: HistoryState = emptyHistory(), cap?: number) {
  let state = { doc, history };
  for (const edit of edits) {
    const applied = entryOf(state.doc, edit);
    state = { doc: applied.doc, history: record(state.history, applied.entry, cap === undefined ? undefined : { cap }).history };
  }
  return state;
}

describe('applyEdit', () => {
  it('gives the new document and an entry with patches both ways', () => {
    const doc = testMap(1);
    const result = applyEdit(doc, setPain('p0', FIRST_SESSION, 4), { id: 'e1', at: '2026-11-29T10:00:00.000Z' });
    expect(painOf(result!.doc, 'p0')).toBe(4);
    expect(result?.entry).toEqual({
      id: 'e1',
      label: 'Set pain to 4',
      at: '2026-11-29T10:00:00.000Z',
      patches: [{ op: 'replace', path: ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], value: 4 }],
      inversePatches: [{ op: 'replace', path: ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], value: 0 }],
    });
    expect(painOf(doc, 'p0')).toBe(0);
  });

  it('is null when the edit changes nothing', () => {
    expect(applyEdit(testMap(1), setPain('p0', FIRST_SESSION, 0), { id: 'e', at: 'now' })).toBeNull();
  });
});

describe('record', () => {
  it('appends at the cursor', () => {
    const doc = testMap(1);
    const { entry } = entryOf(doc, setPain('p0', FIRST_SESSION, 3));
    const { history, change } = record(emptyHistory(), entry);
    expect(history).toEqual({ entries: [entry], cursor: 1 });
    expect(change).toEqual({ kind: 'appended', index: 0, droppedRedo: 0, droppedOldest: 0 });
  });

  it('drops the redo tail when recording after an undo', () => {
    const start = testMap(1);
    const done = commitAll(start, [setPain('p0', FIRST_SESSION, 1), setPain('p0', FIRST_SESSION, 2), setPain('p0', FIRST_SESSION, 3)]);
    const undone = undo(undo(done.doc, done.history)!.doc, undo(done.doc, done.history)!.history)!;
    expect(undone.history.cursor).toBe(1);
    const { entry } = entryOf(undone.doc, setKind('p0', 'active'));
    const { history, change } = record(undone.history, entry);
    expect(change).toEqual({ kind: 'appended', index: 1, droppedRedo: 2, droppedOldest: 0 });
    expect(history.entries.map((e) => e.label)).toEqual(['Set pain to 1', 'Mark point as active']);
    expect(canRedo(history)).toBe(false);
  });

  it('coalesces typing in one notes field into one entry', () => {
    const start = testMap(1);
    const { doc, history } = commitAll(start, [setNotes('p0', 'R'), setNotes('p0', 'Re'), setNotes('p0', 'Ref')]);
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]).toMatchObject({ label: 'Edit notes', coalesceKey: 'notes:p0', at: lastAt });
    // Keystrokes in one field keep only the newest value and the oldest inverse, not a patch per keystroke.
    expect(history.entries[0]?.patches).toEqual([{ op: 'replace', path: ['points', 'p0', 'notes'], value: 'Ref' }]);
    expect(history.entries[0]?.inversePatches).toEqual([{ op: 'replace', path: ['points', 'p0', 'notes'], value: 'Point 0' }]);
    expect(doc.points.p0?.notes).toBe('Ref');
    const back = undo(doc, history)!;
    expect(back.doc).toEqual(start);
    expect(redo(back.doc, back.history)!.doc).toEqual(doc);
  });

  it('reports a coalesced change and keeps patches of different paths', () => {
    const doc = testMap(2);
    const a = entryOf(doc, setNotes('p0', 'x'));
    const b: HistoryEntry = { ...entryOf(a.doc, setPain('p1', FIRST_SESSION, 5)).entry, coalesceKey: 'notes:p0' };
    const first = record(emptyHistory(), a.entry).history;
    const { history, change } = record(first, b);
    expect(change).toEqual({ kind: 'coalesced', index: 0 });
    expect(history.entries[0]?.patches).toEqual([...a.entry.patches, ...b.patches]);
    expect(history.entries[0]?.inversePatches).toEqual([...b.inversePatches, ...a.entry.inversePatches]);
    expect(history.entries[0]?.label).toBe(b.label);
  });

  it('does not coalesce different keys, or after an undo', () => {
    const start = testMap(2);
    const twoFields = commitAll(start, [setNotes('p0', 'a'), setNotes('p1', 'b')]);
    expect(twoFields.history.entries).toHaveLength(2);
    const undone = undo(twoFields.doc, twoFields.history)!;
    const again = commitAll(undone.doc, [setNotes('p0', 'ab')], undone.history);
    expect(again.history.entries).toHaveLength(2);
    expect(again.history.entries[1]?.label).toBe('Edit notes');
  });

  it('drops the oldest entries beyond the cap and says how many', () => {
    const start = testMap(1);
    const full = commitAll(start, [setPain('p0', FIRST_SESSION, 1), setPain('p0', FIRST_SESSION, 2), setPain('p0', FIRST_SESSION, 3)], emptyHistory(), 3);
    const { entry } = entryOf(full.doc, setPain('p0', FIRST_SESSION, 4));
    const { history, change } = record(full.history, entry, { cap: 3 });
    expect(change).toEqual({ kind: 'appended', index: 2, droppedRedo: 0, droppedOldest: 1 });
    expect(history.entries.map((e) => e.label)).toEqual(['Set pain to 2', 'Set pain to 3', 'Set pain to 4']);
    expect(history.cursor).toBe(3);
    expect(DEFAULT_HISTORY_CAP).toBe(500);
  });
});

describe('undo, redo and jumpTo', () => {
  const start = testMap(1);
  const edits = [placePoint(testPoint('p9', { order: 'a5' })), setPain('p9', FIRST_SESSION, 6), renameMap('Demo patient B'), setKind('p0', 'satellite')];

  it('undo walks back to the start and redo forward again', () => {
    const done = commitAll(start, edits);
    let state = done;
    while (canUndo(state.history)) state = undo(state.doc, state.history)!;
    expect(state.doc).toEqual(start);
    expect(undo(state.doc, state.history)).toBeNull();
    while (canRedo(state.history)) state = redo(state.doc, state.history)!;
    expect(state.doc).toEqual(done.doc);
    expect(redo(state.doc, state.history)).toBeNull();
  });

  it('jumpTo any cursor equals replaying that many edits, and clamps', () => {
    const done = commitAll(start, edits);
    for (let k = 0; k <= edits.length; k++) {
      expect(jumpTo(done.doc, done.history, k).doc).toEqual(commitAll(start, edits.slice(0, k)).doc);
    }
    expect(jumpTo(done.doc, done.history, -5).history.cursor).toBe(0);
    expect(jumpTo(done.doc, done.history, 99).history.cursor).toBe(edits.length);
    expect(jumpTo(done.doc, done.history, edits.length).doc).toBe(done.doc);
  });
});
