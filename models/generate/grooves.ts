// Shallow grooves between neighbouring muscles on the muscle layer, so each muscle belly reads as its own shape:
// a raster of distances to the nearest outline (from regionAt), softened, turned into a depth and added to the field.

import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT } from '../../src/anatomy/model-facts';
import { regionAt } from '../../src/anatomy/outlines';
import { smoothstep } from './relief';
import type { Field } from './sample';

/** Raster resolution: half a degree around, a millimetre up. */
const COLUMNS = 720;
const ROWS = 901;
/** Typical radius used to turn degrees into millimetres along the surface. */
const RADIUS = 0.14;
/** Deepest groove (at an outline) and how far from the outline it fades out, in metres. */
const DEPTH = 0.0028;
const WIDTH = 0.015;

/** Parts of one muscle are not separated by a groove (upper, middle and lower trapezius). */
function muscleOf(angle: number, height: number): string {
  const id = regionAt('muscle', angle, height);
  const structure = id.slice(0, id.lastIndexOf('.'));
  return structure.endsWith('-trapezius') ? `trapezius${id.slice(id.lastIndexOf('.'))}` : id;
}

/** Groove depth (metres) on the raster, row-major, bottom row first. */
function grooveRaster(): Float64Array {
  const dx = ((2 * Math.PI) / COLUMNS) * RADIUS;
  const dy = (MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT) / (ROWS - 1);
  const ids: string[] = new Array<string>(COLUMNS * ROWS);
  for (let i = 0; i < ROWS; i++) {
    const h = MODEL_MIN_HEIGHT + i * dy;
    for (let j = 0; j < COLUMNS; j++) ids[i * COLUMNS + j] = muscleOf(-Math.PI + ((j + 0.5) * 2 * Math.PI) / COLUMNS, h);
  }
  const distance = new Float64Array(COLUMNS * ROWS).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < ROWS; i++) {
    for (let j = 0; j < COLUMNS; j++) {
      const k = i * COLUMNS + j;
      const right = i * COLUMNS + ((j + 1) % COLUMNS);
      if (ids[k] !== ids[right]) distance[k] = distance[right] = dx / 2;
      if (i + 1 < ROWS && ids[k] !== ids[k + COLUMNS]) distance[k] = distance[k + COLUMNS] = dy / 2;
    }
  }
  // Two-pass chamfer distance transform (8 neighbours, wrapping around the body), run twice for the seam.
  const dd = Math.hypot(dx, dy);
  const relax = (k: number, n: number, w: number): void => {
    const v = distance[n]! + w;
    if (v < distance[k]!) distance[k] = v;
  };
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < ROWS; i++) {
      for (let j = 0; j < COLUMNS; j++) {
        const k = i * COLUMNS + j;
        const left = i * COLUMNS + ((j + COLUMNS - 1) % COLUMNS);
        relax(k, left, dx);
        if (i > 0) {
          relax(k, k - COLUMNS, dy);
          relax(k, left - COLUMNS, dd);
          relax(k, (i - 1) * COLUMNS + ((j + 1) % COLUMNS), dd);
        }
      }
    }
    for (let i = ROWS - 1; i >= 0; i--) {
      for (let j = COLUMNS - 1; j >= 0; j--) {
        const k = i * COLUMNS + j;
        const right = i * COLUMNS + ((j + 1) % COLUMNS);
        relax(k, right, dx);
        if (i + 1 < ROWS) {
          relax(k, k + COLUMNS, dy);
          relax(k, right + COLUMNS, dd);
          relax(k, (i + 1) * COLUMNS + ((j + COLUMNS - 1) % COLUMNS), dd);
        }
      }
    }
  }
  let depth: Float64Array = distance.map((d) => DEPTH * (1 - smoothstep(0, WIDTH, d)));
  // Soften the raster (three box passes each way) so the field, and so the shading, has no steps.
  for (let pass = 0; pass < 3; pass++) depth = boxBlur(depth, 2, 3);
  return depth;
}

/** Box blur with radius rx across (wrapping) and ry up (clamped). */
function boxBlur(src: Float64Array, rx: number, ry: number): Float64Array {
  const across = new Float64Array(src.length);
  for (let i = 0; i < ROWS; i++) {
    for (let j = 0; j < COLUMNS; j++) {
      let sum = 0;
      for (let o = -rx; o <= rx; o++) sum += src[i * COLUMNS + ((j + o + COLUMNS) % COLUMNS)]!;
      across[i * COLUMNS + j] = sum / (2 * rx + 1);
    }
  }
  const out = new Float64Array(src.length);
  for (let i = 0; i < ROWS; i++) {
    for (let j = 0; j < COLUMNS; j++) {
      let sum = 0;
      for (let o = -ry; o <= ry; o++) sum += across[Math.min(ROWS - 1, Math.max(0, i + o)) * COLUMNS + j]!;
      out[i * COLUMNS + j] = sum / (2 * ry + 1);
    }
  }
  return out;
}

/** The muscle layer's field: `field` pushed in along the outlines between muscles. */
export function withMuscleGrooves(field: Field): Field {
  const raster = grooveRaster();
  const span = MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT;
  return (x, y, z) => {
    const u = ((Math.atan2(x, z) + Math.PI) / (2 * Math.PI)) * COLUMNS - 0.5;
    const v = Math.min(ROWS - 1, Math.max(0, ((y - MODEL_MIN_HEIGHT) / span) * (ROWS - 1)));
    const j0 = Math.floor(u);
    const i0 = Math.min(ROWS - 2, Math.floor(v));
    const fu = u - j0;
    const fv = v - i0;
    const c0 = (j0 + COLUMNS) % COLUMNS;
    const c1 = (j0 + 1 + COLUMNS) % COLUMNS;
    const r0 = i0 * COLUMNS;
    const r1 = r0 + COLUMNS;
    const g =
      (raster[r0 + c0]! * (1 - fu) + raster[r0 + c1]! * fu) * (1 - fv) +
      (raster[r1 + c0]! * (1 - fu) + raster[r1 + c1]! * fu) * fv;
    return field(x, y, z) + g;
  };
}
