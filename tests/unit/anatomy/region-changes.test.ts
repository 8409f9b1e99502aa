// regionChanges: which saved points land on a different region of a new model, reported once with old and new
// region; unchanged points, renamed ids and spots the model cannot answer are not reported.

import { describe, expect, it } from 'vitest';
import { regionChanges } from '../../../src/anatomy/region-changes';
import type { Anchor, RegionId } from '../../../src/model/types';

const anchor = (angle: number, height: number, layer: Anchor['layer'] = 'deepMuscle'): Anchor => ({
  layer,
  angle,
  height,
  position: [0, height, 0],
  normal: [0, 0, 1],
  face: 0,
  barycentric: [1, 0, 0],
  modelVersion: 'torso-2026.2',
});

/** A stand-in for the new model: a region per (angle, height) key, null where it finds no surface. */
const model = (table: Record<string, RegionId | null>) => (a: Anchor): RegionId | null => table[`${a.angle},${a.height}`] ?? null;

describe('regionChanges', () => {
  it('reports only the points whose region differs on the new model, sorted by point id, with old and new region', () => {
    const points = {
      p2: { anchor: anchor(2.4, 1.115), region: 'longissimus-thoracis.left' },
      p1: { anchor: anchor(2.2, 1.115), region: 'quadratus-lumborum.left' },
      p3: { anchor: anchor(-2.6, 1.3, 'skeleton'), region: 'ribs.right' },
    };
    const changes = regionChanges(points, model({
      '2.4,1.115': 'longissimus-thoracis.left',
      '2.2,1.115': 'lumbar-iliocostalis.left',
      '-2.6,1.3': 'thoracic-vertebrae.midline',
    }));
    expect(changes).toEqual([
      { pointId: 'p1', oldRegion: 'quadratus-lumborum.left', newRegion: 'lumbar-iliocostalis.left' },
      { pointId: 'p3', oldRegion: 'ribs.right', newRegion: 'thoracic-vertebrae.midline' },
    ]);
  });

  it('does not report a stored id that was only renamed, and leaves out spots the model has no surface at', () => {
    const points = {
      a: { anchor: anchor(2.7, 1.4, 'intermediateMuscle'), region: 'rhomboids.left' },
      b: { anchor: anchor(0.1, 0.75), region: 'iliopsoas.left' },
    };
    expect(regionChanges(points, model({ '2.7,1.4': 'rhomboid-major.left', '0.1,0.75': null }))).toEqual([]);
    // Under the new name a real change is still reported, naming the id that was stored.
    expect(regionChanges(points, model({ '2.7,1.4': 'rhomboid-minor.left' }))).toEqual([
      { pointId: 'a', oldRegion: 'rhomboids.left', newRegion: 'rhomboid-minor.left' },
    ]);
  });

  it('returns nothing for an empty map', () => {
    expect(regionChanges({}, () => 'multifidus.left')).toEqual([]);
  });
});
