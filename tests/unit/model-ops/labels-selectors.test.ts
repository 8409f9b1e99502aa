// Labels name regions in the therapist's words; selectors list points in their stable order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regionLabel, regionName } from '../../../src/model/labels';
import { pointById, pointCount, pointsInOrder } from '../../../src/model/selectors';
import { testMap, testPoint } from '../../fixtures/maps';

describe('regionLabel', () => {
  it('names the region with its side in brackets, none for the midline', () => {
    expect(regionLabel('upper-trapezius.left', 'left')).toBe('upper trapezius (left)');
    expect(regionLabel('gluteus-medius.right', 'right')).toBe('gluteus medius (right)');
    expect(regionLabel('linea-alba.midline', 'midline')).toBe('linea alba');
  });

  it('falls back to the words of an id the catalog does not know', () => {
    expect(regionName('serratus-posterior-inferior.left')).toBe('serratus posterior inferior');
    expect(regionName('')).toBe('unknown region');
  });
});

describe('selectors', () => {
  it('lists points by order key, then id, and counts them', () => {
    const doc = {
      ...testMap(),
      points: {
        b: testPoint('b', { order: 'a1' }),
        a: testPoint('a', { order: 'a2' }),
        c: testPoint('c', { order: 'a1' }),
        d: testPoint('d', { order: 'Zz' }),
      },
    };
    expect(pointsInOrder(doc).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(pointCount(doc)).toBe(4);
  });

  it('returns the same frozen list while the points are unchanged', () => {
    const doc = testMap(3);
    const list = pointsInOrder(doc);
    expect(pointsInOrder({ ...doc, label: 'renamed' })).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
  });

  it('finds a point by id but never an inherited property', () => {
    const doc = testMap(2);
    expect(pointById(doc, 'p1')?.id).toBe('p1');
    expect(pointById(doc, 'constructor')).toBeUndefined();
    expect(pointById(doc, 'toString')).toBeUndefined();
  });
});

describe('pointsInOrder after an edit', () => {
  it('lists the points exactly as a full sort would, whatever was added, removed, changed or reordered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ op: fc.constantFrom('add', 'remove', 'note', 'reorder'), at: fc.nat(40), key: fc.constantFrom('a0', 'a1', 'a5', 'b0', 'b1', 'c0') }), { maxLength: 30 }),
        (steps) => {
          let doc = testMap(20);
          pointsInOrder(doc);
          let made = 0;
          for (const step of steps) {
            const ids = Object.keys(doc.points);
            const id = ids[step.at % Math.max(1, ids.length)];
            const points = { ...doc.points };
            if (step.op === 'add') {
              const point = testPoint(`n${made++}`, { order: step.key });
              points[point.id] = point;
            } else if (id && step.op === 'remove') {
              delete points[id];
            } else if (id && step.op === 'note') {
              points[id] = { ...points[id]!, notes: `changed ${step.at}` };
            } else if (id) {
              points[id] = { ...points[id]!, order: step.key };
            }
            doc = { ...doc, points };
            const listed = pointsInOrder(doc).map((p) => p.id);
            const sorted = Object.values(doc.points)
              .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
              .map((p) => p.id);
            expect(listed).toEqual(sorted);
            expect(pointsInOrder(doc).every((p) => p === doc.points[p.id])).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
