// Builds one muscle layer: each muscle is a patch cut out of the shared grid along its outline (triangles clipped
// where regionAt changes, so edges are smooth, not stair-stepped), a bulging top over a flat underside that meet at
// the edge, so each muscle reads as a belly with thickness. Carries TEXCOORD_0, _REGION and _FIBRE.
// Layers stack: a muscle lies directly under the muscles of the layers above it, or directly under the deep fascia
// where nothing covers it (the lumbar erectors under the thoracolumbar fascia), never at a fixed depth.

import { UV_STEPS, surfaceFromUv } from '../../src/anatomy/model-facts';
import { regionAt } from '../../src/anatomy/outlines';
import { regionById, regionByIndex } from '../../src/anatomy/regions';
import type { LayerId } from '../../src/anatomy/layers';
import { MUSCLE_SHAPES, fibreCoordinate } from './fibres';
import type { LayerMesh } from './mesh';
import type { Grid } from './sample';

export interface MuscleLayerSpec {
  readonly id: LayerId;
  /** Thickness of a muscle of thickness factor 1 at its belly. */
  readonly thickness: number;
}

/** Gap kept between a muscle and whatever lies over it (deep fascia or the underside of an outer muscle). */
export const MUSCLE_GAP = 0.0015;

/** The result of one layer: its mesh and, per grid node, the depth a muscle of the next layer may start at. */
export interface BuiltMuscleLayer {
  readonly mesh: LayerMesh;
  readonly nextCeiling: Float64Array;
}

/** Radii of the level sets at `depths` at every grid node (from sampleDepths). */
export interface DepthStack {
  readonly depths: readonly number[];
  readonly radii: readonly Float64Array[];
}

/** How far in from its edge a muscle reaches its full thickness (metres along the surface). */
const ROUNDING = 0.02;
/** Inset (metres) given to a muscle's edge where it meets another muscle of the same layer. */
const NEIGHBOUR_GROOVE = 0.011;

/** Radius at `depth` from one node's (or an interpolated point's) radii per level. */
function radiusAtDepth(depths: readonly number[], levels: ArrayLike<number>, depth: number): number {
  if (depth <= depths[0]!) return levels[0]!;
  for (let i = 1; i < depths.length; i++) {
    if (depth <= depths[i]!) {
      const t = (depth - depths[i - 1]!) / (depths[i]! - depths[i - 1]!);
      return levels[i - 1]! + (levels[i]! - levels[i - 1]!) * t;
    }
  }
  return levels[depths.length - 1]!;
}

interface PatchVertex {
  readonly angle: number;
  readonly height: number;
  readonly uStep: number;
  readonly vStep: number;
  /** Radii per depth level at this spot. */
  readonly levels: Float64Array;
  /** Distance in from the muscle's edge, metres (0 on a cut edge). */
  readonly inset: number;
  readonly region: number;
  /** Depth the muscle's top may reach here (metres under the skin). */
  readonly ceiling: number;
}

/**
 * Thickness factor along a muscle where it is not a plain belly: rectus abdominis thins at its three tendinous
 * intersections, external oblique becomes a flat aponeurosis in front of the line from the ASIS to the costal
 * cartilages (towards the rectus sheath) and below the spino-umbilical line.
 */
function thicknessAlong(structure: string, degrees: number, height: number): number {
  if (structure === 'rectus-abdominis') {
    let f = 1;
    for (const y of RECTUS_INTERSECTIONS) f *= 1 - 0.75 * Math.exp(-(((height - y) / 0.007) ** 2));
    return f;
  }
  if (structure === 'external-oblique') {
    // Muscular lateral to ~50 degrees above the umbilicus, receding to ~62 degrees at the ASIS (angle by height).
    const edge = height >= 1.12 ? 46 : 46 + ((1.12 - height) / 0.13) * 16;
    const t = Math.min(1, Math.max(0, (degrees - edge + 6) / 12));
    return 0.12 + 0.88 * t * t * (3 - 2 * t);
  }
  return 1;
}

/** Heights of rectus abdominis' tendinous intersections: at the umbilicus, halfway up, near the xiphoid. */
const RECTUS_INTERSECTIONS = [1.065, 1.15, 1.225];

