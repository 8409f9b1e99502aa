// `npm run bench`: measures the model (size, triangles per layer), loading and BVH build time, and
// picking time per ray through the BVH versus three's brute-force raycast, and the library of maps (open and
// list with 1 and 200 maps stored). Prints tables; no asserts.

import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as THREE from 'three';
import { LAYER_IDS } from '../../src/anatomy/layers';
import { parseBodyModel } from '../../src/scene/body-model';
import { benchLibrary } from './library';

const MODEL_PATH = new URL('../../models/torso.glb', import.meta.url);
const RAYS = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main() {
  const bytes = readFileSync(MODEL_PATH);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const loadTimes: number[] = [];
  let model = await parseBodyModel(data);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    model = await parseBodyModel(data);
    loadTimes.push(performance.now() - t0);
  }

  console.log(`model file: ${(statSync(MODEL_PATH).size / 1024).toFixed(0)} KiB`);
  console.log(`load + decode + BVH build (all layers), median of 3: ${median(loadTimes).toFixed(1)} ms`);

  const rows: string[] = [];
  let totalTriangles = 0;
  const center = model.bounds.getCenter(new THREE.Vector3());
  const raycaster = new THREE.Raycaster();
  const rng = mulberry32(42);
  const rays = Array.from({ length: RAYS }, () => {
    const angle = rng() * Math.PI * 2;
    const height = model.bounds.min.y + rng() * (model.bounds.max.y - model.bounds.min.y);
    const origin = new THREE.Vector3(Math.sin(angle) * 2, height, Math.cos(angle) * 2);
    const target = new THREE.Vector3(center.x + (rng() - 0.5) * 0.2, height + (rng() - 0.5) * 0.2, center.z + (rng() - 0.5) * 0.2);
    return new THREE.Ray(origin, target.sub(origin).normalize());
  });

  // Warm the JIT so the first layer measured is not penalised.
  for (const ray of rays.slice(0, 500)) {
    raycaster.ray.copy(ray);
    model.raycastLayer(LAYER_IDS[0], raycaster);
  }

  for (const layer of LAYER_IDS) {
    const mesh = model.layers[layer];
    const triangles = (mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count) / 3;
    totalTriangles += triangles;

    const t0 = performance.now();
    mesh.geometry.disposeBoundsTree();
    mesh.geometry.computeBoundsTree();
    const bvhBuild = performance.now() - t0;

    let hitsBvh = 0;
    const t1 = performance.now();
    for (const ray of rays) {
      raycaster.ray.copy(ray);
      if (model.raycastLayer(layer, raycaster)) hitsBvh++;
    }
    const bvhPerRay = (performance.now() - t1) / RAYS;

    // Brute force: the same mesh without its bounds tree falls back to testing every triangle.
    const tree = mesh.geometry.boundsTree;
    mesh.geometry.boundsTree = undefined;
    let hitsBrute = 0;
    const bruteRays = rays.slice(0, 200);
    const t2 = performance.now();
    for (const ray of bruteRays) {
      raycaster.ray.copy(ray);
      raycaster.firstHitOnly = false;
      const hits: THREE.Intersection[] = [];
      mesh.raycast(raycaster, hits);
      if (hits.length) hitsBrute++;
    }
    const brutePerRay = (performance.now() - t2) / bruteRays.length;
    mesh.geometry.boundsTree = tree;

    rows.push(
      `${layer.padEnd(18)} ${String(triangles).padStart(8)} ${bvhBuild.toFixed(1).padStart(10)} ${(bvhPerRay * 1000).toFixed(1).padStart(12)} ${(brutePerRay * 1000).toFixed(0).padStart(14)} ${(brutePerRay / bvhPerRay).toFixed(0).padStart(8)}x   hits ${hitsBvh}/${RAYS}, brute ${hitsBrute}/${bruteRays.length}`,
    );
  }
  console.log(`\n${'layer'.padEnd(18)} ${'triangles'.padStart(8)} ${'BVH ms'.padStart(10)} ${'BVH µs/ray'.padStart(12)} ${'brute µs/ray'.padStart(14)} ${'speed-up'.padStart(9)}`);
  for (const row of rows) console.log(row);
  console.log(`${'total'.padEnd(18)} ${String(totalTriangles).padStart(8)}`);

  await benchLibrary();
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
