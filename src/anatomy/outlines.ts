// Region outlines on the generated torso: regionAt(layer, angle, height) names the structure under a surface
// coordinate on any layer, drawn from the landmarks in anatomy.md; the generator lays each muscle's patch from
// muscleOnLayer and writes the answer into every vertex.

import type { LayerId } from './layers';
import type { RegionId, Side } from '../model/types';
import { ARM_CUT_HEIGHT } from './model-facts';
import { PELVIS, SHOULDER, SPINOUS_HEIGHTS, degreesAndHeight, vertebraHeight } from './landmarks';

// Outlines are drawn for the patient's left side in degrees from the front midline (0 = front, 90 = side,
// 180 = back) against height in metres; the right side is the mirror image. Lines are [key, value] tables.
type Table = readonly (readonly [number, number])[];

/** Piecewise-linear lookup, clamped to the first and last rows. */
function at(table: Table, x: number): number {
  const first = table[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < table.length; i++) {
    const [x1, v1] = table[i]!;
    if (x <= x1) {
      const [x0, v0] = table[i - 1]!;
      return v0 + ((v1 - v0) * (x - x0)) / (x1 - x0);
    }
  }
  return table[table.length - 1]![1];
}

// Landmark heights on this model (metres), from the shared landmark table (landmarks.ts).
const C7 = SPINOUS_HEIGHTS.c7 / 1000;
const T12 = SPINOUS_HEIGHTS.t12 / 1000;
const L1 = vertebraHeight('l1') / 1000;
const L3 = vertebraHeight('l3') / 1000;
const L4 = vertebraHeight('l4') / 1000;
const S2 = 0.99;
/** Top of the shoulder: above it the trapezius slope, below it the deltoid cap. */
const SHOULDER_TOP = 1.46;

/** Lower edge of the neck: the clavicles in front, the top of the shoulders at the side and back (by angle). */
const NECK_BASE: Table = [[0, 1.452], [60, 1.458], [82, SHOULDER_TOP], [180, SHOULDER_TOP]];
/** Anterior border of the trapezius up the side of the neck (by height) to the occiput. */
const TRAPEZIUS_FRONT: Table = [[1.44, 82], [1.455, 86], [1.5, 90], [1.52, 98], [1.55, 112], [1.6, 128]];
/** Spine of the scapula (by angle): from the acromion to its root at the medial border (T3). */
const SCAPULA_SPINE: Table = [[100, 1.457], [106, 1.455], [152, 1.43]];
/** Boundary between upper and middle trapezius fibres: from C7 level at the spine out to the acromion. */
const UPPER_MIDDLE_TRAPEZIUS: Table = [[106, 1.455], [180, 1.49]];
/** Boundary between middle and lower fibres: from T4 at the spine to the root of the spine of the scapula. */
const MIDDLE_LOWER_TRAPEZIUS: Table = [[152, 1.43], [180, 1.4]];
/** Lateral border of the lower trapezius: from the root of the spine of the scapula down to T12. */
const LOWER_TRAPEZIUS_EDGE: Table = [[152, 1.43], [180, T12]];
/** Medial border of the scapula (by height), about 60 mm from the spinous processes. */
const SCAPULA_MEDIAL: Table = [[1.335, 147], [1.43, 152], [1.47, 151]];
/** Lateral border of the scapula (by height): from the inferior angle (T7) up to the glenoid. */
const SCAPULA_LATERAL: Table = [[1.335, 147], [1.44, 110]];

