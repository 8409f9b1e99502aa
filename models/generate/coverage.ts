// Where a generated layer lies along the horizontal rays from the body axis: for a surface coordinate (angle,
// height), the innermost radius of the layer's triangles over it. The skeleton uses it to keep every bone under the
// muscles actually drawn above it (the same test the model check applies), not under a guess from the outlines.

import type { LayerMesh } from './mesh';

const ANGLE_BINS = 720;
const HEIGHT_BINS = 360;
const MIN_HEIGHT = 0.7;
const MAX_HEIGHT = 1.6;

export interface Coverage {
  /** Innermost radius of the layer at a surface coordinate, or undefined where the layer has no triangle over it. */
  innermost(angle: number, height: number): number | undefined;
}

export function coverageOf(mesh: LayerMesh): Coverage {
  const p = mesh.positions;
  const count = p.length / 3;
  const angles = new Float64Array(count);
  const radii = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    angles[i] = Math.atan2(p[i * 3]!, p[i * 3 + 2]!);
    radii[i] = Math.hypot(p[i * 3]!, p[i * 3 + 2]!);
  }
  const binA = (a: number): number => Math.min(ANGLE_BINS - 1, Math.max(0, Math.floor(((a + Math.PI) / (2 * Math.PI)) * ANGLE_BINS)));
  const binH = (h: number): number =>
    Math.min(HEIGHT_BINS - 1, Math.max(0, Math.floor(((h - MIN_HEIGHT) / (MAX_HEIGHT - MIN_HEIGHT)) * HEIGHT_BINS)));
  const bins = new Map<number, number[]>();
  const idx = mesh.indices;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]!, b = idx[t + 1]!, c = idx[t + 2]!;
    if (radii[a]! < 0.02 || radii[b]! < 0.02 || radii[c]! < 0.02) continue;
    const a0 = Math.min(angles[a]!, angles[b]!, angles[c]!), a1 = Math.max(angles[a]!, angles[b]!, angles[c]!);
    if (a1 - a0 > 1) continue; // across the back seam
    const h0 = Math.min(p[a * 3 + 1]!, p[b * 3 + 1]!, p[c * 3 + 1]!), h1 = Math.max(p[a * 3 + 1]!, p[b * 3 + 1]!, p[c * 3 + 1]!);
    for (let ia = binA(a0); ia <= binA(a1); ia++) {
      for (let ih = binH(h0); ih <= binH(h1); ih++) {
        const key = ia * HEIGHT_BINS + ih;
        let list = bins.get(key);
        if (!list) bins.set(key, (list = []));
        list.push(t);
      }
    }
  }
  return {
    innermost(angle, height) {
      let lo = Number.POSITIVE_INFINITY;
      for (const t of bins.get(binA(angle) * HEIGHT_BINS + binH(height)) ?? []) {
        const i = idx[t]!, j = idx[t + 1]!, k = idx[t + 2]!;
        const ax = angles[i]!, ay = p[i * 3 + 1]!;
        const bx = angles[j]! - ax, by = p[j * 3 + 1]! - ay;
        const cx = angles[k]! - ax, cy = p[k * 3 + 1]! - ay;
        const det = bx * cy - by * cx;
        if (Math.abs(det) < 1e-14) continue;
        const px = angle - ax, py = height - ay;
        const u = (px * cy - py * cx) / det, w = (bx * py - by * px) / det;
        if (u < -1e-6 || w < -1e-6 || u + w > 1 + 1e-6) continue;
        lo = Math.min(lo, radii[i]! * (1 - u - w) + radii[j]! * u + radii[k]! * w);
      }
      return Number.isFinite(lo) ? lo : undefined;
    },
  };
}
