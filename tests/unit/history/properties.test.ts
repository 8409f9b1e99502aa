// Property tests: any sequence of edits, undone, gives back the starting map; undo then redo changes
// nothing; jumping to step k equals replaying the first k edits. Coalescing and the redo tail are exercised,
// and so are sessions, readings and zones. Whatever the edits, the map can be exported and opened again.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEdit,
  canRedo,
  canUndo,
  emptyHistory,
  jumpTo,
  record,
  redo,
  undo,
} from '../../../src/history/history';
import type { HistoryState } from '../../../src/history/types';
import {
  deletePoint,
  movePoint,
  placePoint,
  renameMap,
  setFinding,
  setKind,
  setNotes,
  type Edit,
} from '../../../src/model/operations';
import { setPain, setPpt, setStatus, setTechnique } from '../../../src/model/reading-operations';
import { startNextSession } from '../../../src/model/session-operations';
import { deleteZone, linkZone, paintStroke } from '../../../src/model/zone-operations';
import { REGIONS } from '../../../src/anatomy/regions';
import { newTriggerPoint } from '../../../src/model/points';
import { orderAfter } from '../../../src/model/order';
import { pointsInOrder } from '../../../src/model/selectors';
import { FINDING_KEYS, POINT_STATUSES, TRIGGER_POINT_KINDS, type Anchor, type MapDocument, type Side } from '../../../src/model/types';
import { LAYER_IDS } from '../../../src/anatomy/layers';
import { testMap } from '../../fixtures/maps';
import { mapWithSessions, reading, testZone } from '../support/sessions';
import { exportMap } from '../../../src/io/export';
import { importMap } from '../../../src/io/import';

// Real regions when the catalog has them; otherwise a small fake list (operations accept any region id).
const REGION_CHOICES: readonly { id: string; side: Side }[] =
  REGIONS.length > 0
    ? REGIONS.map((r) => ({ id: r.id, side: r.side }))
    : [
        { id: 'upper-trapezius.left', side: 'left' },
        { id: 'gluteus-medius.right', side: 'right' },
        { id: 'linea-alba.midline', side: 'midline' },
      ];

/** A few ids, so edits often hit existing points, sometimes unknown ones. */
const POINT_IDS = ['p0', 'p1', 'p2', 'q0', 'q1', 'q2'];

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const vector = fc.tuple(finite(-1, 1), finite(-1, 1), finite(-1, 1));

const anchorArb: fc.Arbitrary<Anchor> = fc.record({
  layer: fc.constantFrom(...LAYER_IDS),
  angle: finite(-Math.PI, Math.PI),
  height: finite(0, 2),
  position: vector,
  normal: vector,
  face: fc.nat(100_000),
  barycentric: fc.tuple(finite(0, 1), finite(0, 1), finite(0, 1)),
  modelVersion: fc.constantFrom('torso-1', 'torso-2'),
});

const regionArb = fc.constantFrom(...REGION_CHOICES);
const idArb = fc.constantFrom(...POINT_IDS);
/** Sessions the map has at first, one it may get (or has), and one it never has. */
const sessionArb = fc.constantFrom('session-1', 'session-2', 'session-2', 'session-9');
const zoneIdArb = fc.constantFrom('z1', 'z2');
const strokePathArb = fc.array(finite(-1, 2), { minLength: 1, maxLength: 4 }).map((xs) => xs.flatMap((x) => [x, 1, 0.1]));

/** An edit is made from the document it applies to, like the UI does (delete reads the region name). */
type EditMaker = (doc: MapDocument) => Edit;

const editArb: fc.Arbitrary<EditMaker> = fc.oneof(
  fc.tuple(idArb, anchorArb, regionArb, fc.constantFrom(...TRIGGER_POINT_KINDS)).map(
    ([id, anchor, region, kind]): EditMaker => (doc) => {
      const order = orderAfter(pointsInOrder(doc).at(-1)?.order ?? null);
      return placePoint(newTriggerPoint({ id, anchor, region: region.id, side: region.side, kind, order, createdAt: '2026-11-29T10:00:00.000Z', session: 'session-1' }));
    },
  ),
  fc.tuple(idArb, anchorArb, regionArb).map(([id, anchor, region]): EditMaker => () => movePoint(id, anchor, region.id, region.side)),
  idArb.map((id): EditMaker => (doc) => deletePoint(id, doc)),
  fc.tuple(idArb, fc.constantFrom(...TRIGGER_POINT_KINDS)).map(([id, kind]): EditMaker => () => setKind(id, kind)),
  fc.tuple(idArb, sessionArb, fc.option(fc.integer({ min: 0, max: 10 }))).map(([id, session, pain]): EditMaker => () => setPain(id, session, pain)),
  fc.tuple(idArb, sessionArb, fc.option(fc.integer({ min: 1, max: 2000 }))).map(([id, session, ppt]): EditMaker => () => setPpt(id, session, ppt === null ? null : ppt / 100)),
  fc.tuple(idArb, sessionArb, fc.constantFrom(...POINT_STATUSES)).map(([id, session, status]): EditMaker => () => setStatus(id, session, status)),
  fc.tuple(idArb, sessionArb, fc.constantFrom('Stretching', 'Foam roller'), fc.boolean()).map(([id, session, t, applied]): EditMaker => () => setTechnique(id, session, t, applied)),
  fc.constantFrom('2026-11-29', '2026-12-01', '2026-11-01').map((date): EditMaker => () => startNextSession(date)),
  fc.tuple(zoneIdArb, sessionArb, fc.boolean(), strokePathArb, fc.option(idArb)).map(
    ([zone, session, erase, path, linkTo]): EditMaker => () => paintStroke({ zone, session, stroke: { radius: 0.03, erase, path }, createdAt: '2026-11-29T10:00:00.000Z', linkTo }),
  ),
  fc.tuple(zoneIdArb, idArb, fc.boolean()).map(([zone, id, linked]): EditMaker => () => linkZone(zone, id, linked)),
  zoneIdArb.map((zone): EditMaker => () => deleteZone(zone)),
  fc.tuple(idArb, fc.constantFrom(...FINDING_KEYS), fc.boolean()).map(([id, key, present]): EditMaker => () => setFinding(id, key, present)),
  fc.tuple(idArb, fc.string({ maxLength: 20 })).map(([id, notes]): EditMaker => () => setNotes(id, notes)),
  fc.string({ maxLength: 20 }).map((label): EditMaker => () => renameMap(label)),
);

