// Shallow surface relief that is easier to describe on the surface than as solids: the spinal furrow, the dimples
// over the posterior superior iliac spines, the linea alba, the umbilicus, the sternal groove and the gluteal cleft.

import type { Field } from './sample';

/** Smooth 0..1 ramp between edge0 and edge1. */
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** 1 inside [from, to] with soft shoulders of `soft` metres, 0 outside. */
function band(from: number, to: number, soft: number, y: number): number {
  return smoothstep(from - soft, from + soft, y) * (1 - smoothstep(to - soft, to + soft, y));
}

/** Piecewise-linear lookup in a table of [height, value] rows sorted by height. */
export function lookup(table: readonly (readonly [number, number])[], y: number): number {
  const first = table[0]!;
  if (y <= first[0]) return first[1];
  for (let i = 1; i < table.length; i++) {
    const [y1, v1] = table[i]!;
    if (y <= y1) {
      const [y0, v0] = table[i - 1]!;
      const t = (y - y0) / (y1 - y0);
      const s = t * t * (3 - 2 * t);
      return v0 + (v1 - v0) * s;
    }
  }
  return table[table.length - 1]![1];
}

/** Depth of the spinal furrow at the back midline by height (m); a bump at C7 comes from the body parts. */
const SPINAL_FURROW: readonly (readonly [number, number])[] = [
  [0.96, 0], [1.0, 0.004], [1.06, 0.0065], [1.16, 0.0065], [1.24, 0.004], [1.34, 0.003], [1.44, 0.0025], [1.49, 0],
];
const SPINAL_FURROW_WIDTH: readonly (readonly [number, number])[] = [
  [1.0, 0.016], [1.12, 0.02], [1.3, 0.014], [1.45, 0.012],
];
/** Depth of the intergluteal cleft by height. */
const GLUTEAL_CLEFT: readonly (readonly [number, number])[] = [
  [0.8, 0], [0.84, 0.008], [0.92, 0.008], [0.98, 0.002], [1.0, 0],
];

/** Distance along the surface (approximately) from a vertical meridian at `angle0`, given the point's radius. */
function arcFrom(angle: number, angle0: number, radius: number): number {
  let d = Math.abs(angle - angle0);
  if (d > Math.PI) d = 2 * Math.PI - d;
  return d * radius;
}

function gauss(distance: number, width: number): number {
  return Math.exp(-(distance * distance) / (2 * width * width));
}

/** Signed distance (negative inside) from a point to a triangle in a plane. */
function triangleDistance(px: number, py: number, tri: readonly (readonly [number, number])[]): number {
  let d = Number.POSITIVE_INFINITY;
  let sign = 1;
  let inside = 0;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = tri[i]!;
    const [bx, by] = tri[(i + 1) % 3]!;
    const ex = bx - ax, ey = by - ay;
    const wx = px - ax, wy = py - ay;
    const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    d = Math.min(d, Math.hypot(wx - ex * t, wy - ey * t));
    if (ex * wy - ey * wx > 0) inside++;
  }
  if (inside === 3 || inside === 0) sign = -1;
  return sign * d;
}

/** Distance from a point to a segment in a plane. */
function segmentDistance(px: number, py: number, a: readonly [number, number], b: readonly [number, number]): number {
  const ex = b[0] - a[0], ey = b[1] - a[1];
  const wx = px - a[0], wy = py - a[1];
  const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
  return Math.hypot(wx - ex * t, wy - ey * t);
}

/**
 * The shoulder blade as seen through the skin, in (distance from the back midline, height): superior angle at T2,
 * inferior angle at T7, medial border about 60 mm from the spinous processes, lateral angle at the shoulder.
 */
export const SCAPULA_OUTLINE: readonly (readonly [number, number])[] = [
  [0.062, 1.468], [0.078, 1.335], [0.152, 1.44],
];
/** Spine of the scapula: from its root at the medial border (T3) out to the acromion. */
export const SCAPULA_SPINE: readonly [readonly [number, number], readonly [number, number]] = [[0.064, 1.43], [0.17, 1.455]];

/** A ridge along a polyline given in (degrees from the front midline, height); widths in metres. */
interface Ridge {
  readonly line: readonly (readonly [number, number])[];
  readonly height: number;
  readonly width: number;
}

/** The clavicle from the sternoclavicular joint to the acromion, seen through the skin. */
const CLAVICLE: Ridge = { line: [[6, 1.45], [22, 1.451], [45, 1.456], [70, 1.462], [88, 1.466]], height: 0.003, width: 0.008 };
/** Sternocleidomastoid from the sternum up and back to the mastoid process (its outline in outlines.ts). */
const STERNOCLEIDOMASTOID: Ridge = { line: [[12, 1.455], [115, 1.6]], height: 0.005, width: 0.009 };

