// The skeleton layer, for orientation: smooth simple solids (vertebrae with spinous and transverse processes along
// the spine's curve, sacrum, ribs with their costal cartilages, sternum, clavicles, scapulae with spine and acromion,
// proximal humeri, hip bones with crest, pubis and ischium, femurs), built through the shared landmark table
// (src/anatomy/landmarks.ts); each vertex is tagged with the region of the bone it belongs to and TEXCOORD_0 = the
// surface coordinate of its position. Bones are pulled in where they would reach above the muscles actually drawn
// over them (or the deep fascia), so the skeleton never pokes through a layer.

import { ARM_CUT_HEIGHT, UV_STEPS, uvFromSurface } from '../../src/anatomy/model-facts';
import { PELVIS, SHOULDER, STERNUM, SPINOUS_HEIGHTS, type Point3, metres, vertebraHeight } from '../../src/anatomy/landmarks';
import { regionById } from '../../src/anatomy/regions';
import { coverageOf } from './coverage';
import type { LayerMesh } from './mesh';
import { vertexNormals } from './muscles';
import { type Field, outermostRadius } from './sample';
import type { Vec3 } from './sdf';

/** Least depth of bone where no muscle lies over it (just under the deep fascia at 14 mm). */
const BARE_BONE_DEPTH = 0.0165;
/** Gap kept between bone and the underside of the deepest muscle above it. */
const CLEARANCE = 0.003;
/** Offsets (radians, metres) around a bone vertex at which the muscles over it are looked up. */
const LOOK_AROUND: readonly (readonly [number, number])[] = [[0, 0], [0.004, 0], [-0.004, 0], [0, 0.0015], [0, -0.0015]];

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

  /**
   * A curved plate through a grid of centre points (rows x columns), `half(i, j)` thick either side of it: two sheets
   * facing away from each other, the outer one (along the grid's normal) facing `outwards`.
   */
  plate(region: string, centre: readonly Vec3[][], half: (i: number, j: number) => number, outwards: Vec3): void {
    const rows = centre.length, cols = centre[0]!.length;
    const normalAt = (i: number, j: number): Vec3 => {
      const di = sub(centre[Math.min(rows - 1, i + 1)]![j]!, centre[Math.max(0, i - 1)]![j]!);
      const dj = sub(centre[i]![Math.min(cols - 1, j + 1)]!, centre[i]![Math.max(0, j - 1)]!);
      const n = unit(cross(di, dj));
      return dot(n, outwards) >= 0 ? n : scale(n, -1);
    };
    const outer = centre.map((row, i) => row.map((p, j) => add(p, scale(normalAt(i, j), half(i, j)))));
    const inner = centre.map((row, i) => row.map((p, j) => add(p, scale(normalAt(i, j), -half(i, j)))));
    // Sheet winding (see addSurface): the face normal is (d - a) x (b - a) rotated; check it mid-sheet.
    const i = Math.floor((rows - 1) / 2), j = Math.floor((cols - 1) / 2);
    const a = outer[i]![j]!, b = outer[i]![j + 1]!, c = outer[i + 1]![j + 1]!;
    const facing = dot(cross(sub(c, a), sub(b, a)), normalAt(i, j)) > 0;
    this.addSurface(region, facing ? outer : outer.map((r) => [...r].reverse()), false);
    this.addSurface(region, facing ? inner.map((r) => [...r].reverse()) : inner, false);
    // Close the rim, so the plate is a solid (the cross-section's caps count surfaces along each ray).
    const column = (sheet: Vec3[][], at: number): Vec3[] => sheet.map((row) => row[at]!);
    for (const [o, n] of [
      [outer[0]!, inner[0]!],
      [outer[rows - 1]!, inner[rows - 1]!],
      [column(outer, 0), column(inner, 0)],
      [column(outer, cols - 1), column(inner, cols - 1)],
    ] as const) {
      this.addSurface(region, [o, n], false);
    }
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

/** A landmark (mm) in metres on the given side (+1 left, -1 right). */
const onSide = (p: Point3, sign: number): Vec3 => {
  const m = metres(p);
  return [m[0] * sign, m[1], m[2]];
};

/** Resample a polyline to `n` points evenly along its length. */
function resample(line: readonly Vec3[], n: number): Vec3[] {
  const lengths = [0];
  for (let i = 1; i < line.length; i++) lengths.push(lengths[i - 1]! + norm(sub(line[i]!, line[i - 1]!)));
  const total = lengths[lengths.length - 1]!;
  const out: Vec3[] = [];
  for (let k = 0; k < n; k++) {
    const target = (total * k) / (n - 1);
    let i = 1;
    while (i < line.length - 1 && lengths[i]! < target) i++;
    const t = (target - lengths[i - 1]!) / Math.max(1e-9, lengths[i]! - lengths[i - 1]!);
    out.push(add(line[i - 1]!, scale(sub(line[i]!, line[i - 1]!), Math.min(1, Math.max(0, t)))));
  }
  return out;
}

const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t));

