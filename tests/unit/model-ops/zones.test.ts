// Referred-pain zones: painting and erasing strokes (one undo step each), the brush and size limits,
// linking a zone to its trigger points, deleting a point or a zone.
import { describe, expect, it } from 'vitest';
import { deleteZone, isStorableStroke, linkZone, paintStroke, roundStrokeCoordinate, zonePositionCount } from '../../../src/model/zone-operations';
import { deletePoint } from '../../../src/model/operations';
import { emptyHistory, record, redo, undo } from '../../../src/history/history';
import {
  MAX_BRUSH_RADIUS,
  MAX_HEIGHT,
  MAX_STROKES_PER_ZONE,
  MAX_STROKE_POSITIONS,
  MAX_ZONES,
  MAX_ZONE_POSITIONS,
  MIN_BRUSH_RADIUS,
} from '../../../src/model/limits';
import type { MapDocument, Stroke, Zone } from '../../../src/model/types';
import { changed, mapWithSessions, run, testStroke, testZone } from '../support/sessions';

const PAINTED_AT = '2026-12-03T10:05:00.000Z';

/** p0, p1 and p2 found in session 1, session 2 started. */
const twoSessions = () => mapWithSessions(['2026-11-29', '2026-12-06'], 3);

function withZones(doc: MapDocument, zones: readonly Zone[]): MapDocument {
  return { ...doc, zones: { ...doc.zones, ...Object.fromEntries(zones.map((z) => [z.id, z])) } };
}

const paint = (zone: string, stroke: Stroke = testStroke(), extra: { session?: string; linkTo?: string | null } = {}) =>
  paintStroke({ zone, session: extra.session ?? 'session-2', stroke, createdAt: PAINTED_AT, linkTo: extra.linkTo });

describe('painting a zone', () => {
  it('creates the zone with its first stroke, in the session, in one step', () => {
    const stroke = testStroke(4);
    const edit = paint('z1', stroke);
    expect(edit.label).toBe('Paint referred-pain zone');
    const { doc, entry } = changed(twoSessions(), edit);
    const zone: Zone = { id: 'z1', session: 'session-2', points: [], strokes: [stroke], createdAt: PAINTED_AT };
    expect(doc.zones.z1).toEqual(zone);
    expect(entry.patches).toEqual([{ op: 'add', path: ['zones', 'z1'], value: zone }]);
  });

  it('links the new zone to the selected point in the same step', () => {
    const { doc, entry } = changed(twoSessions(), paint('z1', testStroke(), { linkTo: 'p1' }));
    expect(doc.zones.z1?.points).toEqual(['p1']);
    expect(entry.patches).toHaveLength(1);
    // A point that is not on the map is not linked; the zone is still painted.
    expect(changed(twoSessions(), paint('z1', testStroke(), { linkTo: 'gone' })).doc.zones.z1?.points).toEqual([]);
  });

  it('adds a later stroke to the zone, keeping the zone’s session and links', () => {
    const first = changed(twoSessions(), paint('z1', testStroke(2), { linkTo: 'p0' })).doc;
    const second = testStroke(3, { radius: 0.05 });
    const { doc, entry } = changed(first, paint('z1', second, { session: 'session-1' }));
    expect(doc.zones.z1?.strokes).toEqual([testStroke(2), second]);
    expect(doc.zones.z1).toMatchObject({ session: 'session-2', points: ['p0'], createdAt: PAINTED_AT });
    expect(entry.patches).toEqual([{ op: 'add', path: ['zones', 'z1', 'strokes', 1], value: second }]);
  });

  it('keeps its own copy of the stroke', () => {
    const stroke = { ...testStroke(2), path: [...testStroke(2).path] };
    const { doc } = changed(twoSessions(), paint('z1', stroke));
    (stroke.path as number[])[0] = 2.5;
    expect(doc.zones.z1?.strokes[0]?.path[0]).toBe(testStroke(2).path[0]);
  });

  it('erasing takes colour away from an existing zone as a stroke of its own', () => {
    const painted = changed(twoSessions(), paint('z1')).doc;
    const eraser = testStroke(2, { erase: true });
    const edit = paint('z1', eraser);
    expect(edit.label).toBe('Erase from zone');
    expect(changed(painted, edit).doc.zones.z1?.strokes).toEqual([testStroke(), eraser]);
  });

  it('erasing never creates a zone', () => {
    expect(run(twoSessions(), paint('z1', testStroke(3, { erase: true })))).toBeNull();
  });

  it('refuses a new zone in a session the map does not have, or with an id that is not safe', () => {
    expect(run(twoSessions(), paint('z1', testStroke(), { session: 'session-9' }))).toBeNull();
    for (const id of ['__proto__', 'constructor', 'a zone', '', 'z'.repeat(65)]) expect(run(twoSessions(), paint(id)), id).toBeNull();
  });
});

