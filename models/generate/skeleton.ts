// The skeleton layer, for orientation: smooth simple solids (vertebrae with spinous and transverse processes along
// the spine's curve, sacrum, ribs, sternum, clavicles, scapulae with spine and acromion, hip bones, femurs), each
// vertex tagged with its bone's region and TEXCOORD_0 = the surface coordinate of its position. Bones are pulled in
// where they would reach above the deepest muscle over them, so the skeleton never pokes through a muscle layer.

import { UV_STEPS, uvFromSurface } from '../../src/anatomy/model-facts';
import { ACROMION, CLAVICLE_LINE, SCAPULA_CORNERS, SCAPULA_SPINE_LINE, SPINE_HEIGHTS, muscleOnLayer } from '../../src/anatomy/outlines';
import { regionById } from '../../src/anatomy/regions';
import type { LayerMesh } from './mesh';
import { type MuscleLayerSpec, vertexNormals } from './muscles';
import { type Field, outermostRadius } from './sample';
import type { Vec3 } from './sdf';

/** Least depth of bone where no muscle lies over it (just under the deep fascia at 14 mm). */
const BARE_BONE_DEPTH = 0.017;
/** Gap kept between bone and the underside of the deepest muscle above it. */
const CLEARANCE = 0.003;

class Builder {
  readonly positions: number[] = [];
  readonly regions: number[] = [];
  readonly indices: number[] = [];

  private regionIndex(id: string): number {
    const region = regionById(id);
    if (!region || region.layer !== 'skeleton') throw new Error(`no skeleton region ${id}`);
    return region.index;
  }

  /** A grid of rings x segments vertices (rows wrap around when `closed`), triangulated outward-facing. */
  addSurface(region: string, points: readonly Vec3[][], closedAround: boolean): void {
    const index = this.regionIndex(region);
    const base = this.positions.length / 3;
    const rows = points.length;
    const cols = points[0]!.length;
    for (const row of points) {
      for (const p of row) {
        this.positions.push(p[0], p[1], p[2]);
        this.regions.push(index);
      }
    }
    const colsUsed = closedAround ? cols : cols - 1;
    for (let i = 0; i + 1 < rows; i++) {
      for (let j = 0; j < colsUsed; j++) {
        const jn = (j + 1) % cols;
        const a = base + i * cols + j, b = base + i * cols + jn, c = base + (i + 1) * cols + jn, d = base + (i + 1) * cols + j;
        this.indices.push(a, c, b, a, d, c);
      }
    }
  }

  /** An ellipsoid with semi-axes along three orthonormal directions. */
  ellipsoid(region: string, c: Vec3, axes: readonly [Vec3, Vec3, Vec3], radii: Vec3, rings = 8, segments = 12): void {
    const rows: Vec3[][] = [];
    for (let i = 0; i <= rings; i++) {
      const phi = (Math.PI * i) / rings - Math.PI / 2; // bottom to top along axis 1
      const row: Vec3[] = [];
      for (let j = 0; j < segments; j++) {
        const th = (2 * Math.PI * j) / segments;
        const l0 = Math.cos(phi) * Math.cos(th) * radii[0];
        const l1 = Math.sin(phi) * radii[1];
        const l2 = Math.cos(phi) * Math.sin(th) * radii[2];
        row.push([
          c[0] + axes[0][0] * l0 + axes[1][0] * l1 + axes[2][0] * l2,
          c[1] + axes[0][1] * l0 + axes[1][1] * l1 + axes[2][1] * l2,
          c[2] + axes[0][2] * l0 + axes[1][2] * l1 + axes[2][2] * l2,
        ]);
      }
      rows.push(row);
    }
    // Going round from axis 0 towards axis 2 with latitude rising along axis 1, the winding faces outwards for a
    // right-handed frame; flip the rows for a left-handed one.
    const det = dot(cross(axes[0], axes[1]), axes[2]);
    this.addSurface(region, det > 0 ? rows : rows.map((r) => [...r].reverse()), true);
  }

  /** An ellipsoid stretched between two points (its long axis), `width` across in x-ish, `depth` the other way. */
  between(region: string, p: Vec3, q: Vec3, width: number, depth: number): void {
    const d = sub(q, p);
    const len = norm(d);
    const axis = scale(d, 1 / len);
    let side = cross(axis, [0, 0, 1]);
    if (norm(side) < 0.2) side = cross(axis, [0, 1, 0]);
    side = scale(side, 1 / norm(side));
    const other = cross(side, axis);
    this.ellipsoid(region, scale(add(p, q), 0.5), [side, axis, other], [width, len / 2, depth], 6, 10);
  }

