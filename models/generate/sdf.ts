// Signed-distance building blocks the body is described with: rotated ellipsoids, tapered capsules with an
// elliptical cross-section, an optional cutting plane, and the polynomial smooth union that blends them.

export type Vec3 = readonly [number, number, number];

/** A solid: negative inside, positive outside, roughly the distance to its surface in metres. */
export interface Solid {
  distance(x: number, y: number, z: number): number;
  /**
   * A sphere containing the solid, and how far the distance estimate can fall short of the true distance outside
   * it (distance >= (|p - center| - radius) * factor), so far solids can be skipped without changing the field.
   */
  readonly bounds: { readonly center: Vec3; readonly radius: number; readonly factor: number };
}

/** Row-major 3x3 rotation from Euler angles in degrees, applied in the order X, then Y, then Z. */
function rotation(degrees: Vec3): number[] {
  const [ax, ay, az] = degrees.map((d) => (d * Math.PI) / 180) as [number, number, number];
  const cx = Math.cos(ax), sx = Math.sin(ax);
  const cy = Math.cos(ay), sy = Math.sin(ay);
  const cz = Math.cos(az), sz = Math.sin(az);
  // R = Rz * Ry * Rx (world from local).
  return [
    cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
    sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
    -sy, cy * sx, cy * cx,
  ];
}

/** Ellipsoid with semi-axes `radii`, rotated by `degrees` (local from world uses the transpose). */
export function ellipsoid(center: Vec3, radii: Vec3, degrees: Vec3 = [0, 0, 0]): Solid {
  const m = rotation(degrees);
  const [cx, cy, cz] = center;
  const [rx, ry, rz] = radii;
  const m0 = m[0]!, m1 = m[1]!, m2 = m[2]!, m3 = m[3]!, m4 = m[4]!, m5 = m[5]!, m6 = m[6]!, m7 = m[7]!, m8 = m[8]!;
  return {
    // Outside, the estimate is at least (|p - c| - rmax) * (rmin / rmax)^2.
    bounds: { center, radius: Math.max(rx, ry, rz), factor: (Math.min(rx, ry, rz) / Math.max(rx, ry, rz)) ** 2 },
    distance(x, y, z) {
      const px = x - cx, py = y - cy, pz = z - cz;
      // Local coordinates: transpose(R) * p.
      const lx = m0 * px + m3 * py + m6 * pz;
      const ly = m1 * px + m4 * py + m7 * pz;
      const lz = m2 * px + m5 * py + m8 * pz;
      const ax = lx / rx, ay = ly / ry, az = lz / rz;
      const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
      const bx = ax / rx, by = ay / ry, bz = az / rz;
      const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
      if (k1 < 1e-12) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    },
  };
}

export interface CapsuleOptions {
  /** Cross-section stretch across the capsule: [along world x-ish side axis, along the other side axis]. */
  readonly section?: readonly [number, number];
  /** Keep only the part where (p - point) . normal <= 0, blended over `soft` metres. */
  readonly cut?: { readonly point: Vec3; readonly normal: Vec3; readonly soft: number };
}

