// Version 1 -> 2: the model gained three muscle depths and a skeleton, so the single "muscle" layer is
// gone. A point keeps its surface coordinate; its region is renamed where the catalog retired the id
// (rhomboids -> rhomboid major) and it moves to the layer its region lived on in version 2.
// The tables below are frozen copies of the version 1 and 2 catalogs: this step must migrate old files the
// same way whatever the live catalog becomes, so it never reads src/anatomy.

import type { MigrationResult } from './migrations';
import { isPlainObject } from './untrusted';

/** Version 1 structures that version 2 renamed (both sides keep their side suffix). */
const RENAMED_STRUCTURES: Readonly<Record<string, string>> = {
  rhomboids: 'rhomboid-major',
};

/** Every structure on version 1's "muscle" layer, by the version 2 layer it moved to (after renaming). */
const MUSCLE_LAYER_IN_V2: Readonly<Record<string, readonly string[]>> = {
  superficialMuscle: [
    'upper-trapezius', 'middle-trapezius', 'lower-trapezius', 'sternocleidomastoid', 'infrahyoid', 'deltoid',
    'pectoralis-major', 'latissimus-dorsi', 'external-oblique', 'rectus-abdominis', 'gluteus-maximus',
    'tensor-fasciae-latae', 'quadriceps', 'adductors', 'hamstrings',
  ],
  intermediateMuscle: [
    'levator-scapulae', 'scalenes', 'rhomboid-major', 'supraspinatus', 'infraspinatus', 'teres-minor', 'teres-major',
    'serratus-anterior', 'gluteus-medius',
  ],
  deepMuscle: ['multifidus', 'longissimus-thoracis', 'lumbar-iliocostalis', 'quadratus-lumborum'],
};

const V1_SIDES = ['left', 'right'] as const;

/** Version 1 region id -> [version 2 region id, version 2 layer], for the regions of v1's muscle layer. */
const V1_MUSCLE_REGIONS: ReadonlyMap<string, readonly [string, string]> = new Map(
  Object.entries(MUSCLE_LAYER_IN_V2).flatMap(([layer, structures]) =>
    structures.flatMap((structure) => {
      const oldStructure = Object.keys(RENAMED_STRUCTURES).find((old) => RENAMED_STRUCTURES[old] === structure) ?? structure;
      return V1_SIDES.map((side) => [`${oldStructure}.${side}`, [`${structure}.${side}`, layer]] as const);
    })),
);

/** Where version 2 put a point of version 1's muscle layer whose region is unknown: validation then names the region. */
const UNKNOWN_MUSCLE_LAYER = 'superficialMuscle';

export function migrateV1ToV2(document: unknown): MigrationResult {
  if (!isPlainObject(document) || !isPlainObject(document.points)) return { ok: true, value: document };
  const points: Record<string, unknown> = {};
  for (const [id, point] of Object.entries(document.points)) {
    if (!isPlainObject(point) || !isPlainObject(point.anchor)) {
      points[id] = point;
      continue;
    }
    const moved = typeof point.region === 'string' ? V1_MUSCLE_REGIONS.get(point.region) : undefined;
    const region = moved ? moved[0] : point.region;
    let layer: unknown = point.anchor.layer;
    if (layer === 'muscle') layer = moved ? moved[1] : UNKNOWN_MUSCLE_LAYER;
    points[id] = { ...point, region, anchor: { ...point.anchor, layer } };
  }
  return { ok: true, value: { ...document, points } };
}
