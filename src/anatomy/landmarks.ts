// The one table of bony landmarks of the generated torso, in body millimetres (x to the patient's left, y up from
// the floor, z forwards): the skeleton generator builds its bones through these points and the region outlines
// take their angles and heights from them, so the catalog and the geometry cannot drift apart.

/** A point in body space, millimetres: x = patient's left, y = height above the floor, z = front. */
export type Point3 = readonly [x: number, y: number, z: number];

/** Heights (mm) of the spinous processes named in anatomy.md on this body. */
export const SPINOUS_HEIGHTS = {
  c3: 1585,
  c7: 1500,
  t12: 1215,
  s1: 1005,
  coccyx: 875,
} as const;

/** Lumbar spinous processes are this far apart (mm), from L1 30 mm under T12. */
const LUMBAR_STEP = 35;
const L1 = 1185;

/**
 * Height (mm) of a vertebra's spinous process: "c3".."c7", "t1".."t12", "l1".."l5". Cervical and thoracic levels
 * are spread evenly between C3, C7 and T12; lumbar ones 35 mm apart from L1 (L3 at 1115, L4 at 1080 beside the
 * iliac crest's highest point).
 */
export function vertebraHeight(level: string): number {
  const n = Number(level.slice(1));
  switch (level[0]) {
    case 'c':
      return SPINOUS_HEIGHTS.c3 + ((SPINOUS_HEIGHTS.c7 - SPINOUS_HEIGHTS.c3) * (n - 3)) / 4;
    case 't':
      return SPINOUS_HEIGHTS.c7 + ((SPINOUS_HEIGHTS.t12 - SPINOUS_HEIGHTS.c7) * n) / 12;
    case 'l':
      return L1 - LUMBAR_STEP * (n - 1);
    default:
      throw new Error(`unknown vertebra ${level}`);
  }
}

/** The thoracic and lumbar levels, top down (the spinous processes a clinician palpates). */
export const THORACOLUMBAR_LEVELS: readonly string[] = [
  ...Array.from({ length: 12 }, (_, i) => `t${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `l${i + 1}`),
];

/**
 * Shoulder girdle of the left side (the right is the mirror image, x negated). Biacromial breadth ~370-410 mm
 * (anatomy.md), so the acromion's tip sits ~185-195 mm out; the clavicle runs from the sternoclavicular joint
 * forward and out, bowing forward medially, to the acromion.
 */
export const SHOULDER = {
  sternoclavicularJoint: [24, 1438, 66],
  /** The clavicle's axis from the sternoclavicular joint to the acromioclavicular joint (S-curve seen from above). */
  clavicle: [
    [24, 1438, 66],
    [60, 1442, 64],
    [100, 1448, 50],
    [135, 1453, 28],
    [162, 1457, 6],
    [178, 1457, -10],
  ],
  acromioclavicularJoint: [178, 1457, -10],
  /** The acromion's lateral edge, its flat top just under the skin of the shoulder. */
  acromion: [194, 1450, -22],
  /** Root of the spine of the scapula at its medial border (T3). */
  rootOfSpine: [58, 1430, -96],
  /** Spine of the scapula from its root out to the acromion. */
  scapularSpine: [
    [58, 1430, -96],
    [100, 1442, -80],
    [140, 1450, -58],
    [172, 1454, -40],
    [190, 1453, -28],
  ],
  /** Superior angle (T2), inferior angle (T7), medial border ~60 mm from the spinous processes. */
  superiorAngle: [50, 1462, -82],
  inferiorAngle: [72, 1335, -104],
  /** Glenoid cavity (the scapula's lateral angle), facing out; the humeral head sits against it. */
  glenoid: [160, 1418, -40],
  /** Tip of the coracoid process, hooking forward under the clavicle. */
  coracoid: [150, 1420, 10],
  /** Centre of the humeral head and the line of the humeral shaft down the arm stub to its cut. */
  humeralHead: [182, 1404, -16],
  /**
   * Its shaft runs down the arm stub to the deltoid's insertion; it stops ~40 mm above the stub's cut (1295), since
   * within a muscle's depth of the cut the layers above it lie on the chest wall, not round the arm.
   */
  humeralShaft: [
    [190, 1376, -10],
    [196, 1355, -8],
  ],
} as const satisfies Record<string, Point3 | readonly Point3[]>;

/** Hip bone and femur of the left side (mirror for the right). Iliac crest highest at L4. */
export const PELVIS = {
  /** Posterior superior iliac spine: the dimple ~45 mm beside S2 on this body. */
  psis: [42, 1000, -88],
  /** Iliac crest from the PSIS round the side to the ASIS (outer lip), highest at the side at ~1075. */
  iliacCrest: [
    [42, 1002, -88],
    [70, 1040, -88],
    [104, 1068, -66],
    [128, 1076, -30],
    [135, 1068, 0],
    [128, 1040, 34],
    [112, 992, 56],
  ],
  asis: [112, 992, 56],
  acetabulum: [92, 905, 0],
  /** Pubic tubercle and the pubic symphysis on the midline (the two pubic bones meet there). */
  pubicTubercle: [22, 872, 62],
  symphysis: [0, 868, 64],
  ischialSpine: [52, 890, -40],
  ischialTuberosity: [56, 828, -42],
  greaterTrochanter: [142, 890, -14],
} as const satisfies Record<string, Point3 | readonly Point3[]>;

/** The sternum: jugular notch, sternal angle, xiphoid tip, on the front midline. */
export const STERNUM = {
  jugularNotch: [0, 1440, 76],
  sternalAngle: [0, 1400, 86],
  xiphoidTip: [0, 1228, 96],
} as const satisfies Record<string, Point3>;

/** A landmark point in metres. */
export function metres(p: Point3): [number, number, number] {
  return [p[0] / 1000, p[1] / 1000, p[2] / 1000];
}

/** A landmark mirrored to the patient's right side. */
export function mirrored(p: Point3): Point3 {
  return [-p[0], p[1], p[2]];
}

/** Its surface coordinate for the outlines: degrees from the front midline (positive on the left), height in metres. */
export function degreesAndHeight(p: Point3): [number, number] {
  return [(Math.atan2(p[0], p[2]) * 180) / Math.PI, p[1] / 1000];
}