/** Teres major and minor: oblique bands from the lateral border of the scapula up to the arm (upper edges by angle). */
const TERES_MAJOR_TOP: Table = [[94, 1.34], [108, 1.37], [147, 1.345]];
/** Teres major reaches the humerus (the medial lip of the intertubercular groove) under the deltoid. */
const TERES_MAJOR_END = 94;
const TERES_MINOR_TOP: Table = [[108, 1.415], [140, 1.395]];
/** Upper border of latissimus dorsi (by angle): from T7 over the inferior angle of the scapula into the armpit. */
const LATISSIMUS_TOP: Table = [[105, ARM_CUT_HEIGHT], [112, 1.315], [147, 1.335], [180, 1.335]];
/** Deltoid borders on the arm stub (by height): deltopectoral groove in front, posterior border behind. */
const DELTOID_FRONT: Table = [[ARM_CUT_HEIGHT, 76], [1.36, 70], [1.42, 72], [SHOULDER_TOP, 82]];
const DELTOID_BACK: Table = [[ARM_CUT_HEIGHT, 103], [1.33, 106], [1.36, 109], [1.42, 108], [SHOULDER_TOP, 104]];
/** Anterior (free) border of latissimus dorsi down the side of the trunk (by height). */
const LATISSIMUS_FRONT: Table = [[1.0, 100], [1.06, 102], [1.15, 100], [1.22, 102], [ARM_CUT_HEIGHT, 110]];
/** Lower border of pectoralis major (by angle), rising from the sixth costal cartilage to the anterior axillary fold. */
const PECTORALIS_LOWER: Table = [[0, 1.245], [20, 1.245], [40, 1.255], [55, 1.275], [68, 1.3], [76, 1.33], [82, 1.4]];
/** Linea semilunaris, the lateral edge of rectus abdominis (by height). */
const RECTUS_EDGE: Table = [[0.87, 14], [0.95, 24], [1.05, 32], [1.15, 36], [1.25, 40]];
/** Lower border of serratus anterior's digitations (by angle). */
const SERRATUS_LOWER: Table = [[45, 1.24], [60, 1.22], [80, 1.19], [105, 1.16]];
/** Iliac crest (by angle): anterior superior iliac spine, highest point at the side, posterior superior iliac spine. */
const ILIAC_CREST: Table = [[52, 0.99], [70, 1.04], [90, 1.075], [105, L4], [125, 1.065], [145, 1.035], [157, 1.0]];
/** Inguinal ligament (by angle), from the pubic tubercle to the anterior superior iliac spine. */
const INGUINAL: Table = [[12, 0.87], [52, 0.99]];
/** Upper border of gluteus maximus (by angle): from beside the PSIS down to the greater trochanter. */
const GLUTEUS_MAXIMUS_TOP: Table = [[82, 0.84], [100, 0.88], [158, 1.0]];
/** Gluteal fold (by angle). */
const GLUTEAL_FOLD: Table = [[100, 0.83], [120, 0.8], [150, 0.79], [180, 0.8]];
/**
 * Erector spinae columns and quadratus lumborum: lateral edges by height. At mid-lumbar level (L3) on the deep layer
 * (just under the thoracolumbar fascia) multifidus reaches ~28 mm from the midline, longissimus ~55 mm, iliocostalis
 * ~90 mm and quadratus lumborum, diving under latissimus, ~100 mm (adult: multifidus 20-25 mm wide, erector spinae
 * 60-80 mm, QL's lateral border 75-90 mm; measured by tests/unit/model/anatomy-figures.test.ts).
 */
const MULTIFIDUS_EDGE: Table = [[0.98, 168], [1.04, 164], [1.1, 161.5], [1.14, 162], [1.19, 165], [1.22, 169]];
/** The deep layer leaves the spinous processes and the supraspinous ligament bare: 3 degrees either side. */
const DEEP_MIDLINE_GAP = 177;
const LONGISSIMUS_EDGE: Table = [[1.0, 158], [1.04, 152], [1.08, 148], [1.12, 147], [1.16, 150], [1.2, 154], [1.24, 157], [1.28, 160]];
const ILIOCOSTALIS_EDGE: Table = [[1.0, 148], [1.04, 132], [1.08, 125], [1.12, 122.5], [1.16, 129], [1.2, 140], [1.24, 146], [1.28, 150]];
const QUADRATUS_EDGE: Table = [[1.04, 112], [1.08, 107], [1.12, 108], [1.16, 117], [1.19, 128]];
const QUADRATUS_TOP = 1.19;
/** Tensor fasciae latae: a spindle from the anterior superior iliac spine down the front of the greater
 * trochanter; its front and back edges by height (below it the iliotibial tract over vastus lateralis). */
const TFL_FRONT: Table = [[0.82, 70], [0.9, 58], [0.97, 54], [1.0, 56]];
const TFL_BACK: Table = [[0.82, 80], [0.9, 84], [0.97, 80], [1.02, 70]];
const TFL_BOTTOM = 0.82;
/** Back of the hip: lateral to it (towards the front) the thigh and TFL, behind it the gluteal muscles. */
const HIP_BACK = 82;

/** Lower border of serratus anterior: saw-toothed where its digitations meet the external oblique's. */
function serratusLower(a: number): number {
  const phase = (a - 45) / 11;
  const tooth = Math.abs(phase - Math.round(phase)) * 2; // 0 at a tooth tip, 1 between teeth
  return at(SERRATUS_LOWER, a) + 0.014 * tooth - 0.007;
}

/** Sternocleidomastoid centre line (by height): from the sternoclavicular joint up to the mastoid. */
function scmCentre(y: number): number {
  return at([[1.455, 12], [1.6, 115]], y);
}
const SCM_HALF_WIDTH = 13;

/** Lower edge of the trunk in front and at the side: inguinal ligament, then the iliac crest. */
function trunkBottom(a: number): number {
  if (a < 52) return at(INGUINAL, a);
  if (a <= 157) return at(ILIAC_CREST, a);
  return 0.97; // sacrum, medial to the PSIS
}