export function buildSkeleton(field: Field, muscles: readonly LayerMesh[]): LayerMesh {
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

  // Vertebrae C3-L5 along the sagittal curve (the back of the body, followed at a depth), with their processes; the
  // spinous processes' tips lie just under the deep fascia, where a finger finds them.
  const levels: { y: number; group: string; body: Vec3; spine: number; tp: number; droop: number }[] = [];
  for (let i = 3; i <= 7; i++) levels.push({ y: vertebraHeight(`c${i}`) / 1000, group: 'cervical', body: [0.011, 0.007, 0.009], spine: 0.045, tp: 0.02, droop: 0.008 });
  for (let i = 1; i <= 12; i++) levels.push({ y: vertebraHeight(`t${i}`) / 1000, group: 'thoracic', body: [0.015, 0.0095, 0.013], spine: 0.062, tp: 0.026, droop: 0.018 });
  for (let i = 1; i <= 5; i++) levels.push({ y: vertebraHeight(`l${i}`) / 1000, group: 'lumbar', body: [0.021, 0.012, 0.016], spine: 0.07, tp: 0.034, droop: 0.006 });
  for (const level of levels) {
    const region = `${level.group}-vertebrae.midline`;
    const centre = at(180, level.y, level.spine);
    b.ellipsoid(region, centre, [X, Y, Z], level.body);
    const lamina = at(180, level.y, level.spine - level.body[2] - 0.012);
    const tip = at(180, level.y - level.droop, 0.016);
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
  b.between('sacrum.midline', at(180, 0.91, 0.03), at(180, SPINOUS_HEIGHTS.coccyx / 1000 - 0.003, 0.03), 0.008, 0.006);

  // Sternum: manubrium, body and xiphoid, just under the deep fascia between the pectorals.
  const notch = STERNUM.jugularNotch[1] / 1000, sternalAngle = STERNUM.sternalAngle[1] / 1000, xiphoid = STERNUM.xiphoidTip[1] / 1000;
  b.ellipsoid('sternum.midline', at(0, (notch + sternalAngle) / 2, 0.021), [X, Y, Z], [0.02, (notch - sternalAngle) / 2 + 0.006, 0.007], 10, 16);
  b.ellipsoid('sternum.midline', at(0, (sternalAngle + xiphoid + 0.03) / 2, 0.021), [X, Y, Z], [0.0135, (sternalAngle - xiphoid - 0.03) / 2 + 0.004, 0.007], 24, 16);
  b.between('sternum.midline', at(0, xiphoid + 0.032, 0.023), at(0, xiphoid, 0.025), 0.008, 0.004);
  /** Where rib `i` (1-7) meets the sternum's lateral edge, on the given side. */
  const sternalEnd = (i: number, sign: number): Vec3 => {
    const y = notch - 0.012 - ((notch - 0.012 - (xiphoid + 0.03)) * (i - 1)) / 6;
    const p = at(0, y, 0.021);
    return [sign * (i <= 1 ? 0.016 : 0.009), y, p[2] - 0.002];
  };

  for (const sign of [1, -1] as const) {
    const side = sign > 0 ? 'left' : 'right';
    const deg = (d: number): number => sign * d;
    // Ribs 1-12: from the transverse process round the side, dropping towards the front. Ribs 1-7 reach the sternum
    // through their costal cartilages; 8-10 join the cartilage above (the costal margin); 11-12 float, their tips
    // well above the iliac crest.
    const cartilages: Vec3[][] = [];
    for (let i = 1; i <= 12; i++) {
      const y0 = vertebraHeight(`t${i}`) / 1000;
      const end = i <= 7 ? 16 + 1.5 * i : i <= 10 ? 30 + (i - 8) * 12 : i === 11 ? 95 : 118;
      const drop = i <= 7 ? 0.045 + 0.012 * i : i <= 10 ? 0.12 : i === 11 ? 0.095 : 0.075;
      const points: Vec3[] = [];
      for (let k = 0; k <= 22; k++) {
        const t = k / 22;
        const degrees = 172 - (172 - end) * t;
        const y = y0 + 0.012 * Math.sin(Math.PI * Math.min(1, t * 3)) - drop * t * t;
        const p = at(deg(degrees), y, 0.045 - 0.015 * Math.sin(Math.PI * t));
        // Only where the rays meet the arm stubs is the rib held inside the rib cage's own shape; elsewhere it follows
        // the chest wall, under the muscles on it.
        points.push(y > ARM_CUT_HEIGHT - 0.015 && degrees > 55 && degrees < 125 ? inRibcage(p) : p);
      }
      b.tube(`ribs.${side}`, points, i <= 2 ? 0.005 : 0.0055, 6);
      const front = points[points.length - 1]!;
      if (i <= 7) {
        const target = sternalEnd(i, sign);
        const cartilage = [front, lerp3(front, target, 0.5), target];
        cartilage[1] = [cartilage[1]![0], cartilage[1]![1], cartilage[1]![2] + 0.004];
        b.tube(`costal-cartilage.${side}`, cartilage, 0.0048, 6);
        cartilages.push(cartilage);
      } else if (i <= 10) {
        // Up and in to the cartilage above, about a third of the way from its rib.
        const above = cartilages[cartilages.length - 1]!;
        const joint = lerp3(above[0]!, above[2]!, i === 8 ? 0.55 : 0.3);
        const cartilage = [front, lerp3(front, joint, 0.5), joint];
        b.tube(`costal-cartilage.${side}`, cartilage, 0.0042, 6);
        cartilages.push(cartilage);
      }
    }
    // Clavicle: sternoclavicular joint to the acromion, its S-curve from the landmark table.
    b.tube(`clavicle.${side}`, resample(SHOULDER.clavicle.map((p) => onSide(p, sign)), 9), 0.0065, 8);
    // Scapula: a thin, nearly flat plate between its three angles (it glides on the back of the rib cage; a plate that
    // followed the skin would run out into the posterior axillary fold), its spine as a ridge, the acromion as a flat
    // cap out at the shoulder's tip, the coracoid hooking forward.
    const corners = [SHOULDER.superiorAngle, SHOULDER.inferiorAngle, SHOULDER.glenoid].map((p) => onSide(p, sign));
    const steps = 14;
    const blade: Vec3[][] = [];
    const thickness: number[][] = [];
    for (let i = 0; i <= steps; i++) {
      const row: Vec3[] = [];
      const halves: number[] = [];
      for (let j = 0; j <= steps; j++) {
        // A square mapped onto the triangle: u along one edge, v towards the third corner (the glenoid).
        const u = j / steps, v = i / steps;
        const l0 = (1 - u) * (1 - v), l1 = u * (1 - v), l2 = v;
        const p = add(add(scale(corners[0]!, l0), scale(corners[1]!, l1)), scale(corners[2]!, l2));
        // Bowed a little backwards in the middle, like the blade over the curve of the ribs.
        row.push(add(p, [0, 0, -0.01 * Math.cbrt(27 * l0 * l1 * l2)]));
        halves.push(0.006 * Math.min(1, 1.4 * Math.cbrt(27 * l0 * l1 * l2)) + 0.0008);
      }
      blade.push(row);
      thickness.push(halves);
    }
    b.plate(`scapula.${side}`, blade, (i, j) => thickness[i]![j]!, [sign * 0.3, 0, -1]);
    b.tube(`scapula.${side}`, resample(SHOULDER.scapularSpine.map((p) => onSide(p, sign)), 8), 0.0055, 8);
    b.ellipsoid(`scapula.${side}`, add(onSide(SHOULDER.acromion, sign), [sign * -0.01, 0, 0]), [X, Y, Z], [0.014, 0.006, 0.016]);
    b.ellipsoid(`scapula.${side}`, onSide(SHOULDER.glenoid, sign), [X, Y, Z], [0.008, 0.018, 0.013]);
    b.between(`scapula.${side}`, onSide(SHOULDER.glenoid, sign), onSide(SHOULDER.coracoid, sign), 0.006, 0.006);
    // Proximal humerus: head against the glenoid, greater tubercle out to the side, shaft down to the arm stub's cut.
    const head = onSide(SHOULDER.humeralHead, sign);
    b.ellipsoid(`humerus.${side}`, head, [X, Y, Z], [0.022, 0.023, 0.022]);
    b.ellipsoid(`humerus.${side}`, add(head, [sign * 0.016, -0.006, 0.004]), [X, Y, Z], [0.01, 0.014, 0.012]);
    b.tube(`humerus.${side}`, [add(head, [0, -0.012, 0]), ...SHOULDER.humeralShaft.map((p) => onSide(p, sign))], 0.0115, 10);

    // Hip bone: the iliac wing as a curved plate from the crest (PSIS round the side to the ASIS) down to the body of
    // the ilium over the acetabulum; the acetabulum; pubic rami meeting the other side at the symphysis; the ischium
    // with its tuberosity.
    const crest = resample(PELVIS.iliacCrest.map((p) => onSide(p, sign)), 13);
    const acetabulum = onSide(PELVIS.acetabulum, sign);
    const baseBack = add(acetabulum, [sign * -0.03, 0.05, -0.05]);
    const baseFront = add(acetabulum, [sign * 0.006, 0.035, 0.03]);
    const wingRows = 7;
    const wing: Vec3[][] = [];
    for (let i = 0; i <= wingRows; i++) {
      const s = i / wingRows;
      wing.push(crest.map((c, j) => {
        const base = lerp3(baseBack, baseFront, j / (crest.length - 1));
        const p = lerp3(c, base, s);
        // The gluteal surface bulges out a little between crest and acetabulum.
        return add(p, [sign * 0.008 * Math.sin(Math.PI * s), 0, 0]);
      }));
    }
    b.plate(`pelvis.${side}`, wing, (i) => 0.0075 - 0.0035 * (i / wingRows), [sign, 0, 0]);
    b.tube(`pelvis.${side}`, crest, 0.0075, 8);
    b.ellipsoid(`pelvis.${side}`, acetabulum, [X, Y, Z], [0.027, 0.027, 0.027]);
    b.tube(`pelvis.${side}`, [add(acetabulum, [sign * -0.012, -0.006, 0.018]), onSide([52, 882, 48], sign), onSide(PELVIS.pubicTubercle, sign)], 0.009, 8);
    b.ellipsoid(`pelvis.${side}`, onSide([10, 862, 62], sign), [X, Y, Z], [0.0085, 0.02, 0.01]);
    b.tube(`pelvis.${side}`, [onSide([10, 846, 58], sign), onSide([30, 834, 28], sign), onSide([48, 826, -18], sign), onSide(PELVIS.ischialTuberosity, sign)], 0.0065, 8);
    b.tube(`pelvis.${side}`, [add(acetabulum, [sign * -0.01, -0.008, -0.02]), onSide(PELVIS.ischialSpine, sign), onSide(PELVIS.ischialTuberosity, sign)], 0.011, 8);
    b.ellipsoid(`pelvis.${side}`, onSide(PELVIS.ischialTuberosity, sign), [X, Y, Z], [0.014, 0.02, 0.016]);
    // Femur: head in the acetabulum, neck, greater trochanter, shaft down to the cut.
    const trochanter = onSide(PELVIS.greaterTrochanter, sign);
    b.between(`femur.${side}`, add(acetabulum, [sign * 0.004, -0.002, 0]), add(trochanter, [sign * -0.006, -0.004, 0.004]), 0.014, 0.013);
    b.ellipsoid(`femur.${side}`, add(acetabulum, [sign * 0.004, 0, 0]), [X, Y, Z], [0.022, 0.022, 0.022]);
    b.ellipsoid(`femur.${side}`, trochanter, [X, Y, Z], [0.017, 0.025, 0.02]);
    b.tube(`femur.${side}`, [add(trochanter, [sign * -0.01, -0.01, 0.01]), mirror([0.118, 0.8, 0.008], sign), mirror([0.103, 0.712, 0.02], sign)], 0.016, 10);
  }

  // Pull bone in under the muscles drawn above it (with a clearance), or under the deep fascia where none is.
  const coverages = muscles.map(coverageOf);
  const positions = new Float32Array(b.positions);
  const count = positions.length / 3;
  const uvs = new Float32Array(count * 2);
  for (let v = 0; v < count; v++) {
    const x = positions[v * 3]!;
    let y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    y = Math.min(1.6, Math.max(0.7, y));
    const angle = Math.atan2(x, z);
    let rMax = outermostRadius(field, y, Math.sin(angle), Math.cos(angle), -BARE_BONE_DEPTH);
    // Also a hair around the vertex: a muscle's cut edge may pass right through it.
    for (const coverage of coverages) {
      for (const [da, dy] of LOOK_AROUND) {
        const under = coverage.innermost(angle + da, y + dy);
        if (under !== undefined) rMax = Math.min(rMax, under - CLEARANCE);
      }
    }
    const r = Math.hypot(x, z);
    const s = r > rMax ? Math.max(0, rMax) / r : 1;
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
