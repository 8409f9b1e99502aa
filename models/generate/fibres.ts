// Fibre directions of the muscles, from origin to insertion on the surface coordinate, and how thick each muscle
// is relative to its layer: the generator turns these into the _FIBRE attribute and the bulge of each patch.

/** A point on the patient's left in degrees from the front midline and metres of height. */
type Spot = readonly [number, number];

export interface MuscleShape {
  /** Parallel fibres run from origin to insertion; a fan's fibres converge on the insertion. */
  readonly kind: 'parallel' | 'fan';
  readonly origin: Spot;
  readonly insertion: Spot;
  /** Thickness at the belly as a fraction of the layer's muscle thickness (a sheet like latissimus is thin). */
  readonly thickness: number;
}

const parallel = (origin: Spot, insertion: Spot, thickness: number): MuscleShape => ({ kind: 'parallel', origin, insertion, thickness });
const fan = (origin: Spot, insertion: Spot, thickness: number): MuscleShape => ({ kind: 'fan', origin, insertion, thickness });

/** By structure (without side). Landmarks as in anatomy.md: origins medial / proximal, insertions on the limb girdle. */
export const MUSCLE_SHAPES: Readonly<Record<string, MuscleShape>> = {
  'upper-trapezius': parallel([178, 1.58], [98, 1.46], 0.75),
  'middle-trapezius': parallel([179, 1.45], [110, 1.455], 0.6),
  'lower-trapezius': parallel([179, 1.24], [150, 1.43], 0.55),
  'latissimus-dorsi': fan([160, 1.04], [100, 1.33], 0.6),
  'gluteus-maximus': parallel([172, 1.0], [100, 0.83], 1),
  deltoid: fan([90, 1.47], [90, 1.28], 1),
  'pectoralis-major': fan([4, 1.3], [84, 1.37], 0.85),
  'external-oblique': parallel([95, 1.25], [15, 1.0], 0.5),
  'rectus-abdominis': parallel([6, 0.88], [8, 1.25], 0.8),
  sternocleidomastoid: parallel([8, 1.45], [115, 1.6], 0.9),
  infrahyoid: parallel([3, 1.45], [5, 1.6], 0.4),
  'tensor-fasciae-latae': parallel([55, 1.0], [75, 0.82], 0.8),
  quadriceps: parallel([40, 0.9], [40, 0.7], 1),
  adductors: parallel([10, 0.86], [20, 0.7], 1),
  hamstrings: parallel([150, 0.82], [140, 0.7], 1),
  'levator-scapulae': parallel([106, 1.585], [150, 1.47], 0.8),
  scalenes: parallel([72, 1.575], [90, 1.465], 0.7),
  supraspinatus: parallel([148, 1.46], [100, 1.47], 0.9),
  infraspinatus: fan([150, 1.37], [100, 1.43], 0.85),
  'teres-minor': parallel([140, 1.39], [104, 1.42], 0.8),
  'teres-major': parallel([147, 1.34], [106, 1.36], 0.9),
  'rhomboid-major': parallel([179, 1.43], [150, 1.38], 0.6),
  'rhomboid-minor': parallel([179, 1.49], [151, 1.45], 0.6),
  'serratus-posterior-inferior': parallel([179, 1.2], [140, 1.24], 0.35),
  'gluteus-medius': fan([115, 1.07], [92, 0.88], 1),
  'pectoralis-minor': parallel([30, 1.33], [72, 1.42], 0.7),
  'serratus-anterior': parallel([50, 1.25], [118, 1.3], 0.55),
  'internal-oblique': parallel([110, 1.02], [20, 1.17], 0.5),
  'serratus-posterior-superior': parallel([179, 1.47], [140, 1.4], 0.3),
  multifidus: parallel([174, 0.98], [176, 1.22], 1.3),
  spinalis: parallel([176, 1.2], [176, 1.47], 0.5),
  'longissimus-thoracis': parallel([163, 0.98], [165, 1.47], 1.4),
  'lumbar-iliocostalis': parallel([145, 1.0], [140, 1.22], 1.2),
  'thoracic-iliocostalis': parallel([150, 1.2], [156, 1.47], 0.6),
  'quadratus-lumborum': parallel([125, 1.06], [135, 1.19], 1),
  'transversus-abdominis': parallel([118, 1.08], [10, 1.08], 0.4),
  'gluteus-minimus': fan([100, 1.05], [92, 0.89], 0.8),
  piriformis: parallel([168, 0.94], [100, 0.9], 0.7),
  splenius: parallel([178, 1.46], [118, 1.6], 0.8),
  semispinalis: parallel([175, 1.47], [172, 1.6], 0.9),
  iliopsoas: parallel([35, 0.87], [40, 0.79], 1),
};

/** Metres along the surface per degree of angle (a typical trunk radius of 0.15 m). */
const METRES_PER_DEGREE = (0.15 * Math.PI) / 180;

/**
 * The fibre coordinate of a spot on a muscle: x from 0 at the origin to 1 at the insertion (clamped), y across the
 * fibres in metres (for a fan, the arc at the origin's distance from the insertion, so stripes radiate from it).
 */
export function fibreCoordinate(shape: MuscleShape, degrees: number, height: number): [number, number] {
  const px = degrees * METRES_PER_DEGREE;
  const ox = shape.origin[0] * METRES_PER_DEGREE, oy = shape.origin[1];
  const ix = shape.insertion[0] * METRES_PER_DEGREE, iy = shape.insertion[1];
  const ex = ix - ox, ey = iy - oy;
  const length = Math.hypot(ex, ey);
  if (shape.kind === 'parallel') {
    const along = ((px - ox) * ex + (height - oy) * ey) / (length * length);
    const across = ((px - ox) * ey - (height - oy) * ex) / length;
    return [Math.min(1, Math.max(0, along)), across];
  }
  const dx = px - ix, dy = height - iy;
  const distance = Math.hypot(dx, dy);
  const angle = Math.atan2(dx * -ey - dy * -ex, dx * -ex + dy * -ey); // angle from the insertion->origin line
  return [Math.min(1, Math.max(0, 1 - distance / length)), angle * length];
}
