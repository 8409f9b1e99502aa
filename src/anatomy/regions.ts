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
  /** Other names a therapist may search for ("QL", "lats", "SCM"); the name and id are always searchable too. */
  readonly aliases?: readonly string[];
  /**
   * A per-layer-and-side fallback that regionAt answers where a muscle layer has no muscle; it has no vertices in
   * the model.
   */
  readonly placeholder?: boolean;
}

/** What a structure is called and coded, before it is given sides and indices. */
interface StructureFacts {
  readonly snomed?: string;
  readonly referral?: string;
  readonly aliases?: readonly string[];
  readonly placeholder?: boolean;
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

// Indices are stable: skin from 1, superficial fascia from 101, deep fascia from 201, muscles from 301 (on three
// layers), skeleton from 501; append new structures, never renumber or reuse. Referral patterns are from anatomy.md.
// The parts of trapezius carry no SNOMED code: 31764008 is the whole muscle, and there is no whole-trapezius region.
export const REGIONS: readonly Region[] = [
  ...BODY_AREAS.flatMap(([area, where], i) => sided(1 + 2 * i, 'skin', `skin-${area}`, `skin of ${where}`)),
  ...BODY_AREAS.flatMap(([area, where], i) =>
    sided(101 + 2 * i, 'superficialFascia', `superficial-fascia-${area}`, `superficial fascia of ${where}`)),

  ...sided(201, 'deepFascia', 'deep-fascia', 'deep fascia'),
  ...sided(203, 'deepFascia', 'deep-cervical-fascia', 'deep cervical fascia'),
  ...sided(205, 'deepFascia', 'pectoral-fascia', 'pectoral fascia'),
  ...sided(207, 'deepFascia', 'deltoid-fascia', 'deltoid fascia'),
  ...sided(209, 'deepFascia', 'infraspinous-fascia', 'infraspinous fascia'),
  ...sided(211, 'deepFascia', 'thoracolumbar-fascia', 'thoracolumbar fascia', { aliases: ['TLF', 'lumbodorsal fascia'] }),
  ...sided(213, 'deepFascia', 'rectus-sheath', 'rectus sheath'),
  ...sided(215, 'deepFascia', 'gluteal-aponeurosis', 'gluteal aponeurosis', { aliases: ['gluteal fascia'] }),
  ...sided(217, 'deepFascia', 'gluteal-fascia', 'gluteal fascia'),
  ...sided(219, 'deepFascia', 'fascia-lata', 'fascia lata', { aliases: ['IT band', 'ITB', 'iliotibial tract'] }),
  midline(221, 'deepFascia', 'supraspinous-ligament', 'supraspinous ligament'),
  midline(222, 'deepFascia', 'linea-alba', 'linea alba'),

  // Muscles (indices from 301, appended in order; 315/316 belonged to the retired "rhomboids").
  ...sided(301, 'superficialMuscle', 'upper-trapezius', 'upper trapezius', {
    referral: 'posterolateral neck, mastoid, temple, behind the eye',
    aliases: ['trapezius', 'trap', 'traps', 'upper trap'],
  }),
  ...sided(303, 'superficialMuscle', 'middle-trapezius', 'middle trapezius', {
    aliases: ['trapezius', 'trap', 'traps', 'middle trap'],
  }),
  ...sided(305, 'superficialMuscle', 'lower-trapezius', 'lower trapezius', {
    aliases: ['trapezius', 'trap', 'traps', 'lower trap'],
  }),
  ...sided(307, 'superficialMuscle', 'sternocleidomastoid', 'sternocleidomastoid', {
    snomed: '22823000',
    aliases: ['SCM'],
  }),
  ...sided(309, 'intermediateMuscle', 'levator-scapulae', 'levator scapulae', {
    referral: 'angle of the neck, vertebral border of scapula, posterior shoulder',
    aliases: ['levator'],
  }),
  ...sided(311, 'intermediateMuscle', 'scalenes', 'scalenes', { aliases: ['scalene', 'scaleni'] }),
  ...sided(313, 'superficialMuscle', 'infrahyoid', 'infrahyoid muscles', { aliases: ['strap muscles'] }),
  ...sided(317, 'intermediateMuscle', 'supraspinatus', 'supraspinatus', { snomed: '6423006', aliases: ['rotator cuff'] }),
  ...sided(319, 'intermediateMuscle', 'infraspinatus', 'infraspinatus', {
    snomed: '72573008',
    referral: 'deep anterior shoulder',
    aliases: ['rotator cuff'],
  }),
  ...sided(321, 'intermediateMuscle', 'teres-minor', 'teres minor', { snomed: '51159009', aliases: ['rotator cuff'] }),
  ...sided(323, 'intermediateMuscle', 'teres-major', 'teres major', { snomed: '1193009' }),
  ...sided(325, 'superficialMuscle', 'deltoid', 'deltoid', { aliases: ['delt', 'delts'] }),
  ...sided(327, 'superficialMuscle', 'pectoralis-major', 'pectoralis major', { aliases: ['pec major', 'pecs', 'pec'] }),
  ...sided(329, 'intermediateMuscle', 'serratus-anterior', 'serratus anterior', { snomed: '18346003', aliases: ['serratus'] }),
  ...sided(331, 'superficialMuscle', 'latissimus-dorsi', 'latissimus dorsi', {
    snomed: '15665001',
    referral: 'inferior angle of scapula, medial arm',
    aliases: ['lats', 'lat'],
  }),
  ...sided(333, 'superficialMuscle', 'external-oblique', 'external oblique', { aliases: ['obliques', 'EO'] }),
  ...sided(335, 'superficialMuscle', 'rectus-abdominis', 'rectus abdominis', { aliases: ['abs', 'six-pack'] }),
  ...sided(337, 'deepMuscle', 'multifidus', 'multifidus', {
    referral: 'spinous process at its level or a few segments lower',
    aliases: ['paraspinals', 'transversospinalis'],
  }),
  ...sided(339, 'deepMuscle', 'longissimus-thoracis', 'longissimus thoracis', {
    snomed: '88340001',
    referral: 'sacroiliac region',
    aliases: ['erector spinae', 'paraspinals', 'longissimus'],
  }),
  ...sided(341, 'deepMuscle', 'lumbar-iliocostalis', 'lumbar iliocostalis', {
    snomed: '57651003',
    referral: 'mid-buttock',
    aliases: ['erector spinae', 'paraspinals', 'iliocostalis lumborum'],
  }),
  ...sided(343, 'deepMuscle', 'quadratus-lumborum', 'quadratus lumborum', {
    referral: 'sacroiliac joint, lower buttock, iliac crest, groin, greater trochanter',
    aliases: ['QL'],
  }),
  ...sided(345, 'intermediateMuscle', 'gluteus-medius', 'gluteus medius', {
    snomed: '78333006',
    referral: 'sacrum, iliac crest, lateral hip',
    aliases: ['glute med', 'gluteals', 'glutes'],
  }),
  ...sided(347, 'superficialMuscle', 'gluteus-maximus', 'gluteus maximus', {
    snomed: '206007',
    aliases: ['glute max', 'gluteals', 'glutes'],
  }),
  ...sided(349, 'superficialMuscle', 'tensor-fasciae-latae', 'tensor fasciae latae', { aliases: ['TFL'] }),
  ...sided(351, 'superficialMuscle', 'quadriceps', 'quadriceps', { aliases: ['quads'] }),
  ...sided(353, 'superficialMuscle', 'adductors', 'adductors', { aliases: ['groin'] }),
  ...sided(355, 'superficialMuscle', 'hamstrings', 'hamstrings', { aliases: ['hams'] }),
  // Added with the layered model (torso-2026.2).
  ...sided(357, 'intermediateMuscle', 'rhomboid-major', 'rhomboid major', { aliases: ['rhomboids', 'rhomboid'] }),
  ...sided(359, 'intermediateMuscle', 'rhomboid-minor', 'rhomboid minor', { aliases: ['rhomboids', 'rhomboid'] }),
  // Serratus posterior superior lies under the rhomboids, so on this model it sits on the deep-muscle layer.
  ...sided(361, 'deepMuscle', 'serratus-posterior-superior', 'serratus posterior superior', { aliases: ['SPS'] }),
  ...sided(363, 'intermediateMuscle', 'serratus-posterior-inferior', 'serratus posterior inferior', { aliases: ['SPI'] }),
  ...sided(365, 'intermediateMuscle', 'pectoralis-minor', 'pectoralis minor', { aliases: ['pec minor'] }),
  ...sided(367, 'intermediateMuscle', 'internal-oblique', 'internal oblique', { aliases: ['obliques', 'IO'] }),
  ...sided(369, 'deepMuscle', 'transversus-abdominis', 'transversus abdominis', { aliases: ['TA', 'TVA', 'core'] }),
  ...sided(371, 'deepMuscle', 'spinalis', 'spinalis', {
    snomed: '4317002',
    aliases: ['erector spinae', 'paraspinals', 'spinalis thoracis'],
  }),
  ...sided(373, 'deepMuscle', 'thoracic-iliocostalis', 'thoracic iliocostalis', {
    snomed: '57651003',
    aliases: ['erector spinae', 'paraspinals', 'iliocostalis thoracis'],
  }),
  ...sided(375, 'deepMuscle', 'gluteus-minimus', 'gluteus minimus', { aliases: ['glute min', 'gluteals', 'glutes'] }),
  ...sided(377, 'deepMuscle', 'piriformis', 'piriformis', { aliases: ['piri'] }),
  // Added with the anatomy rework (torso-2026.3): the back of the neck and the hip flexor.
  ...sided(379, 'deepMuscle', 'splenius', 'splenius capitis and cervicis', { aliases: ['splenius capitis', 'splenius cervicis', 'splenii'] }),
  ...sided(381, 'deepMuscle', 'semispinalis', 'semispinalis capitis', { aliases: ['semispinalis capitis', 'suboccipitals', 'paraspinals'] }),
  ...sided(383, 'deepMuscle', 'iliopsoas', 'iliopsoas', { aliases: ['psoas', 'iliacus', 'hip flexor', 'psoas major'] }),
  // Where a muscle layer has no muscle (covered by fascia or aponeurosis only): regionAt answers these, the model
  // has no triangles there.
  ...sided(391, 'superficialMuscle', 'superficial-muscle-layer', 'superficial muscle layer (no muscle here)', {
    placeholder: true,
  }),
  ...sided(393, 'intermediateMuscle', 'intermediate-muscle-layer', 'intermediate muscle layer (no muscle here)', {
    placeholder: true,
  }),
  ...sided(395, 'deepMuscle', 'deep-muscle-layer', 'deep muscle layer (no muscle here)', { placeholder: true }),

  // Skeleton (for orientation), from 501.
  midline(501, 'skeleton', 'cervical-vertebrae', 'cervical vertebrae', { aliases: ['cervical spine', 'C-spine', 'spinous processes'] }),
  midline(502, 'skeleton', 'thoracic-vertebrae', 'thoracic vertebrae', { aliases: ['thoracic spine', 'T-spine', 'spinous processes'] }),
  midline(503, 'skeleton', 'lumbar-vertebrae', 'lumbar vertebrae', { aliases: ['lumbar spine', 'L-spine', 'spinous processes'] }),
  midline(504, 'skeleton', 'sacrum', 'sacrum', { aliases: ['coccyx', 'tailbone'] }),
  midline(505, 'skeleton', 'sternum', 'sternum', { aliases: ['breastbone'] }),
  ...sided(506, 'skeleton', 'scapula', 'scapula', { aliases: ['shoulder blade'] }),
  ...sided(508, 'skeleton', 'clavicle', 'clavicle', { aliases: ['collarbone'] }),
  ...sided(510, 'skeleton', 'ribs', 'ribs', { aliases: ['rib cage', 'costal'] }),
  ...sided(512, 'skeleton', 'pelvis', 'hip bone', { aliases: ['pelvis', 'ilium', 'iliac crest'] }),
  ...sided(514, 'skeleton', 'femur', 'femur', { aliases: ['thigh bone', 'greater trochanter'] }),
  ...sided(516, 'skeleton', 'humerus', 'humerus', { aliases: ['upper arm bone', 'humeral head', 'greater tubercle'] }),
  ...sided(518, 'skeleton', 'costal-cartilage', 'costal cartilages', { aliases: ['costal margin', 'costochondral'] }),
];

/** Region ids that no longer exist, each mapped to its successor (maps made with an older model are migrated). */
export const REGION_RENAMES: Readonly<Record<string, string>> = {
  'rhomboids.left': 'rhomboid-major.left',
  'rhomboids.right': 'rhomboid-major.right',
};

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