/** Which way a point faces for outlining: the neck, the deltoid cap, or the front or back of the trunk. */
type Zone = 'neck' | 'deltoid' | 'front' | 'back' | 'pelvis';

function zoneOf(a: number, y: number): Zone {
  if (y >= at(NECK_BASE, a)) return 'neck';
  if (y >= ARM_CUT_HEIGHT && a >= at(DELTOID_FRONT, y) && a <= at(DELTOID_BACK, y)) return 'deltoid';
  if (y < trunkBottom(a)) return 'pelvis';
  const front = y >= ARM_CUT_HEIGHT ? a < at(DELTOID_FRONT, y) : a < at(LATISSIMUS_FRONT, y);
  return front ? 'front' : 'back';
}

function isTrapezius(a: number, y: number): boolean {
  if (a > 179) return false; // the nuchal ligament and the spinous processes between left and right
  if (y >= at(NECK_BASE, a)) return a >= at(TRAPEZIUS_FRONT, y);
  if (a >= 100 && a < 152) return y >= at(SCAPULA_SPINE, a);
  return a >= 152 && y >= at(LOWER_TRAPEZIUS_EDGE, a);
}

function trapeziusPart(a: number, y: number): string {
  if (a <= 106 || y >= at(UPPER_MIDDLE_TRAPEZIUS, a)) return 'upper-trapezius';
  if (a >= 152 && y < at(MIDDLE_LOWER_TRAPEZIUS, a)) return 'lower-trapezius';
  return 'middle-trapezius';
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const clamp01 = (t: number): number => Math.min(1, Math.max(0, t));

/** Medial border of the muscular part of latissimus dorsi (by height): medially it is aponeurosis (the TLF). */
// Its lumbar part is aponeurosis: the muscle starts ~100 mm from the midline at L3, lateral to the erector spinae.
const LATISSIMUS_MEDIAL: Table = [[1.0, 121], [1.08, 120], [1.14, 123], [1.2, 146], [1.26, 166], [1.335, 178]];

function isLatissimus(a: number, y: number): boolean {
  return y < at(LATISSIMUS_TOP, a) && a <= at(LATISSIMUS_MEDIAL, y) && y > trunkBottom(a) + 0.004;
}

/** Below the trunk on the superficial layer: gluteus maximus, TFL and the thigh muscles. */
function superficialPelvis(a: number, y: number): string | undefined {
  if (y >= TFL_BOTTOM && a >= at(TFL_FRONT, y) && a <= at(TFL_BACK, y)) return 'tensor-fasciae-latae';
  if (a < 52) return a < 3 ? undefined : a < 22 ? 'adductors' : 'quadriceps';
  if (a < HIP_BACK) return y < 0.84 || a < at(TFL_FRONT, y) ? 'quadriceps' : undefined;
  if (y < at(GLUTEAL_FOLD, a)) return a < 100 ? 'quadriceps' : a < 165 ? 'hamstrings' : a < 178 ? 'adductors' : undefined;
  if (a <= 157 && y >= at(GLUTEUS_MAXIMUS_TOP, a)) return undefined; // gluteus medius under the gluteal aponeurosis
  return a < 176 ? 'gluteus-maximus' : undefined;
}

/**
 * The clavicle and the acromion lie under skin and fascia only: the muscles attached to them (pectoralis major,
 * deltoid, trapezius, sternocleidomastoid, scalenes) stop at their edges, so the bone is there to be palpated.
 */
function overClavicle(a: number, y: number): boolean {
  return a <= ACROMION[0] + 4 && Math.abs(y - at(CLAVICLE_LINE, Math.min(a, CLAVICLE_LINE[CLAVICLE_LINE.length - 1]![0]))) < 0.0085;
}

/** Half-width (degrees) of the strip over the sternum that pectoralis major leaves bare. */
const STERNAL_STRIP = 7;

/** The superficial muscles: trapezius, latissimus, deltoid, pectoralis major, the abdominal wall's outer layer... */
function superficialMuscleAt(a: number, y: number): string | undefined {
  if (overClavicle(a, y)) return undefined;
  switch (zoneOf(a, y)) {
    case 'neck': {
      const scm = scmCentre(y);
      if (Math.abs(a - scm) <= SCM_HALF_WIDTH) return 'sternocleidomastoid';
      if (a < scm) return a > 1.2 ? 'infrahyoid' : undefined;
      return isTrapezius(a, y) ? trapeziusPart(a, y) : undefined;
    }
    case 'deltoid':
      return 'deltoid';
    case 'pelvis':
      return superficialPelvis(a, y);
    case 'front':
      if (y >= at(PECTORALIS_LOWER, a)) return a > STERNAL_STRIP ? 'pectoralis-major' : undefined;
      if (a < at(RECTUS_EDGE, y)) return a > 1.2 ? 'rectus-abdominis' : undefined; // the linea alba between
      if (a >= 45 && y >= serratusLower(a)) return undefined; // serratus anterior, one layer down, shows here
      return 'external-oblique';
    case 'back':
      if (isTrapezius(a, y)) return trapeziusPart(a, y);
      return isLatissimus(a, y) ? 'latissimus-dorsi' : undefined;
  }
}

/** Distance in millimetres from (a degrees, y metres) to a segment, a degree counted as 2.4 mm along the surface. */
function bandDistance(a: number, y: number, p: readonly [number, number], q: readonly [number, number]): number {
  const k = 2.4;
  const px = p[0] * k, py = p[1] * 1000, qx = q[0] * k, qy = q[1] * 1000;
  const ex = qx - px, ey = qy - py;
  const wx = a * k - px, wy = y * 1000 - py;
  const t = clamp01((wx * ex + wy * ey) / (ex * ex + ey * ey));
  return Math.hypot(wx - ex * t, wy - ey * t);
}

/** Pectoralis minor: from the coracoid process down and in to ribs 3-5; lower and upper border by angle. */
function pectoralisMinorBottom(a: number): number {
  return lerp(1.285, 1.395, clamp01((a - 24) / 46));
}
function pectoralisMinorTop(a: number): number {
  return lerp(1.37, 1.43, clamp01((a - 24) / 46));
}
/** Lower border of gluteus medius (by angle), converging on the greater trochanter. */
const GLUTEUS_MEDIUS_LOWER: Table = [[58, 0.95], [75, 0.905], [92, 0.885], [115, 0.9], [140, 0.95], [156, 0.99]];
/** Upper border of the internal oblique and transversus (by angle): the costal margin. */
const INTERNAL_OBLIQUE_TOP: Table = [[10, 1.17], [40, 1.17], [70, 1.15], [100, 1.13], [122, 1.12]];
/** Posterior border of the internal oblique, where it joins the thoracolumbar fascia lateral to the erectors. */
const INTERNAL_OBLIQUE_BACK = 116;

/** Share of the posterior triangle's floor (from sternocleidomastoid back) taken by the scalenes. */
const SCALENE_SHARE = 0.6;
/** Above this the posterior triangle's floor is splenius capitis (deep layer). */
const POSTERIOR_TRIANGLE_APEX = 1.535;

/** The intermediate muscles: rotator cuff, rhomboids, levator, serratus, pectoralis minor, internal oblique... */
function intermediateMuscleAt(a: number, y: number): string | undefined {
  if (overClavicle(a, y)) return undefined;
  if (zoneOf(a, y) === 'neck') {
    // The floor of the posterior triangle between sternocleidomastoid and trapezius: the scalenes in front, running
    // from the cervical transverse processes down to the first rib; levator scapulae behind; at the apex splenius
    // (on the deep layer) shows through.
    const front = scmCentre(y) + SCM_HALF_WIDTH;
    const back = at(TRAPEZIUS_FRONT, y);
    if (a > front && a < back) {
      const f = (a - front) / (back - front);
      if (f < SCALENE_SHARE) return 'scalenes';
      return y < POSTERIOR_TRIANGLE_APEX ? 'levator-scapulae' : undefined;
    }
  }
  // Levator continues under the trapezius down to the superior angle of the scapula.
  if (y > 1.455 && a >= 100 && bandDistance(a, y, [100, 1.56], [150, 1.472]) < 10) return 'levator-scapulae';
  if (a >= 108 && a <= 150) {
    const spine = at(SCAPULA_SPINE, a);
    if (y >= spine && y < spine + 0.03) return 'supraspinatus';
  }
  if (a >= at(SCAPULA_MEDIAL, y) && a <= 178.8) {
    const t = clamp01((180 - a) / 30);
    if (y < lerp(1.5, 1.465, t) && y >= lerp(1.47, 1.43, t)) return 'rhomboid-minor';
    if (y < lerp(1.47, 1.43, t) && y >= lerp(1.385, 1.335, t)) return 'rhomboid-major';
  }
  if (a >= 106 && a < at(SCAPULA_MEDIAL, y) && y < at(SCAPULA_SPINE, a) - 0.003 && y >= at(LATISSIMUS_TOP, a) + 0.004) {
    if (a >= at(SCAPULA_LATERAL, y) || y >= at(TERES_MINOR_TOP, a)) return 'infraspinatus';
    return y < at(TERES_MAJOR_TOP, a) ? 'teres-major' : 'teres-minor';
  }
  if (a >= TERES_MAJOR_END && a < 106 && y >= ARM_CUT_HEIGHT + 0.004 && y < at(TERES_MAJOR_TOP, a)) return 'teres-major';
  if (a >= 140 && a <= 178.8) {
    const t = clamp01((180 - a) / 40);
    if (y < lerp(1.235, 1.275, t) && y >= lerp(1.16, 1.2, t)) return 'serratus-posterior-inferior';
  }
  if (a >= 58 && a <= 156 && y < at(ILIAC_CREST, a) - 0.004 && y >= at(GLUTEUS_MEDIUS_LOWER, a)) return 'gluteus-medius';
  if (a >= 24 && a <= 70 && y >= pectoralisMinorBottom(a) && y < pectoralisMinorTop(a)) return 'pectoralis-minor';
  if (a >= 40 && a <= 112 && y >= serratusLower(a) && y < (a <= 72 ? Math.min(1.335, pectoralisMinorBottom(a) - 0.004) : ARM_CUT_HEIGHT - 0.006)) {
    return 'serratus-anterior';
  }
  if (a >= at(RECTUS_EDGE, y) + 1 && a <= INTERNAL_OBLIQUE_BACK && y > trunkBottom(a) + 0.004 && y < at(INTERNAL_OBLIQUE_TOP, a)) {
    return 'internal-oblique';
  }
  return undefined;
}

/** Erector spinae: lateral edge of iliocostalis and longissimus by height (extended up the thorax), lower ends. */
const ERECTOR_LATERAL: Table = [...ILIOCOSTALIS_EDGE, [1.36, 153], [1.44, 158], [1.47, 163]];
const LONGISSIMUS_LATERAL: Table = [...LONGISSIMUS_EDGE, [1.36, 162], [1.44, 165], [1.47, 167]];
const ERECTOR_BOTTOM: Table = [[128, 1.09], [140, 1.05], [150, 1.01], [165, 0.975]];
const ERECTOR_TOP_HEIGHT = 1.47;
/** Semispinalis capitis: the paramedian strip of the back of the neck. */
const SEMISPINALIS_EDGE = 166;
/** Lateral border of splenius (by height): from the upper thoracic spines up and out to the mastoid. */
const SPLENIUS_LATERAL: Table = [[1.46, 142], [1.5, 138], [1.55, 128], [1.6, 118]];
/** Iliopsoas in the femoral triangle: below the inguinal ligament, lateral to the femoral vessels. */
const ILIOPSOAS_MEDIAL = 24;
const ILIOPSOAS_LATERAL = 46;
const ILIOPSOAS_BOTTOM = 0.79;
/** Piriformis: from the front of the sacrum to the greater trochanter; upper and lower border by angle. */
function piriformisTop(a: number): number {
  return lerp(0.965, 0.905, clamp01((168 - a) / 68));
}
function piriformisBottom(a: number): number {
  return lerp(0.918, 0.885, clamp01((168 - a) / 68));
}
/** Gluteus minimus: under the front part of gluteus medius only (it ends well in front of the PSIS). */
const GLUTEUS_MINIMUS_LOWER: Table = [[62, 0.95], [92, 0.91], [112, 0.93]];
const GLUTEUS_MINIMUS_BACK = 112;

/** The deep muscles: erector spinae columns, multifidus, quadratus lumborum, transversus, gluteus minimus... */
function deepMuscleAt(a: number, y: number): string | undefined {
  if (a > DEEP_MIDLINE_GAP) return undefined;
  const spsTop = lerp(1.5, 1.445, clamp01((180 - a) / 40));
  if (a >= 140) {
    const t = clamp01((180 - a) / 40);
    if (y < spsTop && y >= lerp(1.43, 1.37, t)) return 'serratus-posterior-superior';
  }
  // Back of the neck above the erectors and serratus posterior superior: semispinalis capitis beside the midline,
  // splenius lateral to it, running up and out to the mastoid (under trapezius; at the apex of the posterior triangle).
  if (y >= Math.max(ERECTOR_TOP_HEIGHT, a >= 140 ? spsTop : 0) && y >= 1.455) {
    if (a >= SEMISPINALIS_EDGE) return 'semispinalis';
    if (a >= at(SPLENIUS_LATERAL, y)) return 'splenius';
  }
  if (y < ERECTOR_TOP_HEIGHT && a >= at(ERECTOR_LATERAL, y) && y >= at(ERECTOR_BOTTOM, a)) {
    if (a >= at(MULTIFIDUS_EDGE, y)) return y < T12 ? 'multifidus' : 'spinalis';
    if (a >= at(LONGISSIMUS_LATERAL, y)) return 'longissimus-thoracis';
    return y < T12 ? 'lumbar-iliocostalis' : 'thoracic-iliocostalis';
  }
  if (y < QUADRATUS_TOP && a >= at(QUADRATUS_EDGE, y) && a < at(ERECTOR_LATERAL, y) && y > at(ILIAC_CREST, a) + 0.003) {
    return 'quadratus-lumborum';
  }
  if (a >= Math.max(3, at(RECTUS_EDGE, y) - 6) && a <= 118 && y > trunkBottom(a) + 0.006 && y < at(INTERNAL_OBLIQUE_TOP, a) - 0.01) {
    return 'transversus-abdominis';
  }
  if (a >= 100 && a <= 168 && y < piriformisTop(a) && y >= piriformisBottom(a)) return 'piriformis';
  if (a >= 62 && a <= GLUTEUS_MINIMUS_BACK && y < at(ILIAC_CREST, a) - 0.03) {
    const lower = Math.max(at(GLUTEUS_MINIMUS_LOWER, a), a >= 100 ? piriformisTop(a) + 0.004 : 0);
    if (y >= lower) return 'gluteus-minimus';
  }
  if (a >= ILIOPSOAS_MEDIAL && a <= ILIOPSOAS_LATERAL && y >= ILIOPSOAS_BOTTOM && y < at(INGUINAL, a) - 0.004) return 'iliopsoas';
  return undefined;
}

/** The muscle on a muscle layer at a spot (degrees from the front midline, height), undefined where there is none. */
export function muscleOnLayer(layer: 'superficialMuscle' | 'intermediateMuscle' | 'deepMuscle', a: number, y: number): string | undefined {
  switch (layer) {
    case 'superficialMuscle':
      return superficialMuscleAt(a, y);
    case 'intermediateMuscle':
      return intermediateMuscleAt(a, y);
    case 'deepMuscle':
      return deepMuscleAt(a, y);
  }
}

/** The muscle a finger meets first under the deep fascia: the outermost muscle layer with a muscle there. */
function outermostMuscleAt(a: number, y: number): string | undefined {
  return superficialMuscleAt(a, y) ?? intermediateMuscleAt(a, y) ?? deepMuscleAt(a, y);
}

/**
 * The posterior layer of the thoracolumbar fascia: a diamond over the low back, from its upper apex on the spinous
 * processes at T10 out to the lateral raphe just above the iliac crest and down to its lower apex on the sacrum (S3);
 * latissimus' aponeurosis is its superficial lamina (Willard et al. 2012).
 */
export const TLF_DIAMOND = { top: 1.27, corner: 1.085, bottom: 0.93, halfWidth: 58 } as const;

/** How far inside the diamond a spot lies, as a fraction of its half-width at that height (< 1 inside). */
export function tlfDiamondFraction(a: number, y: number): number {
  const { top, corner, bottom, halfWidth } = TLF_DIAMOND;
  if (y >= top || y <= bottom) return Number.POSITIVE_INFINITY;
  const half = halfWidth * (y >= corner ? (top - y) / (top - corner) : (y - bottom) / (corner - bottom));
  return (180 - a) / half;
}

/** Muscles whose own fascia covers them inside the diamond (the TLF lies under them or ends at them). */
const OVER_THE_TLF = new Set(['latissimus-dorsi', 'lower-trapezius', 'middle-trapezius', 'gluteus-maximus']);

function deepFasciaAt(a: number, y: number): string {
  const muscle = outermostMuscleAt(a, y);
  if (tlfDiamondFraction(a, y) < 1 && !OVER_THE_TLF.has(muscle ?? '')) return 'thoracolumbar-fascia';
  switch (muscle) {
    case 'deltoid':
      return 'deltoid-fascia';
    case 'pectoralis-major':
      return 'pectoral-fascia';
    case 'rectus-abdominis':
      return 'rectus-sheath';
    case 'infraspinatus':
    case 'teres-minor':
      return 'infraspinous-fascia';
    case 'gluteus-medius':
      return 'gluteal-aponeurosis';
    case 'gluteus-maximus':
      return 'gluteal-fascia';
    case 'tensor-fasciae-latae':
    case 'quadriceps':
    case 'adductors':
    case 'hamstrings':
      return 'fascia-lata';
    default:
      break;
  }
  const zone = zoneOf(a, y);
  if (zone === 'front') {
    if (y >= at(PECTORALIS_LOWER, a)) return 'pectoral-fascia';
    if (a < at(RECTUS_EDGE, y)) return 'rectus-sheath';
  }
  if (y >= C7 || (zoneOf(a, y) === 'neck' && a < at(TRAPEZIUS_FRONT, y))) return 'deep-cervical-fascia';
  return 'deep-fascia';
}

/** The clavicle from the sternoclavicular joint to the acromion (degrees, height), from the landmark table. */
export const CLAVICLE_LINE: Table = SHOULDER.clavicle.map(degreesAndHeight);
/** The scapula's outline (degrees, height): superior angle, inferior angle, lateral angle at the glenoid. */
export const SCAPULA_CORNERS: readonly (readonly [number, number])[] = [
  degreesAndHeight(SHOULDER.superiorAngle), degreesAndHeight(SHOULDER.inferiorAngle), degreesAndHeight(SHOULDER.glenoid),
];
/** Spine of the scapula (degrees, height): root at the medial border out to the acromion. */
export const SCAPULA_SPINE_LINE: readonly (readonly [number, number])[] = SHOULDER.scapularSpine.map(degreesAndHeight);
/** Acromion (degrees, height). */
export const ACROMION: readonly [number, number] = degreesAndHeight(SHOULDER.acromion);
/** Heights of the vertebral levels on this model: top of the cervical spine shown, C7, T12, L5/S1, coccyx tip. */
export const SPINE_HEIGHTS = { c3: SPINOUS_HEIGHTS.c3 / 1000, c7: C7, t12: T12, s1: SPINOUS_HEIGHTS.s1 / 1000, coccyx: SPINOUS_HEIGHTS.coccyx / 1000 } as const;
/** The posterior superior iliac spine (degrees, height). */
export const PSIS: readonly [number, number] = degreesAndHeight(PELVIS.psis);

function inTriangle(a: number, y: number, tri: readonly (readonly [number, number])[]): boolean {
  const k = 417; // degrees per metre of height, so both axes are about the same length along the surface
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = tri[i]!;
    const [bx, by] = tri[(i + 1) % 3]!;
    const c = (bx - ax) * (y - ay) * k - (by - ay) * k * (a - ax);
    if (c > 0) pos++;
    else if (c < 0) neg++;
  }
  return pos === 0 || neg === 0;
}

