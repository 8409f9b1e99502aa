// Labels name regions in the therapist's words; selectors list points in their stable order.
import { describe, expect, it } from 'vitest';
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