  /** A tube through `points` with round ends. */
  tube(region: string, points: readonly Vec3[], radius: number, sides = 8): void {
    const rings: Vec3[][] = [];
    const n = points.length;
    const startCap = points[0]!;
    const endCap = points[n - 1]!;
    const t0 = unit(sub(points[1]!, points[0]!));
    const t1 = unit(sub(points[n - 1]!, points[n - 2]!));
    rings.push(Array.from({ length: sides }, () => add(startCap, scale(t0, -radius * 0.8))));
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      const tangent = unit(sub(points[Math.min(n - 1, i + 1)]!, points[Math.max(0, i - 1)]!));
      let ref: Vec3 = [0, 1, 0];
      if (Math.abs(dot(ref, tangent)) > 0.9) ref = [1, 0, 0];
      const u = unit(cross(tangent, ref));
      const v = cross(u, tangent);
      const ring: Vec3[] = [];
      for (let j = 0; j < sides; j++) {
        const th = (2 * Math.PI * j) / sides;
        ring.push(add(p, add(scale(u, Math.cos(th) * radius), scale(v, Math.sin(th) * radius))));
      }
      rings.push(ring);
    }
    rings.push(Array.from({ length: sides }, () => add(endCap, scale(t1, radius * 0.8))));
    this.addSurface(region, rings, true);
  }
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec3): Vec3 => scale(a, 1 / (norm(a) || 1));
const mirror = (p: Vec3, sign: number): Vec3 => [p[0] * sign, p[1], p[2]];

/** Whether a sheet of rows triangulated as in Builder.addSurface faces away from the body axis (checked mid-sheet). */
function facesOutwards(rows: readonly Vec3[][]): boolean {
  const i = Math.floor((rows.length - 1) / 2);
  const j = Math.floor((rows[0]!.length - 1) / 2);
  const a = rows[i]![j]!, bb = rows[i]![j + 1]!, c = rows[i + 1]![j + 1]!;
  const n = cross(sub(c, a), sub(bb, a));
  return n[0] * a[0] + n[2] * a[2] > 0;
}