/** The bone nearest the surface at a spot on the skeleton layer (bones named as in REGIONS). */
function skeletonAt(a: number, y: number): { structure: string; midline: boolean } {
  const mid = (structure: string) => ({ structure, midline: true });
  const sided = (structure: string) => ({ structure, midline: false });
  if (a >= 173 && y >= 1.0) return mid(y >= SPINE_HEIGHTS.c7 - 0.01 ? 'cervical-vertebrae' : y >= T12 - 0.012 ? 'thoracic-vertebrae' : 'lumbar-vertebrae');
  if (a >= 160 && y < 1.02 && y >= 0.86) return mid('sacrum');
  if (a < 5 && y >= 1.22 && y < 1.445) return mid('sternum');
  if (a < 100 && Math.abs(y - at(CLAVICLE_LINE, a)) < 0.011 && a >= 4) return sided('clavicle');
  if (a >= 92 && a <= 104 && Math.abs(y - ACROMION[1]) < 0.014) return sided('scapula');
  if (inTriangle(a, y, SCAPULA_CORNERS)) return sided('scapula');
  if (a >= 78 && a <= 108 && y >= ARM_CUT_HEIGHT && y < 1.43) return sided('humerus');
  if (a >= 5 && a < 34 && y >= 1.22 && y < 1.42) return sided('costal-cartilage');
  if (y < 0.9 && a >= 55 && a <= 130) return sided('femur');
  if (a >= 52 && a < 160 && y < at(ILIAC_CREST, a) + 0.005) return sided('pelvis');
  if (a < 52 && y < at(INGUINAL, a) + 0.01) return a < 30 || y >= 0.84 ? sided('pelvis') : sided('femur');
  if (y >= SPINE_HEIGHTS.c7 - 0.01) return mid('cervical-vertebrae');
  if (y >= 1.15 || a < 60) return sided('ribs');
  return mid('lumbar-vertebrae');
}

