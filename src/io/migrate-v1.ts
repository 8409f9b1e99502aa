// Version 1 -> 2: the model gained three muscle depths and a skeleton, so the single "muscle" layer is
// gone. A point keeps its surface coordinate; its region is renamed where the catalog retired the id
// (rhomboids -> rhomboid major) and it moves to the layer its region now lives on.

import { REGION_RENAMES, regionById } from '../anatomy/regions';
import type { MigrationResult } from './migrations';
import type { LayerId } from '../anatomy/layers';
import { isPlainObject } from './untrusted';

export function migrateV1ToV2(document: unknown): MigrationResult {
  if (!isPlainObject(document) || !isPlainObject(document.points)) return { ok: true, value: document };
  const points: Record<string, unknown> = {};
  for (const [id, point] of Object.entries(document.points)) {
    if (!isPlainObject(point) || !isPlainObject(point.anchor)) {
      points[id] = point;
      continue;
    }
    const oldRegion = point.region;
    const region = typeof oldRegion === 'string' && Object.hasOwn(REGION_RENAMES, oldRegion) ? REGION_RENAMES[oldRegion] : oldRegion;
    let layer: unknown = point.anchor.layer;
    if (layer === 'muscle') {
      const known = typeof region === 'string' ? regionById(region) : undefined;
      // An unknown region is left for validation to report at the point's own region field.
      layer = known ? known.layer : ('superficialMuscle' satisfies LayerId);
    }
    points[id] = { ...point, region, anchor: { ...point.anchor, layer } };
  }
  return { ok: true, value: { ...document, points } };
}
