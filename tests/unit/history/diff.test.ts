// diffPatches re-expresses a change between two documents as patches that immer applies back exactly.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatches, enablePatches } from 'immer';
import { diffPatches } from '../../../src/history/diff';

enablePatches();

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), tie('record')),
  record: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'points', 'p1', 'layer'), tie('value'), { maxKeys: 4 }),
})).record;

describe('diffPatches', () => {
  it('gives no patches for equal documents', () => {
    expect(diffPatches({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toEqual([]);
  });

  it('replaces only what changed, deep inside records', () => {
    expect(diffPatches({ points: { p1: { anchor: { layer: 'muscle', x: 1 } } } }, { points: { p1: { anchor: { layer: 'deepMuscle', x: 1 } } } })).toEqual([
      { op: 'replace', path: ['points', 'p1', 'anchor', 'layer'], value: 'deepMuscle' },
    ]);
  });

  it('turns any record into any other', () => {
    fc.assert(
      fc.property(json, json, (from, to) => {
        expect(applyPatches(from, diffPatches(from, to))).toEqual(to);
      }),
    );
  });
});