/** A step of a session: an edit, or an undo now and then so the redo tail gets dropped. */
const stepArb = fc.oneof({ weight: 5, arbitrary: editArb.map((edit) => ({ edit })) }, { weight: 1, arbitrary: fc.constant({ undo: true as const }) });

interface Session {
  doc: MapDocument;
  history: HistoryState;
}

function play(start: MapDocument, steps: readonly ({ edit: EditMaker } | { undo: true })[], cap?: number): Session {
  let state: Session = { doc: start, history: emptyHistory() };
  steps.forEach((step, i) => {
    if ('undo' in step) {
      state = undo(state.doc, state.history) ?? state;
      return;
    }
    const applied = applyEdit(state.doc, step.edit(state.doc), { id: `e${i}`, at: `2026-11-29T10:00:${String(i % 60).padStart(2, '0')}.000Z` });
    if (!applied) return;
    state = { doc: applied.doc, history: record(state.history, applied.entry, cap === undefined ? undefined : { cap }).history };
  });
  return state;
}

function undoAll(state: Session): Session {
  let at = state;
  while (canUndo(at.history)) at = undo(at.doc, at.history)!;
  return at;
}

/** A map with two sessions, p1 assessed in both, and a zone linked to p0: readings and zones are edited from the first step. */
const treated: MapDocument = (() => {
  const doc = mapWithSessions(['2026-11-29', '2026-12-06'], 3);
  const p1 = doc.points.p1!;
  const followedUp = { ...p1, readings: { ...p1.readings, 'session-2': reading({ pain: 3, ppt: 4.5, status: 'improved', techniques: ['Stretching'] }) } };
  return { ...doc, points: { ...doc.points, p1: followedUp }, zones: { z1: testZone('z1', { points: ['p0'] }) } };
})();
const startArb = fc.constantFrom(testMap(0), testMap(3), treated);

describe('history properties', () => {
  it('undoing everything returns the initial document', () => {
    fc.assert(
      fc.property(startArb, fc.array(stepArb, { maxLength: 40 }), (start, steps) => {
        expect(undoAll(play(start, steps)).doc).toEqual(start);
      }),
      { numRuns: 300 },
    );
  });

  it('undo then redo is the identity, at every step', () => {
    fc.assert(
      fc.property(startArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        let state = play(start, steps);
        while (canUndo(state.history)) {
          const back = undo(state.doc, state.history)!;
          const again = redo(back.doc, back.history)!;
          expect(again.doc).toEqual(state.doc);
          expect(again.history.cursor).toBe(state.history.cursor);
          state = back;
        }
        expect(canRedo(state.history) || state.history.entries.length === 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('jumpTo(k) equals replaying the edits that made the first k entries', () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 30 }), fc.nat(), (start, makers, pick) => {
        // Replay edit by edit; the document last seen with k entries is "k edits in" (merged typing included).
        const docWithEntries: MapDocument[] = [start];
        let state: Session = { doc: start, history: emptyHistory() };
        makers.forEach((maker, i) => {
          const applied = applyEdit(state.doc, maker(state.doc), { id: `e${i}`, at: '2026-11-29T10:00:00.000Z' });
          if (!applied) return;
          state = { doc: applied.doc, history: record(state.history, applied.entry).history };
          docWithEntries[state.history.entries.length] = state.doc;
        });
        const k = pick % (state.history.entries.length + 1);
        expect(jumpTo(state.doc, state.history, k).doc).toEqual(docWithEntries[k]);
        expect(jumpTo(state.doc, state.history, k).history.cursor).toBe(k);
      }),
      { numRuns: 200 },
    );
  });

  it('with a cap, undoing everything returns the document before the oldest kept entry', () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (start, makers, cap) => {
        const capped = play(start, makers.map((edit) => ({ edit })), cap);
        const full = play(start, makers.map((edit) => ({ edit })));
        expect(capped.doc).toEqual(full.doc);
        expect(capped.history.entries.length).toBeLessThanOrEqual(cap);
        const dropped = full.history.entries.length - capped.history.entries.length;
        expect(undoAll(capped).doc).toEqual(jumpTo(full.doc, full.history, dropped).doc);
      }),
      { numRuns: 200 },
    );
  });

  it('whatever the edits, the map can be exported and opened again the same', () => {
    fc.assert(
      fc.property(startArb, fc.array(stepArb, { maxLength: 40 }), (start, steps) => {
        const { doc } = play(start, steps);
        // Through JSON text, as export writes it (-0 comes back as 0).
        expect(importMap(exportMap(doc))).toEqual({ ok: true, doc: JSON.parse(JSON.stringify(doc)) });
      }),
      { numRuns: 200 },
    );
  });
});
