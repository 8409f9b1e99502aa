// Turns one layer's radii on the shared grid into an indexed triangle mesh: the side surface (seam duplicated at
// the back midline) plus flat caps closing the neck cut and the thigh cut, with normals, TEXCOORD_0 and regions.

import { UV_STEPS, surfaceFromUv } from '../../src/anatomy/model-facts';
import type { Grid } from './sample';

/**
 * Arrays on plain ArrayBuffers, as glTF-Transform's accessors take them (with the ES2024 library, which a
 * build tool's types pull in, a bare Float32Array could also sit on a SharedArrayBuffer).
 */
export interface LayerMesh {
  readonly positions: Float32Array<ArrayBuffer>;
  readonly normals: Float32Array<ArrayBuffer>;
  /** TEXCOORD_0, exact multiples of 1 / UV_STEPS. */
  readonly uvs: Float32Array<ArrayBuffer>;
  readonly regions: Uint16Array<ArrayBuffer>;
  readonly indices: Uint32Array<ArrayBuffer>;
  /** _FIBRE per vertex (muscle layers): along-fibre 0..1 from origin to insertion, across-fibre in metres. */
  readonly fibres?: Float32Array<ArrayBuffer>;
  /** _WEAVE per vertex (fascia sheets): metres (times WEAVE_SCALE) across two collagen fibre directions. */
  readonly weave?: Float32Array<ArrayBuffer>;
}

/** Region index for a surface coordinate on this layer. */
export type RegionLookup = (angle: number, height: number) => number;

/** Unit outward normal of the layer's surface at a point (from the gradient of its field). */
export type NormalLookup = (x: number, y: number, z: number) => readonly [number, number, number];


export function buildLayerMesh(
  grid: Grid,
  radii: Float64Array,
  regionOf: RegionLookup,
  normalAt: NormalLookup,
): LayerMesh {
  const cols = grid.columns;
  const rows = grid.rows;
  const sideCount = cols * rows;
  const total = sideCount + 2 * (cols + cols - 1);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const uvs = new Float32Array(total * 2);
  const regions = new Uint16Array(total);
  const indices: number[] = [];

  let count = 0;
  const addVertexAt = (angle: number, uStep: number, row: number, radius: number): number => {
    const y = grid.heights[row]!;
    positions.set([radius * Math.sin(angle), y, radius * Math.cos(angle)], count * 3);
    uvs.set([uStep / UV_STEPS, grid.vSteps[row]! / UV_STEPS], count * 2);
    regions[count] = regionOf(angle, y);
    return count++;
  };
  const addVertex = (j: number, row: number, radius: number): number =>
    addVertexAt(grid.angles[row * cols + j]!, grid.uSteps[row * cols + j]!, row, radius);

  // Side surface; normals come from the field, so shading stays smooth where rows cut a sloping surface.
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = addVertex(j, i, radii[i * cols + j]!);
      normals.set(normalAt(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!), v * 3);
    }
  }
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j + 1 < cols; j++) {
      const a = i * cols + j;
      const b = a + 1;
      const c = a + cols + 1;
      const d = a + cols;
      indices.push(a, b, c, a, c, d);
    }
  }

  // Caps: a fan from the axis to the rim (the side's edge row again, with a flat normal). Each fan triangle gets its
  // own centre vertex at its column's angle, so TEXCOORD_0 inside a cap still points the right way round.
  for (const [row, up] of [[0, -1], [rows - 1, 1]] as const) {
    const rim: number[] = [];
    for (let j = 0; j < cols; j++) {
      const v = addVertex(j, row, radii[row * cols + j]!);
      normals.set([0, up, 0], v * 3);
      rim.push(v);
    }
    for (let j = 0; j + 1 < cols; j++) {
      const uStep = Math.round((grid.uSteps[row * cols + j]! + grid.uSteps[row * cols + j + 1]!) / 2);
      const centre = addVertexAt(surfaceFromUv(uStep / UV_STEPS, 0).angle, uStep, row, 0);
      normals.set([0, up, 0], centre * 3);
      // Going round by angle = atan2(x, z), rim j -> rim j+1 -> centre is counter-clockwise seen from above.
      if (up > 0) indices.push(rim[j]!, rim[j + 1]!, centre);
      else indices.push(rim[j]!, centre, rim[j + 1]!);
    }
  }

  return {
    positions: positions.subarray(0, count * 3),
    normals: normals.subarray(0, count * 3),
    uvs: uvs.subarray(0, count * 2),
    regions: regions.subarray(0, count),
    indices: Uint32Array.from(indices),
  };
}