export function buildSkeleton(field: Field, layers: readonly MuscleLayerSpec[]): LayerMesh {
  /** The point `depth` under the skin (measured on the deep fascia's field) at degrees from the front, height. */
  const at = (degrees: number, y: number, depth: number): Vec3 => {
    const a = (degrees * Math.PI) / 180;
    const r = outermostRadius(field, y, Math.sin(a), Math.cos(a), -Math.max(0.014, depth));
    return [r * Math.sin(a), y, r * Math.cos(a)];
  };
  /** Keep a rib point inside the rib cage's own ellipsoid (body.ts), so the upper ribs stay out of the arms. */
  const inRibcage = (p: Vec3): Vec3 => {
    const t = Math.max(-0.97, Math.min(0.97, (p[1] - 1.29) / 0.2));
    const k = 0.86 * Math.sqrt(1 - t * t);
    const rx = 0.138 * k, rz = 0.117 * k;
    const zc = -0.008 - 0.03 * t;
    const dz = p[2] - zc;
    const r = Math.hypot(p[0], dz);
    const limit = 1 / Math.hypot(p[0] / r / rx, dz / r / rz);
    return r > limit ? [(p[0] * limit) / r, p[1], zc + (dz * limit) / r] : p;
  };
  const b = new Builder();
  const X: Vec3 = [1, 0, 0], Y: Vec3 = [0, 1, 0], Z: Vec3 = [0, 0, 1];

  // Vertebrae C3-L5 along the sagittal curve (the back of the body, followed at a depth), with their processes.
  const levels: { y: number; group: string; body: Vec3; spine: number; tp: number; droop: number }[] = [];
  for (let i = 0; i < 5; i++) levels.push({ y: SPINE_HEIGHTS.c3 + ((SPINE_HEIGHTS.c7 - SPINE_HEIGHTS.c3) * i) / 4, group: 'cervical', body: [0.011, 0.007, 0.009], spine: 0.045, tp: 0.02, droop: 0.008 });
  for (let i = 1; i <= 12; i++) levels.push({ y: SPINE_HEIGHTS.c7 + ((SPINE_HEIGHTS.t12 - SPINE_HEIGHTS.c7) * i) / 12, group: 'thoracic', body: [0.015, 0.0095, 0.013], spine: 0.065, tp: 0.026, droop: 0.02 });
  for (let i = 1; i <= 5; i++) levels.push({ y: SPINE_HEIGHTS.t12 - 0.035 * i, group: 'lumbar', body: [0.021, 0.012, 0.016], spine: 0.075, tp: 0.032, droop: 0.006 });
  for (const level of levels) {
    const region = `${level.group}-vertebrae.midline`;
    const centre = at(180, level.y, level.spine);
    b.ellipsoid(region, centre, [X, Y, Z], level.body);
    const lamina = at(180, level.y, level.spine - level.body[2] - 0.012);
    const tip = at(180, level.y - level.droop, 0.02);
    b.between(region, lamina, tip, 0.0035, level.group === 'lumbar' ? 0.009 : 0.006);
    for (const sign of [1, -1]) {
      const root: Vec3 = [0, level.y, lamina[2] + 0.004];
      b.between(region, root, [sign * level.tp, level.y - 0.003, lamina[2] - 0.004], 0.0045, 0.004);
    }
  }
  // Sacrum and coccyx, tipped back at the bottom.
  const sacrum = at(180, 0.95, 0.04);
  const tilt = (20 * Math.PI) / 180;
  b.ellipsoid('sacrum.midline', sacrum, [X, [0, Math.cos(tilt), Math.sin(tilt)], [0, -Math.sin(tilt), Math.cos(tilt)]], [0.045, 0.058, 0.013]);
  b.between('sacrum.midline', at(180, 0.91, 0.03), at(180, 0.872, 0.03), 0.008, 0.006);

  // Sternum.
  b.ellipsoid('sternum.midline', at(0, 1.345, 0.022), [X, Y, Z], [0.017, 0.095, 0.007]);
  b.between('sternum.midline', at(0, 1.255, 0.024), at(0, 1.225, 0.026), 0.008, 0.004);

  for (const sign of [1, -1] as const) {
    const side = sign > 0 ? 'left' : 'right';
    const deg = (d: number): number => sign * d;
    // Ribs 1-12: from the transverse process round the side, dropping towards the front; 8-10 reach the costal
    // margin, 11-12 float.
    for (let i = 1; i <= 12; i++) {
      const y0 = SPINE_HEIGHTS.c7 + ((SPINE_HEIGHTS.t12 - SPINE_HEIGHTS.c7) * i) / 12;
      const end = i <= 7 ? 7 : i <= 10 ? 16 + (i - 8) * 14 : i === 11 ? 95 : 118;
      const drop = i <= 7 ? 0.05 + 0.012 * i : 0.12;
      const points: Vec3[] = [];
      for (let k = 0; k <= 22; k++) {
        const t = k / 22;
        const degrees = 172 - (172 - end) * t;
        const y = y0 + 0.012 * Math.sin(Math.PI * Math.min(1, t * 3)) - drop * t * t;
        points.push(inRibcage(at(deg(degrees), y, 0.045 - 0.015 * Math.sin(Math.PI * t))));
      }
      b.tube(`ribs.${side}`, points, i <= 2 ? 0.005 : 0.0055, 6);
    }
    // Clavicle: sternoclavicular joint to the acromion.
    const clavicle: Vec3[] = CLAVICLE_LINE.map(([d, y]) => at(deg(d), y, 0.033));
    b.tube(`clavicle.${side}`, clavicle, 0.0065, 8);
    // Scapula: a thin lens over its outline, its spine as a ridge, the acromion as a flat cap.
    const corners = SCAPULA_CORNERS.map(([d, y]) => [deg(d), y] as const);
    const steps = 14;
    const top: Vec3[][] = [];
    const bottom: Vec3[][] = [];
    for (let i = 0; i <= steps; i++) {
      const rowTop: Vec3[] = [];
      const rowBottom: Vec3[] = [];
      for (let j = 0; j <= steps; j++) {
        // A square mapped onto the triangle: u along one edge, v towards the third corner.
        const u = j / steps, v = i / steps;
        const l0 = (1 - u) * (1 - v), l1 = u * (1 - v), l2 = v;
        const d = l0 * corners[0]![0] + l1 * corners[1]![0] + l2 * corners[2]![0];
        const y = l0 * corners[0]![1] + l1 * corners[1]![1] + l2 * corners[2]![1];
        const half = 0.006 * Math.min(1, 1.4 * Math.cbrt(27 * l0 * l1 * l2));
        rowTop.push(at(d, y, 0.051 - half));
        rowBottom.push(at(d, y, 0.051 + half));
      }
      top.push(rowTop);
      bottom.push(rowBottom);
    }
    const outwards = facesOutwards(top);
    b.addSurface(`scapula.${side}`, outwards ? top : top.map((r) => [...r].reverse()), false);
    b.addSurface(`scapula.${side}`, outwards ? bottom.map((r) => [...r].reverse()) : bottom, false);
    const spine = SCAPULA_SPINE_LINE.map(([d, y]) => at(deg(d), y, 0.043));
    b.tube(`scapula.${side}`, spine, 0.005, 8);
    const acromion = at(deg(ACROMION[0]), ACROMION[1], 0.031);
    b.ellipsoid(`scapula.${side}`, acromion, [X, Y, Z], [0.018, 0.006, 0.016]);
    // Hip bone: the iliac wing (crest at the side ~1.075 m, from the PSIS behind to the ASIS in front), pubic and
    // ischial rami, the acetabulum.
    const psis = mirror([0.05, 1.0, -0.085], sign);
    const asis = mirror([0.125, 0.99, 0.05], sign);
    const width = unit(sub(asis, psis));
    const lean = (18 * Math.PI) / 180;
    const up = unit([sign * Math.sin(lean), Math.cos(lean), 0]);
    const across = unit(cross(width, up));
    const upOrtho = unit(cross(across, width));
    b.ellipsoid(`pelvis.${side}`, add(scale(add(psis, asis), 0.5), [sign * 0.012, 0.0, 0]), [across, upOrtho, width], [0.011, 0.078, 0.085], 10, 14);
    b.between(`pelvis.${side}`, mirror([0.085, 0.905, 0.02], sign), mirror([0.014, 0.878, 0.062], sign), 0.011, 0.009);
    b.between(`pelvis.${side}`, mirror([0.08, 0.925, -0.025], sign), mirror([0.055, 0.835, -0.045], sign), 0.013, 0.012);
    b.ellipsoid(`pelvis.${side}`, mirror([0.088, 0.905, -0.002], sign), [X, Y, Z], [0.026, 0.026, 0.026]);
    // Femur: head, neck, greater trochanter, shaft down to the cut.
    b.between(`femur.${side}`, mirror([0.095, 0.9, 0.0], sign), mirror([0.138, 0.885, -0.01], sign), 0.014, 0.013);
    b.ellipsoid(`femur.${side}`, mirror([0.142, 0.89, -0.014], sign), [X, Y, Z], [0.017, 0.025, 0.02]);
    b.tube(`femur.${side}`, [mirror([0.133, 0.88, -0.004], sign), mirror([0.118, 0.8, 0.008], sign), mirror([0.103, 0.712, 0.02], sign)], 0.016, 10);
  }

  // Pull bone in under the deepest muscle above it (or under the deep fascia where no muscle is).
  const positions = new Float32Array(b.positions);
  const count = positions.length / 3;
  const uvs = new Float32Array(count * 2);
  for (let v = 0; v < count; v++) {
    const x = positions[v * 3]!;
    let y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    y = Math.min(1.6, Math.max(0.7, y));
    const angle = Math.atan2(x, z);
    const degrees = (Math.abs(angle) * 180) / Math.PI;
    // Look a little around the vertex too: a patch's straight edges can cut across a notch in its outline.
    let limit = BARE_BONE_DEPTH;
    for (const layer of layers) {
      for (const da of [-1.5, 0, 1.5]) {
        for (const dy of [-0.006, 0, 0.006]) {
          if (muscleOnLayer(layer.id as 'superficialMuscle', Math.min(180, Math.abs(degrees + da)), y + dy) !== undefined) {
            limit = Math.max(limit, layer.bottom + CLEARANCE);
          }
        }
      }
    }
    const r = Math.hypot(x, z);
    const rMax = outermostRadius(field, y, Math.sin(angle), Math.cos(angle), -limit);
    const s = r > rMax ? rMax / r : 1;
    positions[v * 3] = x * s;
    positions[v * 3 + 1] = y;
    positions[v * 3 + 2] = z * s;
    const [u, w] = uvFromSurface(angle, y);
    uvs[v * 2] = Math.round(u * UV_STEPS) / UV_STEPS;
    uvs[v * 2 + 1] = Math.round(w * UV_STEPS) / UV_STEPS;
  }
  const indices = Uint32Array.from(b.indices);
  return { positions, normals: vertexNormals(positions, indices), uvs, regions: Uint16Array.from(b.regions), indices };
}
