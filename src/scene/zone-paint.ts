// Referred-pain zones as colour on the skin: which skin vertices a zone's brush strokes cover (a soft round
// brush, erasing strokes taking colour away in order) and how much of the body surface that is, front and
// back, as pain-drawing tools report it. Pure functions over the mesh's arrays, so they test without WebGL.

import type { Stroke } from '../model/types';

/** A vertex counts as inside the zone when its coverage is at least this (the brush edge is soft). */
export const COVERED = 0.5;

/** Vertices bucketed in a uniform grid, so a brush dab only visits the vertices near it. */
export class VertexGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(
    readonly positions: ArrayLike<number>,
    readonly cellSize = 0.03,
  ) {
    const count = positions.length / 3;
    for (let i = 0; i < count; i++) {
      const key = this.key(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = []));
      cell.push(i);
    }
  }

  private key(x: number, y: number, z: number): string {
    const s = this.cellSize;
    return `${Math.floor(x / s)},${Math.floor(y / s)},${Math.floor(z / s)}`;
  }

  /** Calls `visit(vertex, distance)` for every vertex within `radius` of (x, y, z). */
  near(x: number, y: number, z: number, radius: number, visit: (vertex: number, distance: number) => void): void {
    const s = this.cellSize;
    const p = this.positions;
    const reach = Math.ceil(radius / s);
    const cx = Math.floor(x / s);
    const cy = Math.floor(y / s);
    const cz = Math.floor(z / s);
    for (let i = cx - reach; i <= cx + reach; i++) {
      for (let j = cy - reach; j <= cy + reach; j++) {
        for (let k = cz - reach; k <= cz + reach; k++) {
          const cell = this.cells.get(`${i},${j},${k}`);
          if (!cell) continue;
          for (const v of cell) {
            const d = Math.hypot(p[v * 3]! - x, p[v * 3 + 1]! - y, p[v * 3 + 2]! - z);
            if (d <= radius) visit(v, d);
          }
        }
      }
    }
  }
}

/** The brush's weight at distance d from its centre: full inside, fading over the outer quarter. */
export function brushWeight(distance: number, radius: number): number {
  const inner = radius * 0.75;
  if (distance <= inner) return 1;
  if (distance >= radius) return 0;
  const t = (distance - inner) / (radius - inner);
  return 1 - t * t * (3 - 2 * t);
}

/** Paints (or erases) one stroke into `coverage` (one value 0..1 per vertex), in place. */
export function applyStroke(coverage: Float32Array, grid: VertexGrid, stroke: Stroke): void {
  const { path, radius, erase } = stroke;
  for (let i = 0; i + 2 < path.length; i += 3) {
    grid.near(path[i]!, path[i + 1]!, path[i + 2]!, radius, (v, d) => {
      const w = brushWeight(d, radius);
      coverage[v] = erase ? Math.min(coverage[v]!, 1 - w) : Math.max(coverage[v]!, w);
    });
  }
}

/** Coverage of a zone: its strokes applied in the order they were painted. */
export function zoneCoverage(grid: VertexGrid, strokes: readonly Stroke[]): Float32Array {
  const coverage = new Float32Array(grid.positions.length / 3);
  for (const stroke of strokes) applyStroke(coverage, grid, stroke);
  return coverage;
}

export interface SurfaceShare {
  /** Percent of the front surface (facing the way the patient faces). */
  readonly front: number;
  /** Percent of the back surface. */
  readonly back: number;
  /** Percent of the whole modelled body surface. */
  readonly total: number;
}

/** Area of each triangle and whether it faces front (+z), computed once per mesh. */
export interface SurfaceTriangles {
  readonly index: ArrayLike<number>;
  readonly area: Float32Array;
  readonly front: Uint8Array;
  readonly frontArea: number;
  readonly backArea: number;
}

export function surfaceTriangles(positions: ArrayLike<number>, index: ArrayLike<number>): SurfaceTriangles {
  const count = Math.floor(index.length / 3);
  const area = new Float32Array(count);
  const front = new Uint8Array(count);
  let frontArea = 0;
  let backArea = 0;
  for (let t = 0; t < count; t++) {
    const a = index[t * 3]! * 3;
    const b = index[t * 3 + 1]! * 3;
    const c = index[t * 3 + 2]! * 3;
    const ux = positions[b]! - positions[a]!;
    const uy = positions[b + 1]! - positions[a + 1]!;
    const uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!;
    const vy = positions[c + 1]! - positions[a + 1]!;
    const vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const twice = Math.hypot(nx, ny, nz);
    area[t] = twice / 2;
    front[t] = nz >= 0 ? 1 : 0;
    if (nz >= 0) frontArea += twice / 2;
    else backArea += twice / 2;
  }
  return { index, area, front, frontArea, backArea };
}

/** How much of the surface a zone covers: a triangle counts by the share of its corners inside the zone. */
export function coveredShare(surface: SurfaceTriangles, coverage: ArrayLike<number>): SurfaceShare {
  let front = 0;
  let back = 0;
  const { index, area } = surface;
  for (let t = 0; t < area.length; t++) {
    let corners = 0;
    for (let k = 0; k < 3; k++) if (coverage[index[t * 3 + k]!]! >= COVERED) corners += 1;
    if (corners === 0) continue;
    const covered = (area[t]! * corners) / 3;
    if (surface.front[t]) front += covered;
    else back += covered;
  }
  const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);
  return {
    front: pct(front, surface.frontArea),
    back: pct(back, surface.backArea),
    total: pct(front + back, surface.frontArea + surface.backArea),
  };
}

/** Union of several zones' coverage (the most any of them covers each vertex). */
export function unionCoverage(coverages: readonly Float32Array[], vertexCount: number): Float32Array {
  const union = new Float32Array(vertexCount);
  for (const c of coverages) for (let i = 0; i < vertexCount; i++) if (c[i]! > union[i]!) union[i] = c[i]!;
  return union;
}

/** "4.2 %" with one decimal, "< 0.1 %" for a trace, "0 %" for nothing. */
export function formatShare(percent: number): string {
  if (percent <= 0) return '0 %';
  if (percent < 0.1) return '< 0.1 %';
  return `${percent.toFixed(1)} %`;
}