/** Coarse body areas for the skin and the superficial fascia. */
function bodyAreaAt(a: number, y: number): string {
  const zone = zoneOf(a, y);
  if (y >= C7 || (zone === 'neck' && a < 60)) return 'neck';
  if (zone === 'deltoid' || (zone === 'neck' && a < 125)) return 'shoulder';
  if (zone === 'pelvis') {
    if (a < 52 || (a < 90 && y < 0.8) || (a >= 90 && y < at(GLUTEAL_FOLD, a))) return 'thigh';
    return a < 90 ? 'hip' : 'buttock';
  }
  if (a >= 80 && a < at(LATISSIMUS_FRONT, y) && y >= 1.2 && y < ARM_CUT_HEIGHT) return 'axilla';
  if (zone === 'front' || a < 100) return y >= 1.22 ? 'chest' : 'abdomen';
  return y >= T12 ? 'upper-back' : 'lower-back';
}

function sideOf(angle: number): Side {
  return angle >= 0 ? 'left' : 'right';
}

/**
 * The region under a surface coordinate on a layer (angle in radians, 0 = front midline, + = patient's left,
 * +-PI = back midline; height in metres above the floor). Always answers: every point of every layer has a region.
 */
export function regionAt(layer: LayerId, angle: number, height: number): RegionId {
  const a = (Math.abs(angle) * 180) / Math.PI;
  const y = height;
  const side = sideOf(angle);
  switch (layer) {
    case 'skin':
      return `skin-${bodyAreaAt(a, y)}.${side}`;
    case 'superficialFascia':
      return `superficial-fascia-${bodyAreaAt(a, y)}.${side}`;
    case 'deepFascia':
      if (a >= 177.5 && y >= L4 - 0.035 && y <= C7) return 'supraspinous-ligament.midline';
      if (a <= 2.5 && y >= 0.87 && y <= at(PECTORALIS_LOWER, 0)) return 'linea-alba.midline';
      return `${deepFasciaAt(a, y)}.${side}`;
    case 'superficialMuscle':
      return `${superficialMuscleAt(a, y) ?? 'superficial-muscle-layer'}.${side}`;
    case 'intermediateMuscle':
      return `${intermediateMuscleAt(a, y) ?? 'intermediate-muscle-layer'}.${side}`;
    case 'deepMuscle':
      return `${deepMuscleAt(a, y) ?? 'deep-muscle-layer'}.${side}`;
    case 'skeleton': {
      const bone = skeletonAt(a, y);
      return bone.midline ? `${bone.structure}.midline` : `${bone.structure}.${side}`;
    }
  }
}

