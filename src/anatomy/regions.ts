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

/** What a structure is called and coded, before it is given sides and indices. */
interface StructureFacts {
  readonly snomed?: string;
  readonly referral?: string;
}

/** A structure on both sides: the left side gets `index`, the right side `index + 1`. */
function sided(index: number, layer: LayerId, structure: string, name: string, facts: StructureFacts = {}): Region[] {
  return (['left', 'right'] as const).map((side, i) => ({
    id: `${structure}.${side}`,
    structure,
    name,
    side,
    layer,
    index: index + i,
    ...facts,
  }));
}

function midline(index: number, layer: LayerId, structure: string, name: string, facts: StructureFacts = {}): Region {
  return { id: `${structure}.midline`, structure, name, side: 'midline', layer, index, ...facts };
}

/** Body areas used for the skin and the superficial fascia, in catalog order (indices follow this order). */
const BODY_AREAS: readonly (readonly [string, string])[] = [
  ['neck', 'the neck'],
  ['shoulder', 'the shoulder'],
  ['chest', 'the chest'],
  ['axilla', 'the armpit'],
  ['abdomen', 'the abdomen'],
  ['upper-back', 'the upper back'],
  ['lower-back', 'the lower back'],
  ['hip', 'the hip'],
  ['buttock', 'the buttock'],
  ['thigh', 'the thigh'],
];

const TRAPEZIUS = '31764008';

// Indices are stable: skin from 1, superficial fascia from 101, deep fascia from 201, muscle from 301; append new
// structures at the end of their layer's block, never renumber. Referral patterns are from anatomy.md.
export const REGIONS: readonly Region[] = [
  ...BODY_AREAS.flatMap(([area, where], i) => sided(1 + 2 * i, 'skin', `skin-${area}`, `skin of ${where}`)),
  ...BODY_AREAS.flatMap(([area, where], i) =>
    sided(101 + 2 * i, 'superficialFascia', `superficial-fascia-${area}`, `superficial fascia of ${where}`)),

  ...sided(201, 'deepFascia', 'deep-fascia', 'deep fascia'),
  ...sided(203, 'deepFascia', 'deep-cervical-fascia', 'deep cervical fascia'),
  ...sided(205, 'deepFascia', 'pectoral-fascia', 'pectoral fascia'),
  ...sided(207, 'deepFascia', 'deltoid-fascia', 'deltoid fascia'),
  ...sided(209, 'deepFascia', 'infraspinous-fascia', 'infraspinous fascia'),
  ...sided(211, 'deepFascia', 'thoracolumbar-fascia', 'thoracolumbar fascia'),
  ...sided(213, 'deepFascia', 'rectus-sheath', 'rectus sheath'),
  ...sided(215, 'deepFascia', 'gluteal-aponeurosis', 'gluteal aponeurosis'),
  ...sided(217, 'deepFascia', 'gluteal-fascia', 'gluteal fascia'),
  ...sided(219, 'deepFascia', 'fascia-lata', 'fascia lata'),
  midline(221, 'deepFascia', 'supraspinous-ligament', 'supraspinous ligament'),
  midline(222, 'deepFascia', 'linea-alba', 'linea alba'),

  ...sided(301, 'muscle', 'upper-trapezius', 'upper trapezius', {
    snomed: TRAPEZIUS,
    referral: 'posterolateral neck, mastoid, temple, behind the eye',
  }),
  ...sided(303, 'muscle', 'middle-trapezius', 'middle trapezius', { snomed: TRAPEZIUS }),
  ...sided(305, 'muscle', 'lower-trapezius', 'lower trapezius', { snomed: TRAPEZIUS }),
  ...sided(307, 'muscle', 'sternocleidomastoid', 'sternocleidomastoid', { snomed: '22823000' }),
  ...sided(309, 'muscle', 'levator-scapulae', 'levator scapulae', {
    referral: 'angle of the neck, vertebral border of scapula, posterior shoulder',
  }),
  ...sided(311, 'muscle', 'scalenes', 'scalenes'),
  ...sided(313, 'muscle', 'infrahyoid', 'infrahyoid muscles'),
  ...sided(315, 'muscle', 'rhomboids', 'rhomboids'),
  ...sided(317, 'muscle', 'supraspinatus', 'supraspinatus', { snomed: '6423006' }),
  ...sided(319, 'muscle', 'infraspinatus', 'infraspinatus', { snomed: '72573008', referral: 'deep anterior shoulder' }),
  ...sided(321, 'muscle', 'teres-minor', 'teres minor', { snomed: '51159009' }),
  ...sided(323, 'muscle', 'teres-major', 'teres major', { snomed: '1193009' }),
  ...sided(325, 'muscle', 'deltoid', 'deltoid'),
  ...sided(327, 'muscle', 'pectoralis-major', 'pectoralis major'),
  ...sided(329, 'muscle', 'serratus-anterior', 'serratus anterior', { snomed: '18346003' }),
  ...sided(331, 'muscle', 'latissimus-dorsi', 'latissimus dorsi', {
    snomed: '15665001',
    referral: 'inferior angle of scapula, medial arm',
  }),
  ...sided(333, 'muscle', 'external-oblique', 'external oblique'),
  ...sided(335, 'muscle', 'rectus-abdominis', 'rectus abdominis'),
  ...sided(337, 'muscle', 'multifidus', 'multifidus', {
    referral: 'spinous process at its level or a few segments lower',
  }),
  ...sided(339, 'muscle', 'longissimus-thoracis', 'longissimus thoracis', {
    snomed: '88340001',
    referral: 'sacroiliac region',
  }),
  ...sided(341, 'muscle', 'lumbar-iliocostalis', 'lumbar iliocostalis', { snomed: '57651003', referral: 'mid-buttock' }),
  ...sided(343, 'muscle', 'quadratus-lumborum', 'quadratus lumborum', {
    referral: 'sacroiliac joint, lower buttock, iliac crest, groin, greater trochanter',
  }),
  ...sided(345, 'muscle', 'gluteus-medius', 'gluteus medius', {
    snomed: '78333006',
    referral: 'sacrum, iliac crest, lateral hip',
  }),
  ...sided(347, 'muscle', 'gluteus-maximus', 'gluteus maximus', { snomed: '206007' }),
  ...sided(349, 'muscle', 'tensor-fasciae-latae', 'tensor fasciae latae'),
  ...sided(351, 'muscle', 'quadriceps', 'quadriceps'),
  ...sided(353, 'muscle', 'adductors', 'adductors'),
  ...sided(355, 'muscle', 'hamstrings', 'hamstrings'),
];

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