/** Nodes within one grid step of a node (8-neighbourhood). */
function forNeighbours(cols: number, rows: number, k: number, visit: (m: number) => void): void {
  const i = Math.floor(k / cols), j = k % cols;
  for (let di = -1; di <= 1; di++) {
    for (let dj = -1; dj <= 1; dj++) {
      if (di === 0 && dj === 0) continue;
      const ii = i + di, jj = j + dj;
      if (ii < 0 || ii >= rows || jj < 0 || jj >= cols) continue;
      visit(ii * cols + jj);
    }
  }
}

/**
 * Builds a muscle layer whose muscles start at `ceiling` (metres under the skin, per grid node) and returns, per node,
 * where the next layer's muscles may start: under this layer's muscles (spread to the neighbouring nodes, so a
 * triangle touching a muscle never rises into it) and eased smoothly back up where this layer has none.
 */
export function buildMuscleLayer(grid: Grid, stack: DepthStack, spec: MuscleLayerSpec, ceiling: Float64Array): BuiltMuscleLayer {
  const cols = grid.columns;
  const rows = grid.rows;
  const n = cols * rows;
  const levelCount = stack.depths.length;
  const nodeLevels = (k: number): Float64Array => {
    const out = new Float64Array(levelCount);
    for (let l = 0; l < levelCount; l++) out[l] = stack.radii[l]![k]!;
    return out;
  };
  /** Region index of a muscle at a spot on this layer, or -1 where the layer has none (a placeholder region). */
  const muscleIndex = (angle: number, height: number): number => {
    const region = regionById(regionAt(spec.id, angle, height));
    if (!region || region.layer !== spec.id) throw new Error(`no ${spec.id} region at ${angle}, ${height}`);
    return region.placeholder ? -1 : region.index;
  };

  // Which muscle each grid node lies on.
  const owner = new Int32Array(n);
  for (let k = 0; k < n; k++) owner[k] = muscleIndex(grid.angles[k]!, grid.heights[Math.floor(k / cols)]!);

  /** Where muscle `owner[inside]` ends on the edge from node `inside` towards `outside`: its last spot on the lattice. */
  const cutAlong = (inside: number, outside: number) => {
    const region = owner[inside]!;
    const ri = Math.floor(inside / cols), ro = Math.floor(outside / cols);
    const ua = grid.uSteps[inside]!, ub = grid.uSteps[outside]!;
    const va = grid.vSteps[ri]!, vb = grid.vSteps[ro]!;
    const spotAt = (t: number) => {
      const uStep = Math.round(ua + (ub - ua) * t);
      const vStep = Math.round(va + (vb - va) * t);
      const angle = surfaceFromUv(uStep / UV_STEPS, 0).angle;
      const height = surfaceFromUv(0, vStep / UV_STEPS).height;
      return { uStep, vStep, angle, height };
    };
    let lo = 0, hi = 1;
    for (let it = 0; it < 14; it++) {
      const mid = (lo + hi) / 2;
      const s = spotAt(mid);
      if (muscleIndex(s.angle, s.height) === region) lo = mid;
      else hi = mid;
    }
    let t = lo;
    let spot = spotAt(t);
    while (t > 0 && muscleIndex(spot.angle, spot.height) !== region) {
      t = Math.max(0, t - 0.01);
      spot = spotAt(t);
    }
    return { t, spot };
  };

  // Distance in from the muscle's edge at each node: a chamfer transform over the grid with real edge lengths
  // (measured on the layer's underside), seeded at nodes next to another muscle, no muscle, or the cut ends.
  const bottomRadius = new Float64Array(n);
  for (let k = 0; k < n; k++) bottomRadius[k] = radiusAtDepth(stack.depths, nodeLevels(k), ceiling[k]! + spec.thickness);
  const px = new Float64Array(n), pz = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    px[k] = bottomRadius[k]! * Math.sin(grid.angles[k]!);
    pz[k] = bottomRadius[k]! * Math.cos(grid.angles[k]!);
  }
  const length = (k: number, m: number): number =>
    Math.hypot(px[k]! - px[m]!, pz[k]! - pz[m]!, grid.heights[Math.floor(k / cols)]! - grid.heights[Math.floor(m / cols)]!);
  const inset = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const neighbours = (k: number): number[] => {
    const i = Math.floor(k / cols), j = k % cols;
    const out: number[] = [];
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        if (di === 0 && dj === 0) continue;
        const ii = i + di, jj = j + dj;
        if (ii < 0 || ii >= rows || jj < 0 || jj >= cols) continue;
        out.push(ii * cols + jj);
      }
    }
    return out;
  };
  for (let k = 0; k < n; k++) {
    if (owner[k]! < 0) continue;
    const i = Math.floor(k / cols);
    if (i === 0 || i === rows - 1) {
      inset[k] = 0;
      continue;
    }
    // Beside another muscle of the layer the two bellies meet in a shallow groove, not down to the underside: a
    // narrow muscle between two others (lumbar multifidus, longissimus) keeps its full thickness.
    for (const m of neighbours(k)) {
      // Seeded with the true distance to where the muscle ends along the edge, so the rim is no steeper than the profile.
      if (owner[m] !== owner[k]) inset[k] = Math.min(inset[k]!, length(k, m) * cutAlong(k, m).t + (owner[m]! >= 0 ? NEIGHBOUR_GROOVE : 0));
    }
  }
  for (let pass = 0; pass < 6; pass++) {
    const order = pass % 2 === 0 ? 1 : -1;
    for (let c = 0; c < n; c++) {
      const k = order > 0 ? c : n - 1 - c;
      if (owner[k]! < 0) continue;
      for (const m of neighbours(k)) {
        if (owner[m] !== owner[k]) continue;
        const v = inset[m]! + length(k, m);
        if (v < inset[k]!) inset[k] = v;
      }
    }
  }

  /** Full thickness of the muscle owning a node (its underside lies this far below the ceiling). */
  const fullThickness = (region: number): number => {
    const structure = regionByIndex(region)?.structure ?? '';
    return spec.thickness * (MUSCLE_SHAPES[structure]?.thickness ?? 1);
  };

  // Patch vertices: grid nodes inside a muscle, and cut points where an edge leaves it.
  const vertices: PatchVertex[] = [];
  const nodeVertex = new Int32Array(n).fill(-1);
  const vertexOfNode = (k: number): number => {
    if (nodeVertex[k]! < 0) {
      nodeVertex[k] = vertices.length;
      const row = Math.floor(k / cols);
      vertices.push({
        angle: grid.angles[k]!,
        height: grid.heights[row]!,
        uStep: grid.uSteps[k]!,
        vStep: grid.vSteps[row]!,
        levels: nodeLevels(k),
        inset: Number.isFinite(inset[k]!) ? inset[k]! : 0,
        region: owner[k]!,
        ceiling: ceiling[k]!,
      });
    }
    return nodeVertex[k]!;
  };
  const cuts = new Map<string, number>();
  /** The last point of muscle `owner[inside]` on the edge from node `inside` towards node `outside`. */
  const cutVertex = (inside: number, outside: number): number => {
    const key = `${inside}>${outside}`;
    const known = cuts.get(key);
    if (known !== undefined) return known;
    const region = owner[inside]!;
    const { t, spot } = cutAlong(inside, outside);
    const levels = new Float64Array(levelCount);
    for (let l = 0; l < levelCount; l++) {
      levels[l] = stack.radii[l]![inside]! + (stack.radii[l]![outside]! - stack.radii[l]![inside]!) * t;
    }
    const index = vertices.length;
    const edgeInset = owner[outside]! >= 0 ? NEIGHBOUR_GROOVE : 0; // meeting another muscle: the groove, not the underside
    // The ceilings are spread one node round every outer muscle, so along any edge an outer muscle covers both ends
    // are already under it and the interpolated ceiling is too.
    const between = ceiling[inside]! + (ceiling[outside]! - ceiling[inside]!) * t;
    vertices.push({ ...spot, levels, inset: edgeInset, region, ceiling: between });
    cuts.set(key, index);
    return index;
  };

  const top: number[] = [];
  const clip = (tri: readonly [number, number, number]): void => {
    const regions = new Set(tri.map((k) => owner[k]!).filter((r) => r >= 0));
    for (const region of regions) {
      const polygon: number[] = [];
      for (let e = 0; e < 3; e++) {
        const p = tri[e]!;
        const q = tri[(e + 1) % 3]!;
        const pIn = owner[p] === region;
        const qIn = owner[q] === region;
        if (pIn) polygon.push(vertexOfNode(p));
        if (pIn && !qIn) polygon.push(cutVertex(p, q));
        if (!pIn && qIn) polygon.push(cutVertex(q, p));
      }
      for (let f = 1; f + 1 < polygon.length; f++) top.push(polygon[0]!, polygon[f]!, polygon[f + 1]!);
    }
  };
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j + 1 < cols; j++) {
      const a = i * cols + j;
      const b = a + 1;
      const c = a + cols + 1;
      const d = a + cols;
      clip([a, b, c]);
      clip([a, c, d]);
    }
  }

  // Two shells over the same patch vertices: the bulging top, then the flat underside (reversed winding).
  const count = vertices.length;
  const positions = new Float32Array(count * 2 * 3);
  const uvs = new Float32Array(count * 2 * 2);
  const regionsOut = new Uint16Array(count * 2);
  const fibres = new Float32Array(count * 2 * 2);
  vertices.forEach((v, i) => {
    const region = regionById(regionAt(spec.id, v.angle, v.height))!;
    const shape = MUSCLE_SHAPES[region.structure];
    if (!shape) throw new Error(`no fibre shape for ${region.structure}`);
    const e = Math.min(1, v.inset / ROUNDING);
    const profile = Math.sqrt(Math.max(0, 1 - (1 - e) * (1 - e)));
    const degrees = (Math.abs(v.angle) * 180) / Math.PI;
    const [along, across] = fibreCoordinate(shape, degrees, v.height);
    // A belly: fullest between origin and insertion, a little slimmer towards the tendons.
    const belly = 0.75 + 0.25 * Math.sin(Math.PI * Math.min(1, Math.max(0, along)));
    const full = spec.thickness * shape.thickness;
    const bottom = v.ceiling + MUSCLE_GAP + full;
    const topDepth = bottom - full * belly * profile * thicknessAlong(region.structure, degrees, v.height);
    for (const [shell, depth] of [[0, topDepth], [1, bottom]] as const) {
      const o = i + shell * count;
      const r = radiusAtDepth(stack.depths, v.levels, depth);
      positions.set([r * Math.sin(v.angle), v.height, r * Math.cos(v.angle)], o * 3);
      uvs.set([v.uStep / UV_STEPS, v.vStep / UV_STEPS], o * 2);
      regionsOut[o] = v.region;
      fibres.set([along, v.angle < 0 ? -across : across], o * 2);
    }
  });
  const indices = new Uint32Array(top.length * 2);
  indices.set(top);
  for (let t = 0; t < top.length; t += 3) {
    indices[top.length + t] = top[t]! + count;
    indices[top.length + t + 1] = top[t + 2]! + count;
    indices[top.length + t + 2] = top[t + 1]! + count;
  }
  const mesh = { positions, normals: vertexNormals(positions, indices), uvs, regions: regionsOut, indices, fibres };

  // Where the next layer may start: under this layer's muscles (and one node around them), else this layer's ceiling;
  // then eased so a deeper muscle dives smoothly under the edge of an outer one instead of stepping down.
  const raw = new Float64Array(n);
  for (let k = 0; k < n; k++) raw[k] = owner[k]! >= 0 ? ceiling[k]! + MUSCLE_GAP + fullThickness(owner[k]!) : ceiling[k]!;
  const floor = new Float64Array(raw);
  for (let k = 0; k < n; k++) {
    if (owner[k]! < 0) continue;
    forNeighbours(cols, rows, k, (m) => {
      if (raw[k]! > floor[m]!) floor[m] = raw[k]!;
    });
  }
  let next = new Float64Array(floor);
  for (let pass = 0; pass < 12; pass++) {
    const eased = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let sum = next[k]! * 2;
      let weight = 2;
      forNeighbours(cols, rows, k, (m) => {
        sum += next[m]!;
        weight += 1;
      });
      eased[k] = Math.max(floor[k]!, sum / weight);
    }
    next = eased;
  }
  return { mesh, nextCeiling: next };
}

/** Area-weighted vertex normals from the triangles' winding (counter-clockwise seen from outside). */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array<ArrayBuffer> {
  const normals = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3;
    const ux = positions[b]! - positions[a]!, uy = positions[b + 1]! - positions[a + 1]!, uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!, vy = positions[c + 1]! - positions[a + 1]!, vz = positions[c + 2]! - positions[a + 2]!;
    const fx = uy * vz - uz * vy, fy = uz * vx - ux * vz, fz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      normals[v] = normals[v]! + fx;
      normals[v + 1] = normals[v + 1]! + fy;
      normals[v + 2] = normals[v + 2]! + fz;
    }
  }
  for (let v = 0; v < normals.length; v += 3) {
    const l = Math.hypot(normals[v]!, normals[v + 1]!, normals[v + 2]!) || 1;
    normals[v] = normals[v]! / l;
    normals[v + 1] = normals[v + 1]! / l;
    normals[v + 2] = normals[v + 2]! / l;
  }
  return normals;
}
