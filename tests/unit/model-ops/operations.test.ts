// Each edit: its label, what it changes (one small patch), and that a no-op or unknown id records nothing.
import { describe, expect, it } from 'vitest';
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
import { setPain } from '../../../src/model/reading-operations';
import { applyEdit } from '../../../src/history/history';
import { MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, MAX_POINTS } from '../../../src/model/limits';
import type { MapDocument } from '../../../src/model/types';
import { FIRST_SESSION, testAnchor, testMap, testPoint } from '../../fixtures/maps';
import { painOf } from '../support/readings';

const AT = { id: 'e1', at: '2026-11-29T10:00:00.000Z' };

function run(doc: MapDocument, edit: Edit) {
  return applyEdit(doc, edit, AT);
}

function changed(doc: MapDocument, edit: Edit) {
  const result = run(doc, edit);
  if (!result) throw new Error(`"${edit.label}" changed nothing`);
  return result;
}

describe('placePoint', () => {
  it('adds the point with one patch and names the region', () => {
    const point = testPoint('p1');
    const edit = placePoint(point);
    expect(edit.label).toBe('Place point on upper trapezius (left)');
    const { doc, entry } = changed(testMap(), edit);
    expect(doc.points.p1).toEqual(point);
    expect(entry.patches).toEqual([{ op: 'add', path: ['points', 'p1'], value: point }]);
  });

  it('leaves the brackets out for a midline region', () => {
    expect(placePoint(testPoint('p1', { region: 'linea-alba.midline', side: 'midline' })).label).toBe('Place point on linea alba');
  });

  it('never overwrites an existing point, a prototype key or a full map', () => {
    const doc = testMap(1);
    expect(run(doc, placePoint(testPoint('p0', { pain: 9 })))).toBeNull();
    expect(run(doc, placePoint(testPoint('__proto__')))).toBeNull();
    expect(run(doc, placePoint(testPoint('constructor')))).toBeNull();
    expect(run(doc, placePoint(testPoint('p1', { order: 'b' })))).toBeNull();
    expect(run(doc, placePoint(testPoint('p1', { anchor: testAnchor({ height: Number.NaN }) })))).toBeNull();
    const full = testMap(MAX_POINTS);
    expect(run(full, placePoint(testPoint('one-more')))).toBeNull();
  });

  it('never places a point found in a session the map does not have, or with a reading in one', () => {
    const doc = testMap(1);
    expect(run(doc, placePoint(testPoint('p1', { session: 'session-2' })))).toBeNull();
    const stray = testPoint('p1');
    const withStrayReading = { ...stray, readings: { ...stray.readings, 'session-7': { pain: 3, ppt: null, status: 'present' as const, techniques: [] } } };
    expect(run(doc, placePoint(withStrayReading))).toBeNull();
    expect(changed(doc, placePoint(stray)).doc.points.p1).toEqual(stray);
  });
});

describe('movePoint', () => {
  const anchor = testAnchor({ angle: -2.2, height: 0.95, position: [-0.1, 0.95, -0.1] });

  it('moves the anchor, region and side', () => {
    const edit = movePoint('p0', anchor, 'gluteus-medius.right', 'right');
    expect(edit.label).toBe('Move point to gluteus medius (right)');
    const { doc } = changed(testMap(1), edit);
    expect(doc.points.p0).toMatchObject({ anchor, region: 'gluteus-medius.right', side: 'right' });
  });

  it('records nothing when the point is already there, or unknown', () => {
    const doc = testMap(1);
    const same = doc.points.p0!;
    expect(run(doc, movePoint('p0', { ...same.anchor, position: [...same.anchor.position] }, same.region, same.side))).toBeNull();
    expect(run(doc, movePoint('nope', anchor, 'upper-trapezius.left', 'left'))).toBeNull();
    expect(run(doc, movePoint('constructor', anchor, 'upper-trapezius.left', 'left'))).toBeNull();
  });

  it('records nothing for an anchor that could not be saved', () => {
    const doc = testMap(1);
    for (const bad of [
      testAnchor({ angle: 4 }),
      testAnchor({ height: -1 }),
      testAnchor({ position: [0, Number.NaN, 0] }),
      testAnchor({ normal: [0, 1] as unknown as [number, number, number] }),
      testAnchor({ barycentric: [0.5, 0.5, 1.5] }),
      testAnchor({ face: -1 }),
    ]) {
      expect(run(doc, movePoint('p0', bad, 'upper-trapezius.left', 'left'))).toBeNull();
    }
  });
});

