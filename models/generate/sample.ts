// Finds the body's outermost surface along horizontal rays from the vertical body axis, and places the grid's
// rows so that steep parts of the outline (shoulder tops, the underside of the arm stubs) get more of them.

import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT, UV_STEPS, surfaceFromUv } from '../../src/anatomy/model-facts';

export type Field = (x: number, y: number, z: number) => number;

/** Rays start this far from the axis, outside everything. */
const START_RADIUS = 0.45;

/**
 * Largest radius r at which field(r sin a, y, r cos a) < level: the outermost crossing, found by marching in from
 * outside with steps proportional to the distance estimate, then bisecting.
 */
export function outermostRadius(
  field: Field,
  y: number,
  sin: number,
  cos: number,
  level: number,
  start = START_RADIUS,
): number {
  let outer = start;
  let r = start;
  let closest = Number.POSITIVE_INFINITY;
  let closestRadius = 0;
  for (;;) {
    const g = field(r * sin, y, r * cos) - level;
    if (g < 0) break;
    if (g < closest) {
      closest = g;
      closestRadius = r;
    }
    outer = r;
    r -= Math.max(g * 0.6, 0.0004);
    if (r <= 0) {
      // A deeper layer can split where the skin only just bridges (between the thighs): follow its nearest approach.
      if (level < 0) return closestRadius;
      throw new Error(`No surface on the ray at height ${y.toFixed(3)}, angle ${Math.atan2(sin, cos).toFixed(3)}`);
    }
  }
  let inner = r;
  while (outer - inner > 1e-6) {
    const mid = (inner + outer) / 2;
    if (field(mid * sin, y, mid * cos) - level < 0) inner = mid;
    else outer = mid;
  }
  return (inner + outer) / 2;
}

/**
 * The angle x height lattice every layer shares. Each row has the same number of vertices, but their angles are
 * spread by distance along that row's outline (not evenly by angle), so a surface that the rays from the axis meet
 * at a grazing angle (the front and back of the shoulders) is not sampled by a few long thin triangles.
 * Coordinates are exact 16-bit TEXCOORD_0 values.
 */
export interface Grid {
  /** Vertices per row: from -PI (back seam, right side) through 0 (front, the middle vertex) to +PI. */
  readonly columns: number;
  readonly rows: number;
  /** Angle of vertex (row i, column j) at i * columns + j. */
  readonly angles: Float64Array;
  /** u of each vertex as an integer on the 16-bit lattice. */
  readonly uSteps: Int32Array;
  /** Row heights, bottom to top. */
  readonly heights: Float64Array;
  /** v of each row as an integer on the 16-bit lattice. */
  readonly vSteps: Int32Array;
}

/** How much the column spacing follows the outline (1) rather than the angle (0). */
const ARC_WEIGHT = 0.75;
/** Rays per row used to measure the outline. */
const OUTLINE_SAMPLES = 480;

/**
 * Column angles for one row: each half (right, left) gets `half` steps by equal "length", a blend of distance
 * along the outline and the mean radius times the angle; the seam and the front midline stay fixed.
 */
function rowColumns(field: Field, y: number, half: number): Float64Array {
  const n = OUTLINE_SAMPLES;
  const theta = new Float64Array(n + 1);
  const px = new Float64Array(n + 1);
  const pz = new Float64Array(n + 1);
  let meanRadius = 0;
  for (let k = 0; k <= n; k++) {
    const a = -Math.PI + (k * 2 * Math.PI) / n;
    const r = outermostRadius(field, y, Math.sin(a), Math.cos(a), 0);
    theta[k] = a;
    px[k] = r * Math.sin(a);
    pz[k] = r * Math.cos(a);
    meanRadius += r / (n + 1);
  }
  const out = new Float64Array(2 * half + 1);
  for (const [from, to, offset] of [[0, n / 2, 0], [n / 2, n, half]] as const) {
    const cumulative = new Float64Array(to - from + 1);
    for (let k = from + 1; k <= to; k++) {
      const arc = Math.hypot(px[k]! - px[k - 1]!, pz[k]! - pz[k - 1]!);
      const even = (meanRadius * 2 * Math.PI) / n;
      cumulative[k - from] = cumulative[k - from - 1]! + ARC_WEIGHT * arc + (1 - ARC_WEIGHT) * even;
    }
    const total = cumulative[to - from]!;
    let k = 0;
    for (let j = 0; j <= half; j++) {
      const target = (total * j) / half;
      while (k < to - from - 1 && cumulative[k + 1]! < target) k++;
      const c0 = cumulative[k]!, c1 = cumulative[k + 1]!;
      const t = c1 > c0 ? Math.min(1, Math.max(0, (target - c0) / (c1 - c0))) : 0;
      out[offset + j] = theta[from + k]! + t * (theta[from + k + 1]! - theta[from + k]!);
    }
  }
  out[0] = -Math.PI;
  out[half] = 0;
  out[2 * half] = Math.PI;
  return out;
}

