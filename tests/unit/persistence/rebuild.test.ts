// Opening a stored map whose steps are all sound takes one pass: the map and its undo history come back
// exactly as they were saved, for any mix of steps, undone steps and steps folded out of the history, and a
// damaged step still sends the map down the careful path that leaves it out.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, emptyHistory, record, undo } from '../../../src/history/history';
import type { HistoryEntry, HistoryState } from '../../../src/history/types';
import type { Edit } from '../../../src/model/operations';
import { deletePoint, placePoint, setKind, setNotes } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import type { MapDocument } from '../../../src/model/types';
import { rebuildMap } from '../../../src/persistence/rebuild';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { FIRST_SESSION, testMap, testPoint } from '../../fixtures/maps';

type Step = { op: 'pain'; point: number; pain: number } | { op: 'kind'; point: number; latent: boolean } | { op: 'notes'; point: number; text: string } | { op: 'place' } | { op: 'delete'; point: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('pain' as const), point: fc.nat(29), pain: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ op: fc.constant('kind' as const), point: fc.nat(29), latent: fc.boolean() }),
  fc.record({ op: fc.constant('notes' as const), point: fc.nat(29), text: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant('place' as const) }),
  fc.record({ op: fc.constant('delete' as const), point: fc.nat(29) }),
);

const json = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Replays the steps like the editor, with `undone` of them undone at the end, returning every entry made. */
function session(steps: readonly Step[], undone: number) {
  const base = testMap(20);
  let doc: MapDocument = base;
  let history: HistoryState = emptyHistory();
  let placed = 0;
  steps.forEach((step, i) => {
    const id = `p${step.op === 'place' ? 0 : step.point}`;
    const edit: Edit | null =
      step.op === 'pain'
        ? setPain(id, FIRST_SESSION, step.pain)
        : step.op === 'kind'
          ? setKind(id, step.latent ? 'latent' : 'active')
          : step.op === 'notes'
            ? setNotes(id, step.text)
            : step.op === 'delete'
              ? Object.hasOwn(doc.points, id) ? deletePoint(id, doc) : null
              : placePoint(testPoint(`new${placed++}`, { order: `b${String(placed).padStart(3, '0')}` }));
    if (!edit) return;
    const applied = applyEdit(doc, edit, { id: `e${i}`, at: new Date(Date.UTC(2026, 11, 1, 9, 0, i)).toISOString() });
    if (!applied) return;
    doc = applied.doc;
    history = record(history, applied.entry).history;
  });
  for (let i = 0; i < undone; i++) {
    const back = undo(doc, history);
    if (!back) break;
    ({ doc, history } = back);
  }
  return { base, doc, history };
}

describe('opening a stored map in one pass', () => {
  it('gives back the map and its history as saved, with undone and folded steps', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), fc.nat(10), fc.nat(10), (steps, undoneWish, foldWish) => {
        const { base, doc, history } = session(steps, undoneWish);
        // The first `folded` steps are dropped from the history but not yet folded into the stored base.
        const folded = Math.min(foldWish, history.cursor);
        const kept: HistoryEntry[] = history.entries.slice(folded);
        const head = { schemaVersion: SCHEMA_VERSION, mapId: base.id, baseSeq: 0, firstSeq: folded, cursor: history.cursor - folded, count: kept.length };
        const rebuilt = rebuildMap(head, json(base), json(history.entries));
        expect(rebuilt.ok).toBe(true);
        if (!rebuilt.ok) return;
        expect(rebuilt.recovered).toBeUndefined();
        expect(rebuilt.doc).toEqual(doc);
        expect(rebuilt.history.cursor).toBe(history.cursor - folded);
        expect(rebuilt.history.entries).toEqual(json(kept));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out a step that makes a point invalid, keeping the steps before it', () => {
    const { base, history } = session([{ op: 'pain', point: 1, pain: 3 }, { op: 'pain', point: 2, pain: 4 }, { op: 'pain', point: 3, pain: 5 }], 0);
    const stored = json([...history.entries]);
    // The third step now writes a pain of 12 into point p3.
    const third = stored[2]!;
    stored[2] = { ...third, patches: third.patches.map((p) => ({ ...p, value: 12 })) };
    const head = { schemaVersion: SCHEMA_VERSION, mapId: base.id, baseSeq: 0, firstSeq: 0, cursor: 3, count: 3 };
    const rebuilt = rebuildMap(head, json(base), stored);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    expect(rebuilt.recovered).toMatch(/left the map invalid/);
    expect(rebuilt.doc.points.p2!.readings[FIRST_SESSION]!.pain).toBe(4);
    expect(rebuilt.doc.points.p3!.readings[FIRST_SESSION]!.pain).not.toBe(12);
    expect(rebuilt.history.cursor).toBe(2);
  });

  it('refuses a step that swaps an untouched point for a look-alike, via the careful path', () => {
    const { base, history } = session([{ op: 'pain', point: 1, pain: 3 }], 0);
    const stored = json([...history.entries]);
    // A damaged step that also rewrites p5's notes as an object: p5 is touched, so it is validated.
    stored[0] = { ...stored[0]!, patches: [...stored[0]!.patches, { op: 'replace', path: ['points', 'p5', 'notes'], value: { html: '<b>' } }] };
    const head = { schemaVersion: SCHEMA_VERSION, mapId: base.id, baseSeq: 0, firstSeq: 0, cursor: 1, count: 1 };
    const rebuilt = rebuildMap(head, json(base), stored);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    expect(rebuilt.doc.points.p5!.notes).toBe('Point 5');
    expect(rebuilt.recovered).toBeDefined();
  });
});
