// The skin mesh as the zone painter needs it: vertex positions in a grid for brush dabs, triangle areas for
// the surface share, and each vertex's surface coordinate for reference patterns. Built once per model.

import * as THREE from 'three';
import type { BodyModel } from './body-model';
import { surfaceTriangles, VertexGrid, type SurfaceTriangles } from './zone-paint';

export interface SkinSurface {
  readonly positions: ArrayLike<number>;
  readonly vertexCount: number;
  readonly grid: VertexGrid;
  readonly triangles: SurfaceTriangles;
  /** Degrees around the body axis from the front midline (+ = patient's left), per vertex. */
  readonly angles: Float32Array;
}

const cache = new WeakMap<BodyModel, SkinSurface>();

export function skinSurface(model: BodyModel): SkinSurface {
  const cached = cache.get(model);
  if (cached) return cached;
  const mesh = model.layers.skin;
  const geometry = mesh.geometry;
  const position = geometry.getAttribute('position');
  // Body space (metres, like anchors and strokes): the file stores quantised positions under a node transform.
  mesh.updateWorldMatrix(true, false);
  const toBody = mesh.matrixWorld;
  const v = new THREE.Vector3();
  const vertexCount = position.count;
  // Read through the accessor: the file may store positions quantised or interleaved.
  const positions = new Float32Array(vertexCount * 3);
  for (let i = 0; i < vertexCount; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(toBody);
    positions[i * 3] = v.x;
    positions[i * 3 + 1] = v.y;
    positions[i * 3 + 2] = v.z;
  }
  const index = geometry.index ? (geometry.index.array as ArrayLike<number>) : Array.from({ length: vertexCount }, (_, i) => i);
  const angles = new Float32Array(vertexCount);
  for (let i = 0; i < vertexCount; i++) angles[i] = (Math.atan2(positions[i * 3]!, positions[i * 3 + 2]!) * 180) / Math.PI;
  const surface: SkinSurface = { positions, vertexCount, grid: new VertexGrid(positions), triangles: surfaceTriangles(positions, index), angles };
  cache.set(model, surface);
  return surface;
}