describe('the brush and stroke limits', () => {
  it(`refuses a brush smaller than ${MIN_BRUSH_RADIUS * 100} cm or larger than ${MAX_BRUSH_RADIUS * 100} cm`, () => {
    for (const radius of [0, 0.005, MIN_BRUSH_RADIUS - 0.0001, MAX_BRUSH_RADIUS + 0.0001, 0.5, -0.03, Number.NaN, Infinity]) {
      expect(run(twoSessions(), paint('z1', testStroke(3, { radius }))), String(radius)).toBeNull();
    }
    for (const radius of [MIN_BRUSH_RADIUS, MAX_BRUSH_RADIUS]) expect(run(twoSessions(), paint('z1', testStroke(3, { radius }))), String(radius)).not.toBeNull();
  });

  it('refuses an empty path, a path of broken triples, or positions that are not finite or off the body', () => {
    const bad: number[][] = [[], [0.1, 1.1], [0.1, 1.1, -0.1, 0.2], [0.1, Number.NaN, 0], [Infinity, 1, 0], [0.1, MAX_HEIGHT + 0.5, 0], [-MAX_HEIGHT - 1, 1, 0]];
    for (const path of bad) expect(run(twoSessions(), paint('z1', { radius: 0.03, erase: false, path })), JSON.stringify(path)).toBeNull();
  });

  it(`refuses a stroke of more than ${MAX_STROKE_POSITIONS.toLocaleString('en')} positions`, () => {
    expect(run(twoSessions(), paint('z1', testStroke(MAX_STROKE_POSITIONS + 1)))).toBeNull();
    expect(changed(twoSessions(), paint('z1', testStroke(MAX_STROKE_POSITIONS))).doc.zones.z1?.strokes[0]?.path).toHaveLength(MAX_STROKE_POSITIONS * 3);
  });

  it(`stops at ${MAX_STROKES_PER_ZONE} strokes in one zone`, () => {
    const strokes = Array.from({ length: MAX_STROKES_PER_ZONE }, () => testStroke(1));
    const full = withZones(twoSessions(), [testZone('z1', { strokes })]);
    expect(run(full, paint('z1', testStroke(1)))).toBeNull();
    expect(run(withZones(twoSessions(), [testZone('z1', { strokes: strokes.slice(1) })]), paint('z1', testStroke(1)))).not.toBeNull();
  });

  it(`stops at ${MAX_ZONES} zones per map, still adding strokes to the zones it has`, () => {
    const zones = Array.from({ length: MAX_ZONES }, (_, i) => testZone(`z${i}`, { strokes: [testStroke(1)] }));
    const full = withZones(twoSessions(), zones);
    expect(run(full, paint('one-more'))).toBeNull();
    expect(run(full, paint('z0', testStroke(1)))).not.toBeNull();
  });

  it(`stops at ${MAX_ZONE_POSITIONS.toLocaleString('en')} brush positions over all zones`, () => {
    const perStroke = MAX_STROKE_POSITIONS;
    const strokes = Array.from({ length: MAX_ZONE_POSITIONS / perStroke }, () => testStroke(perStroke));
    const full = withZones(twoSessions(), [testZone('z1', { strokes: strokes.slice(0, 15) }), testZone('z2', { strokes: strokes.slice(15) })]);
    expect(zonePositionCount(full)).toBe(MAX_ZONE_POSITIONS);
    expect(run(full, paint('z1', testStroke(1)))).toBeNull();
    expect(run(full, paint('z3', testStroke(1)))).toBeNull();
    const oneShort = withZones(twoSessions(), [testZone('z1', { strokes: [...strokes.slice(1), testStroke(perStroke - 1)] })]);
    expect(zonePositionCount(oneShort)).toBe(MAX_ZONE_POSITIONS - 1);
    expect(run(oneShort, paint('z1', testStroke(1)))).not.toBeNull();
    expect(run(oneShort, paint('z1', testStroke(2)))).toBeNull();
  });

  it('says which strokes the map can store', () => {
    expect(isStorableStroke(testStroke())).toBe(true);
    expect(isStorableStroke(testStroke(3, { radius: 0.2 }))).toBe(false);
    expect(isStorableStroke({ ...testStroke(), erase: 'yes' as unknown as boolean })).toBe(false);
  });

  it('stores body coordinates to a tenth of a millimetre', () => {
    expect(roundStrokeCoordinate(0.123456)).toBe(0.1235);
    expect(roundStrokeCoordinate(-1.00004)).toBe(-1);
  });
});