describe('deletePoint', () => {
  it('removes the point and names where it was', () => {
    const doc = { ...testMap(), points: { p1: testPoint('p1', { region: 'quadratus-lumborum.left' }) } };
    const edit = deletePoint('p1', doc);
    expect(edit.label).toBe('Delete point on quadratus lumborum (left)');
    const { doc: after, entry } = changed(doc, edit);
    expect(after.points).toEqual({});
    expect(entry.patches).toEqual([{ op: 'remove', path: ['points', 'p1'] }]);
  });

  it('ignores an unknown id', () => {
    const doc = testMap(1);
    expect(deletePoint('nope', doc).label).toBe('Delete point');
    expect(run(doc, deletePoint('nope', doc))).toBeNull();
    expect(run(doc, deletePoint('toString', doc))).toBeNull();
  });
});

describe('setKind', () => {
  it('marks the point', () => {
    expect(setKind('p0', 'active').label).toBe('Mark point as active');
    expect(changed(testMap(1), setKind('p0', 'active')).doc.points.p0?.kind).toBe('active');
  });

  it('records nothing when unchanged or unknown', () => {
    expect(run(testMap(1), setKind('p0', 'latent'))).toBeNull();
    expect(run(testMap(1), setKind('nope', 'active'))).toBeNull();
  });
});

describe('setPain', () => {
  it('sets and clears pain', () => {
    expect(setPain('p0', FIRST_SESSION, 7).label).toBe('Set pain to 7');
    expect(setPain('p0', FIRST_SESSION, null).label).toBe('Clear pain');
    const { doc, entry } = changed(testMap(1), setPain('p0', FIRST_SESSION, 7));
    expect(painOf(doc, 'p0')).toBe(7);
    expect(entry.patches).toEqual([{ op: 'replace', path: ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], value: 7 }]);
    expect(painOf(changed(doc, setPain('p0', FIRST_SESSION, null)).doc, 'p0')).toBeNull();
  });

  it('records nothing for the same value, an unknown id, or a value off the 0-10 scale', () => {
    const doc = testMap(1); // p0 has pain 0
    expect(run(doc, setPain('p0', FIRST_SESSION, 0))).toBeNull();
    expect(run(doc, setPain('nope', FIRST_SESSION, 5))).toBeNull();
    for (const bad of [11, -1, 3.5, Number.NaN, Infinity]) expect(run(doc, setPain('p0', FIRST_SESSION, bad))).toBeNull();
  });
});

describe('setFinding', () => {
  it('adds and removes a finding', () => {
    expect(setFinding('p0', 'tautBand', true).label).toBe('Add finding: taut band');
    expect(setFinding('p0', 'localTwitchResponse', false).label).toBe('Remove finding: local twitch response');
    const { doc } = changed(testMap(1), setFinding('p0', 'jumpSign', true));
    expect(doc.points.p0?.findings.jumpSign).toBe(true);
    expect(changed(doc, setFinding('p0', 'jumpSign', false)).doc.points.p0?.findings.jumpSign).toBe(false);
  });

  it('records nothing when unchanged or unknown', () => {
    expect(run(testMap(1), setFinding('p0', 'tautBand', false))).toBeNull();
    expect(run(testMap(1), setFinding('nope', 'tautBand', true))).toBeNull();
  });
});

describe('setNotes', () => {
  it('edits notes with a per-point coalesce key', () => {
    const edit = setNotes('p0', 'Refers to the temple');
    expect(edit.label).toBe('Edit notes');
    expect(edit.coalesceKey).toBe('notes:p0');
    const { doc, entry } = changed(testMap(1), edit);
    expect(doc.points.p0?.notes).toBe('Refers to the temple');
    expect(entry.coalesceKey).toBe('notes:p0');
  });

  it('keeps notes within the limit and records nothing when unchanged', () => {
    const { doc } = changed(testMap(1), setNotes('p0', 'x'.repeat(MAX_NOTES_LENGTH + 50)));
    expect(doc.points.p0?.notes).toHaveLength(MAX_NOTES_LENGTH);
    expect(run(testMap(1), setNotes('p0', 'Point 0'))).toBeNull();
    expect(run(testMap(1), setNotes('nope', 'x'))).toBeNull();
  });
});

describe('renameMap', () => {
  it('renames the map within the label limit', () => {
    expect(renameMap('B').label).toBe('Rename map');
    expect(changed(testMap(), renameMap('Demo patient B')).doc.label).toBe('Demo patient B');
    expect(changed(testMap(), renameMap('y'.repeat(300))).doc.label).toHaveLength(MAX_LABEL_LENGTH);
    expect(run(testMap(), renameMap('Demo patient A'))).toBeNull();
  });
});