/** Distance in metres from a point (angle in degrees, height) to a ridge line, measuring angles along the radius. */
function ridgeDistance(ridge: Ridge, degrees: number, y: number, radius: number): number {
  const scale = (radius * Math.PI) / 180;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ridge.line.length; i++) {
    const a = ridge.line[i - 1]!;
    const b = ridge.line[i]!;
    best = Math.min(best, segmentDistance(degrees * scale, y, [a[0] * scale, a[1]], [b[0] * scale, b[1]]));
  }
  return best;
}

function ridgeHeight(ridge: Ridge, degrees: number, y: number, radius: number): number {
  return ridge.height * gauss(ridgeDistance(ridge, degrees, y, radius), ridge.width);
}

/**
 * Inward displacement (metres, positive = groove) of the surface at a point in body space, for a layer `layerDepth`
 * under the skin: bony landmarks and muscle ridges show on every layer, skin marks (nipples, navel) only near the skin.
 */
export function reliefDepth(x: number, y: number, z: number, layerDepth = 0): number {
  const skinOnly = Math.max(0, 1 - layerDepth / 0.01);
  const radius = Math.sqrt(x * x + z * z);
  const angle = Math.atan2(x, z);
  const back = arcFrom(angle, Math.PI, radius);
  const front = arcFrom(angle, 0, radius);
  const degrees = (Math.abs(angle) * 180) / Math.PI;
  let depth = 0;
  // Bony and muscular ridges that must show on every layer (solids this thin would vanish at depth).
  if (y > 1.43 && y < 1.49 && degrees < 100) depth -= ridgeHeight(CLAVICLE, degrees, y, radius);
  if (y > 1.43 && degrees < 135) depth -= ridgeHeight(STERNOCLEIDOMASTOID, degrees, y, radius);
  if (y > 1.42 && y < 1.48) depth += 0.003 * gauss(Math.hypot(front, y - 1.447), 0.012); // suprasternal notch
  if (y > 1.46 && y < 1.54) depth -= 0.006 * gauss(Math.hypot(back, y - 1.5), 0.01); // C7, vertebra prominens
  // Erector spinae columns either side of the spinal furrow.
  if (y > 0.97 && y < 1.32) depth -= 0.006 * band(1.02, 1.26, 0.03, y) * gauss(back - 0.032, 0.014);
  if (y > 0.95 && y < 1.5) depth += lookup(SPINAL_FURROW, y) * gauss(back, lookup(SPINAL_FURROW_WIDTH, y));
  if (y > 0.78 && y < 1.0) depth += lookup(GLUTEAL_CLEFT, y) * gauss(back, 0.007);
  // Shoulder blades: a low plateau with soft edges, a ridge along the spine of the scapula.
  if (y > 1.28 && y < 1.52 && back < 0.22) {
    const sd = triangleDistance(back, y, SCAPULA_OUTLINE);
    depth -= 0.0045 * smoothstep(0.015, -0.03, sd);
    depth -= 0.002 * gauss(segmentDistance(back, y, SCAPULA_SPINE[0], SCAPULA_SPINE[1]), 0.009);
  }
  // Dimples over the posterior superior iliac spines, about 45 mm either side of the S2 spinous process.
  if (y > 0.96 && y < 1.04) depth += 0.003 * gauss(Math.hypot(back - 0.045, (y - 1.0) * 0.8), 0.011);
  // Linea alba from the xiphoid to the umbilicus, fading below; the umbilicus itself.
  if (y > 0.98 && y < 1.26) depth += 0.0015 * band(1.06, 1.22, 0.02, y) * gauss(front, 0.006);
  if (y > 1.02 && y < 1.1) depth += (0.002 + 0.005 * skinOnly) * gauss(Math.hypot(front, y - 1.06), 0.0055);
  // Nipples, about 95 mm either side of the midline at 1.29 m (fourth intercostal space).
  if (y > 1.26 && y < 1.32) depth -= skinOnly * 0.0025 * gauss(Math.hypot(front - 0.097, y - 1.29), 0.005);
  // Sternal groove between the pectorals.
  if (y > 1.24 && y < 1.46) depth += 0.002 * band(1.28, 1.42, 0.02, y) * gauss(front, 0.01);
  return depth;
}

/** A layer's field with the relief carved into it (the relief is shallow, so distances stay about right). */
export function withRelief(field: Field, layerDepth = 0): Field {
  return (x, y, z) => field(x, y, z) + reliefDepth(x, y, z, layerDepth);
}