describe('linking a zone to its trigger points', () => {
  const painted = () => withZones(twoSessions(), [testZone('z1')]);

  it('links and unlinks a point, one step each', () => {
    const link = linkZone('z1', 'p2', true);
    expect(link.label).toBe('Link zone to point');
    const linked = changed(painted(), link).doc;
    expect(linked.zones.z1?.points).toEqual(['p2']);
    const both = changed(linked, linkZone('z1', 'p0', true)).doc;
    expect(both.zones.z1?.points).toEqual(['p2', 'p0']);
    const unlink = linkZone('z1', 'p2', false);
    expect(unlink.label).toBe('Unlink zone from point');
    expect(changed(both, unlink).doc.zones.z1?.points).toEqual(['p0']);
  });

  it('records nothing when already linked, not linked, or the zone or point is unknown', () => {
    const linked = changed(painted(), linkZone('z1', 'p2', true)).doc;
    expect(run(linked, linkZone('z1', 'p2', true))).toBeNull();
    expect(run(linked, linkZone('z1', 'p1', false))).toBeNull();
    expect(run(linked, linkZone('z9', 'p1', true))).toBeNull();
    expect(run(linked, linkZone('z1', 'gone', true))).toBeNull();
    expect(run(linked, linkZone('__proto__', 'p1', true))).toBeNull();
  });
});

describe('deleting', () => {
  it('a point takes it out of every zone linked to it, in the same step, and undo puts both back', () => {
    const doc = withZones(twoSessions(), [testZone('z1', { points: ['p0', 'p1'] }), testZone('z2', { points: ['p1'] }), testZone('z3', { points: ['p2'] })]);
    const { doc: after, entry } = changed(doc, deletePoint('p1', doc));
    expect(after.points.p1).toBeUndefined();
    expect(after.zones.z1?.points).toEqual(['p0']);
    expect(after.zones.z2?.points).toEqual([]);
    // The zones themselves stay: the therapist painted them.
    expect(Object.keys(after.zones)).toEqual(['z1', 'z2', 'z3']);
    expect(after.zones.z3).toBe(doc.zones.z3);
    const back = undo(after, { entries: [entry], cursor: 1 })!;
    expect(back.doc).toEqual(doc);
  });

  it('a zone removes it and its strokes, and nothing else', () => {
    const doc = withZones(twoSessions(), [testZone('z1', { points: ['p0'] }), testZone('z2')]);
    const edit = deleteZone('z1');
    expect(edit.label).toBe('Delete referred-pain zone');
    const { doc: after } = changed(doc, edit);
    expect(Object.keys(after.zones)).toEqual(['z2']);
    expect(after.points).toBe(doc.points);
    expect(run(after, deleteZone('z1'))).toBeNull();
    expect(run(after, deleteZone('__proto__'))).toBeNull();
  });
});

describe('undoing a stroke', () => {
  it('takes away exactly that stroke, and redo puts it back', () => {
    const start = twoSessions();
    const first = changed(start, paint('z1', testStroke(2), { linkTo: 'p0' }));
    let history = record(emptyHistory(), first.entry).history;
    const second = changed(first.doc, paint('z1', testStroke(3, { radius: 0.06 })));
    history = record(history, second.entry).history;

    const once = undo(second.doc, history)!;
    expect(once.doc).toEqual(first.doc);
    const twice = undo(once.doc, once.history)!;
    expect(twice.doc).toEqual(start);
    expect(twice.doc.zones).toEqual({});

    const again = redo(twice.doc, twice.history)!;
    expect(again.doc).toEqual(first.doc);
    expect(redo(again.doc, again.history)!.doc).toEqual(second.doc);
  });
});
