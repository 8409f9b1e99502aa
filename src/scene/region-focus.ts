// Where to point the camera for a region: at its centroid, from outside the body along the direction
// from the body axis through the region.

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
  const vertices: THREE.Vector3[] = [];
  const centroid = new THREE.Vector3();
  for (let i = 0; i < regionAttr.count; i++) {
    if (regionAttr.getX(i) !== region.index) continue;
    const v = new THREE.Vector3().fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    vertices.push(v);
    centroid.add(v);
  }
  if (vertices.length === 0) {
    perModel.set(regionId, null);
    return null;
  }
  centroid.divideScalar(vertices.length);
  let extent = 0;
  for (const vertex of vertices) extent = Math.max(extent, vertex.distanceTo(centroid));
  // Look from outside the body straight at the region: muscles are closed shells, so their vertex
  // normals cancel out, but the direction from the body axis to the region always points outward.
  const normal = new THREE.Vector3(centroid.x, 0, centroid.z);
  if (normal.lengthSq() < 1e-8) normal.set(0, 0, 1);
  const focus = { position: centroid, normal: normal.normalize(), extent };
  perModel.set(regionId, focus);
  return focus;
}
