// Picking in Node: the time per ray through each layer's BVH against three's brute-force raycast of the same
// mesh (every triangle tested), on the same rays, with the model as the app parses it.

import { performance } from 'node:perf_hooks';
import * as THREE from 'three';
import { LAYER_IDS, type LayerId } from '../../src/anatomy/layers';
import type { BodyModel } from '../../src/scene/body-model';

const RAYS = 2000;
const BRUTE_RAYS = 100;

export interface LayerPicking {
  readonly layer: LayerId;
  readonly triangles: number;
  readonly bvhBuildMs: number;
  /** µs per ray, one sample per round. */
  readonly bvhUs: number[];
  readonly bruteUs: number[];
  readonly hitsBvh: number;
  readonly hitsBrute: number;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function raysAround(model: BodyModel): THREE.Ray[] {
  const center = model.bounds.getCenter(new THREE.Vector3());
  const rng = mulberry32(42);
  return Array.from({ length: RAYS }, () => {
    const angle = rng() * Math.PI * 2;
    const height = model.bounds.min.y + rng() * (model.bounds.max.y - model.bounds.min.y);
    const origin = new THREE.Vector3(Math.sin(angle) * 2, height, Math.cos(angle) * 2);
    const target = new THREE.Vector3(center.x + (rng() - 0.5) * 0.2, height + (rng() - 0.5) * 0.2, center.z + (rng() - 0.5) * 0.2);
    return new THREE.Ray(origin, target.sub(origin).normalize());
  });
}

export function benchPicking(model: BodyModel, rounds: number): LayerPicking[] {
  const rays = raysAround(model);
  const raycaster = new THREE.Raycaster();
  // Warm the JIT so the first layer measured is not penalised.
  for (const ray of rays.slice(0, 500)) {
    raycaster.ray.copy(ray);
    model.raycastLayer(LAYER_IDS[0], raycaster);
  }
  return LAYER_IDS.map((layer) => {
    const mesh = model.layers[layer];
    const triangles = (mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count) / 3;
    const t0 = performance.now();
    // Built as the app builds it (BVH_OPTIONS), timed on its own.
    mesh.geometry.disposeBoundsTree();
    model.ensureBvh(layer);
    const bvhBuildMs = performance.now() - t0;
    const bvhUs: number[] = [];
    const bruteUs: number[] = [];
    let hitsBvh = 0;
    let hitsBrute = 0;
    for (let round = 0; round < rounds; round++) {
      hitsBvh = 0;
      const t1 = performance.now();
      for (const ray of rays) {
        raycaster.ray.copy(ray);
        if (model.raycastLayer(layer, raycaster)) hitsBvh++;
      }
      bvhUs.push(((performance.now() - t1) / RAYS) * 1000);

      // Brute force: the same mesh without its bounds tree falls back to testing every triangle.
      const tree = mesh.geometry.boundsTree;
      mesh.geometry.boundsTree = undefined;
      hitsBrute = 0;
      const bruteRays = rays.slice(round * BRUTE_RAYS, (round + 1) * BRUTE_RAYS);
      const t2 = performance.now();
      for (const ray of bruteRays) {
        raycaster.ray.copy(ray);
        raycaster.firstHitOnly = false;
        const hits: THREE.Intersection[] = [];
        mesh.raycast(raycaster, hits);
        if (hits.length) hitsBrute++;
      }
      bruteUs.push(((performance.now() - t2) / bruteRays.length) * 1000);
      mesh.geometry.boundsTree = tree;
    }
    return { layer, triangles, bvhBuildMs, bvhUs, bruteUs, hitsBvh, hitsBrute };
  });
}