/** A well-known spot on the surface, by its surface coordinate (same on every layer). */
export interface Landmark {
  readonly name: string;
  /** Radians, (-PI, PI]: 0 = front midline, + = patient's left. */
  readonly angle: number;
  /** Metres above the floor. */
  readonly height: number;
  /** For the demo trigger-point spots: the layer the point is placed on. */
  readonly layer?: LayerId;
}

const deg = (d: number): number => (d * Math.PI) / 180;

/** Landmarks the outlines were drawn from, for tests and the demo map (left-sided ones have positive angles). */
export const LANDMARKS: readonly Landmark[] = [
  { name: 'C7 spinous process', angle: Math.PI, height: C7 },
  { name: 'T7 spinous process', angle: Math.PI, height: 1.335 },
  { name: 'T12 spinous process', angle: Math.PI, height: T12 },
  { name: 'L1 spinous process', angle: Math.PI, height: L1 },
  { name: 'L3 spinous process', angle: Math.PI, height: L3 },
  { name: 'L4 spinous process', angle: Math.PI, height: L4 },
  { name: 'S2 spinous tubercle', angle: Math.PI, height: S2 },
  { name: 'left posterior superior iliac spine', angle: deg(157), height: 1.0 },
  { name: 'right posterior superior iliac spine', angle: -deg(157), height: 1.0 },
  { name: 'left inferior angle of scapula', angle: deg(SCAPULA_CORNERS[1]![0]), height: SCAPULA_CORNERS[1]![1] },
  { name: 'right inferior angle of scapula', angle: -deg(SCAPULA_CORNERS[1]![0]), height: SCAPULA_CORNERS[1]![1] },
  { name: 'left root of the spine of scapula', angle: deg(152), height: 1.43 },
  { name: 'left acromion', angle: deg(ACROMION[0]), height: ACROMION[1] },
  { name: 'right acromion', angle: -deg(ACROMION[0]), height: ACROMION[1] },
  { name: 'left iliac crest (highest point)', angle: deg(105), height: L4 },
  { name: 'left anterior superior iliac spine', angle: deg(52), height: 0.99 },
  { name: 'left greater trochanter', angle: deg(92), height: 0.9 },
  { name: 'suprasternal notch', angle: 0, height: 1.445 },
  { name: 'xiphoid process', angle: 0, height: 1.245 },
  { name: 'umbilicus', angle: 0, height: 1.06 },
  { name: 'pubic symphysis', angle: 0, height: 0.87 },
  { name: 'left nipple', angle: deg(40), height: 1.29 },
  // Typical trigger-point spots used by the demo map, each on the muscle layer its muscle lies on.
  { name: 'right upper trapezius (midway neck to acromion)', angle: -deg(100), height: 1.49, layer: 'superficialMuscle' },
  { name: 'left quadratus lumborum (between 12th rib and iliac crest)', angle: deg(120), height: L3, layer: 'deepMuscle' },
  { name: 'left lumbar iliocostalis (L3)', angle: deg(138), height: L3, layer: 'deepMuscle' },
  { name: 'right gluteus medius (below the iliac crest)', angle: -deg(125), height: 1.0, layer: 'intermediateMuscle' },
];

/** A demo spot: a landmark with the layer a point placed there belongs on, and the region it must resolve to. */
export interface DemoSpot extends Landmark {
  readonly layer: LayerId;
}

/** The four demo trigger-point spots (the landmarks that name a layer). */
export const DEMO_SPOTS: readonly DemoSpot[] = LANDMARKS.filter((l): l is DemoSpot => l.layer !== undefined);