/** Columns for every row, smoothed up and down the body so quads stay square where the outline changes fast. */
function makeColumns(field: Field, heights: Float64Array, count: number): { angles: Float64Array; uSteps: Int32Array } {
  const half = count / 2;
  const cols = count + 1;
  const rows = heights.length;
  let angles = new Float64Array(rows * cols);
  heights.forEach((y, i) => angles.set(rowColumns(field, y, half), i * cols));
  for (let pass = 0; pass < 6; pass++) {
    const next = angles.slice();
    for (let i = 0; i < rows; i++) {
      for (let j = 1; j < count; j++) {
        if (j === half) continue;
        const below = angles[Math.max(0, i - 1) * cols + j]!;
        const above = angles[Math.min(rows - 1, i + 1) * cols + j]!;
        next[i * cols + j] = 0.25 * below + 0.5 * angles[i * cols + j]! + 0.25 * above;
      }
    }
    angles = next;
  }
  // Snap to the 16-bit u lattice, keeping every row strictly increasing.
  const uSteps = new Int32Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    let last = -1;
    for (let j = 0; j < cols; j++) {
      let k = Math.round(((angles[i * cols + j]! + Math.PI) / (2 * Math.PI)) * UV_STEPS);
      if (j === half) k = Math.round(UV_STEPS / 2);
      if (k <= last) k = last + 1;
      uSteps[i * cols + j] = k;
      angles[i * cols + j] = surfaceFromUv(k / UV_STEPS, 0).angle;
      last = k;
    }
  }
  return { angles, uSteps };
}

/**
 * Rows placed by equal steps of a "bendiness" measure: height plus the RMS change of radius across angles, so a
 * row lands every few millimetres of outline rather than every few millimetres of height.
 */
function makeRows(field: Field, count: number): { heights: Float64Array; vSteps: Int32Array } {
  const fine = 600;
  const probeAngles = 64;
  const span = MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT;
  const radii: Float64Array[] = [];
  for (let i = 0; i <= fine; i++) {
    const y = MODEL_MIN_HEIGHT + (span * i) / fine;
    const row = new Float64Array(probeAngles);
    for (let j = 0; j < probeAngles; j++) {
      const a = -Math.PI + ((j + 0.5) * 2 * Math.PI) / probeAngles;
      row[j] = outermostRadius(field, y, Math.sin(a), Math.cos(a), 0);
    }
    radii.push(row);
  }
  // Per fine step: the height step plus a high power mean of the radius change across angles (so a feature that
  // covers only a few angles, like the top of a shoulder, still gets rows), each angle's change capped so a true
  // step (the underside of an arm stub) does not swallow all the rows.
  const cumulative = new Float64Array(fine + 1);
  const dy = span / fine;
  for (let i = 1; i <= fine; i++) {
    const a = radii[i - 1]!;
    const b = radii[i]!;
    let sum = 0;
    for (let j = 0; j < probeAngles; j++) sum += Math.min(Math.abs(b[j]! - a[j]!), 0.012) ** 4;
    const dr = (sum / probeAngles) ** 0.25;
    cumulative[i] = cumulative[i - 1]! + Math.hypot(dy, 1.5 * dr);
  }
  const total = cumulative[fine]!;
  const heights = new Float64Array(count);
  const vSteps = new Int32Array(count);
  let i = 0;
  let last = -1;
  for (let n = 0; n < count; n++) {
    const target = (total * n) / (count - 1);
    while (i < fine && cumulative[i + 1]! < target) i++;
    const c0 = cumulative[i]!;
    const c1 = cumulative[Math.min(i + 1, fine)]!;
    const t = c1 > c0 ? Math.min(1, Math.max(0, (target - c0) / (c1 - c0))) : 0;
    const v = (i + t) / fine;
    let k = Math.round(v * UV_STEPS);
    if (n === 0) k = 0;
    if (n === count - 1) k = UV_STEPS;
    if (k <= last) k = last + 1;
    vSteps[n] = k;
    heights[n] = surfaceFromUv(0, k / UV_STEPS).height;
    last = k;
  }
  return { heights, vSteps };
}

export function makeGrid(field: Field, columns: number, rows: number): Grid {
  const { heights, vSteps } = makeRows(field, rows);
  return { columns: columns + 1, rows, heights, vSteps, ...makeColumns(field, heights, columns) };
}

/** Radius of the level set `level` (0 = skin, -depth for deeper layers) at every grid node, row-major. */
export function sampleLayer(field: Field, grid: Grid, level: number): Float64Array {
  const cols = grid.columns;
  const out = new Float64Array(cols * grid.rows);
  for (let i = 0; i < grid.rows; i++) {
    const y = grid.heights[i]!;
    for (let j = 0; j < cols; j++) {
      const a = grid.angles[i * cols + j]!;
      out[i * cols + j] = outermostRadius(field, y, Math.sin(a), Math.cos(a), level);
    }
  }
  return out;
}

/**
 * Radii of several level sets (depths in metres, increasing) at every grid node: `result[level][node]`. Each level
 * starts its march from the one above it, which the deeper level set never lies outside of.
 */
export function sampleDepths(field: Field, grid: Grid, depths: readonly number[]): Float64Array[] {
  const cols = grid.columns;
  const out: Float64Array[] = [];
  let previous: Float64Array | undefined;
  for (const depth of depths) {
    const radii = new Float64Array(cols * grid.rows);
    for (let i = 0; i < grid.rows; i++) {
      const y = grid.heights[i]!;
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        const a = grid.angles[k]!;
        const start = previous ? previous[k]! + 1e-4 : START_RADIUS;
        radii[k] = outermostRadius(field, y, Math.sin(a), Math.cos(a), -depth, start);
      }
    }
    out.push(radii);
    previous = radii;
  }
  return out;
}

/** Outward unit normal of a field's level sets at a point, by central differences over `h` metres. */
export function fieldNormal(field: Field, h = 0.002): (x: number, y: number, z: number) => [number, number, number] {
  return (x, y, z) => {
    const nx = field(x + h, y, z) - field(x - h, y, z);
    const ny = field(x, y + h, z) - field(x, y - h, z);
    const nz = field(x, y, z + h) - field(x, y, z - h);
    const l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    return [nx / l, ny / l, nz / l];
  };
}
