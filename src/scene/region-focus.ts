// Where to point the camera for a region: the vertex of the region nearest its centroid (so the spot
// lies on the surface even for curved regions) and the region's average outward normal.

import * as THREE from 'three';
import { regionById } from '../anatomy/regions';
import type { RegionId } from '../model/types';
import type { BodyModel } from './body-model';

export interface RegionFocus {
  readonly position: THREE.Vector3;
  readonly normal: THREE.Vector3;
  /** Radius of the region around its focus spot, in metres, for choosing the camera distance. */
  readonly extent: number;
}

const cache = new WeakMap<BodyModel, Map<RegionId, RegionFocus | null>>();

export function regionFocus(model: BodyModel, regionId: RegionId): RegionFocus | null {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  if (perModel.has(regionId)) return perModel.get(regionId) ?? null;

  const region = regionById(regionId);
  const mesh = region ? model.layers[region.layer] : undefined;
  const regionAttr = mesh?.geometry.getAttribute('_region');
  if (!region || !mesh || !regionAttr) {
    perModel.set(regionId, null);
    return null;
  }
  mesh.updateMatrixWorld();
  const position = mesh.geometry.getAttribute('position');
  const normalAttr = mesh.geometry.getAttribute('normal');
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(mesh.matrixWorld);
  const vertices: THREE.Vector3[] = [];
  const centroid = new THREE.Vector3();
  const normal = new THREE.Vector3();
  const v = new THREE.Vector3();
  for (let i = 0; i < regionAttr.count; i++) {
    if (regionAttr.getX(i) !== region.index) continue;
    v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    vertices.push(v.clone());
    centroid.add(v);
    if (normalAttr) normal.add(new THREE.Vector3().fromBufferAttribute(normalAttr, i).applyMatrix3(normalMatrix).normalize());
  }
  if (vertices.length === 0) {
    perModel.set(regionId, null);
    return null;
  }
  centroid.divideScalar(vertices.length);
  let nearest = vertices[0]!;
  let extent = 0;
  for (const vertex of vertices) {
    if (vertex.distanceToSquared(centroid) < nearest.distanceToSquared(centroid)) nearest = vertex;
  }
  for (const vertex of vertices) extent = Math.max(extent, vertex.distanceTo(nearest));
  if (normal.lengthSq() < 1e-9) normal.set(nearest.x, 0, nearest.z);
  const focus = { position: nearest, normal: normal.normalize(), extent };
  perModel.set(regionId, focus);
  return focus;
}
