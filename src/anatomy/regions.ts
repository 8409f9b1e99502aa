// The region catalog: every named structure on every layer that a trigger point can sit on, with its
// side, SNOMED CT code where anatomy.md gives one, and its index as stored per vertex in the model.

import type { LayerId } from './layers';
import type { RegionId, Side } from '../model/types';

export interface Region {
  /** Stable id, `${structure}.${side}`, e.g. "trapezius.left", "linea-alba.midline". */
  readonly id: RegionId;
  /** The structure without side, e.g. "trapezius", "quadratus-lumborum". */
  readonly structure: string;
  /** Lower-case name in the therapist's words, used in labels: "Place point on trapezius (left)". */
  readonly name: string;
  readonly side: Side;
  readonly layer: LayerId;
  /** SNOMED CT concept id where anatomy.md gives one; undefined rather than a guess. */
  readonly snomed?: string;
  /** Where its trigger points typically refer pain (reference, not a diagnosis). */
  readonly referral?: string;
  /** Index stored in the model's per-vertex _REGION attribute (0..65535), unique across all layers. */
  readonly index: number;
}

// The catalog is filled in by the model work (issue 2); until then only its shape is fixed here.
export const REGIONS: readonly Region[] = [];

const byId = new Map<RegionId, Region>(REGIONS.map((r) => [r.id, r]));
const byIndex = new Map<number, Region>(REGIONS.map((r) => [r.index, r]));

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && byId.has(value);
}

export function regionById(id: RegionId): Region | undefined {
  return byId.get(id);
}

export function regionByIndex(index: number): Region | undefined {
  return byIndex.get(index);
}