/** Capsule from a (radius ra) to b (radius rb); the cross-section can be elliptical and the end cut off. */
export function capsule(a: Vec3, b: Vec3, ra: number, rb: number, options: CapsuleOptions = {}): Solid {
  const [ax, ay, az] = a;
  const bax = b[0] - ax, bay = b[1] - ay, baz = b[2] - az;
  const len2 = bax * bax + bay * bay + baz * baz;
  const len = Math.sqrt(len2);
  // Side axes for the elliptical section: s1 is horizontal and perpendicular to the capsule, s2 completes the frame.
  const dx = bax / len, dy = bay / len, dz = baz / len;
  let s1x = -dz, s1z = dx;
  const s1len = Math.hypot(s1x, s1z);
  if (s1len < 1e-6) { s1x = 1; s1z = 0; } else { s1x /= s1len; s1z /= s1len; }
  // For a vertical capsule s1 is world x; make it so for near-vertical ones too (x = left-right).
  if (Math.abs(dy) > 0.7) { s1x = 1; s1z = 0; }
  const s2x = dy * s1z, s2y = dz * s1x - dx * s1z, s2z = -dy * s1x;
  const [e1, e2] = options.section ?? [1, 1];
  const cut = options.cut;
  let cutN: Vec3 = [0, 0, 0];
  if (cut) {
    const l = Math.hypot(...cut.normal);
    cutN = [cut.normal[0] / l, cut.normal[1] / l, cut.normal[2] / l];
  }
  const center: Vec3 = [ax + bax / 2, ay + bay / 2, az + baz / 2];
  const shrink = Math.min(e1, e2, 1);
  return {
    bounds: { center, radius: len / 2 + Math.max(ra, rb) * Math.max(e1, e2, 1), factor: Math.min(e1, e2, 1) * 0.9 },
    distance(x, y, z) {
      const px = x - ax, py = y - ay, pz = z - az;
      let t = (px * bax + py * bay + pz * baz) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const qx = px - t * bax, qy = py - t * bay, qz = pz - t * baz;
      const q1 = (qx * s1x + qz * s1z) / e1;
      const q2 = (qx * s2x + qy * s2y + qz * s2z) / e2;
      const q0 = qx * dx + qy * dy + qz * dz;
      const r = ra + (rb - ra) * t;
      let d = (Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2) - r) * shrink;
      if (cut) {
        const plane = (x - cut.point[0]) * cutN[0] + (y - cut.point[1]) * cutN[1] + (z - cut.point[2]) * cutN[2];
        d = smoothMax(d, plane, cut.soft);
      }
      return d;
    },
  };
}

/** Polynomial smooth minimum: the union of two solids with a fillet about k metres wide. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** Polynomial smooth maximum: the intersection counterpart of smoothMin. */
export function smoothMax(a: number, b: number, k: number): number {
  return -smoothMin(-a, -b, k);
}

/** A solid blended into the body with its own fillet width. */
export interface BodyPart {
  readonly name: string;
  readonly solid: Solid;
  /** Fillet width in metres where this part meets what came before it (0 = sharp union). */
  readonly blend: number;
  /** Negative parts carve (smooth subtraction) instead of adding. */
  readonly carve?: boolean;
}

/**
 * The field of the whole body: parts combined in order; far parts are skipped using their bounds. `extraBlend`
 * widens every fillet: a deeper layer's field uses it so its concave fillets stay as round as the skin's (an
 * inward offset would otherwise sharpen them by its depth), and it only moves the surface by extraBlend / 4.
 */
export function bodyField(parts: readonly BodyPart[], extraBlend = 0): (x: number, y: number, z: number) => number {
  const list = parts.map((p, i) => ({
    ...p,
    blend: i === 0 ? p.blend : p.blend + extraBlend,
    cx: p.solid.bounds.center[0],
    cy: p.solid.bounds.center[1],
    cz: p.solid.bounds.center[2],
    r: p.solid.bounds.radius,
    f: p.solid.bounds.factor,
  }));
  return (x, y, z) => {
    let d = Number.POSITIVE_INFINITY;
    for (const p of list) {
      const ex = x - p.cx, ey = y - p.cy, ez = z - p.cz;
      const lower = (Math.sqrt(ex * ex + ey * ey + ez * ez) - p.r) * p.f;
      if (p.carve) {
        // Carving changes d only where the carving solid is closer than blend - d.
        if (lower > p.blend - d) continue;
        d = smoothMax(d, -p.solid.distance(x, y, z), p.blend);
        continue;
      }
      if (lower > d + p.blend) continue;
      d = smoothMin(d, p.solid.distance(x, y, z), p.blend);
    }
    return d;
  };
}
