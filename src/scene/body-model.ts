// Loads the layered torso (.glb, meshopt-compressed, decoded locally) once, builds a BVH per layer for
// picking, and turns ray hits into anchors (layer, surface coordinate, position, normal, face cache, region).
// The BVH library is loaded after the first frame and each layer's BVH built in idle time: neither holds up
// the first view of the body. Until a layer has its BVH, picking it tests every triangle (same answer, slower).

import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { BVHOptions } from 'three-mesh-bvh';
import { LAYER_IDS, type LayerId } from '../anatomy/layers';
import { regionAt } from '../anatomy/outlines';
import { regionById, regionByIndex } from '../anatomy/regions';
import { MODEL_VERSION, surfaceFromUv } from '../anatomy/model-facts';
import type { Anchor, RegionId, Side } from '../model/types';


let bvhLibrary: Promise<void> | null = null;
let bvhLoaded = false;

/**
 * Loads three-mesh-bvh (a chunk of its own) and routes every mesh raycast through a layer's BVH once the
 * layer has one. Resolves when loaded.
 */
export function loadBvhLibrary(): Promise<void> {
  bvhLibrary ??= import('three-mesh-bvh').then(({ acceleratedRaycast, computeBoundsTree, disposeBoundsTree }) => {
    THREE.BufferGeometry.prototype.computeBoundsTree = computeBoundsTree;
    THREE.BufferGeometry.prototype.disposeBoundsTree = disposeBoundsTree;
    THREE.Mesh.prototype.raycast = acceleratedRaycast;
    bvhLoaded = true;
  });
  return bvhLibrary;
}

/**
 * Small leaves split at the centre: rays cost 4-7 µs on every layer (34 µs on the skin with the default
 * 10-triangle leaves), for 25-125 ms of building a layer (`npm run bench`).
 */
export const BVH_OPTIONS: BVHOptions = { strategy: 0 /* CENTER */, targetLeafSize: 5 };

/** A resolved spot on a layer: everything a trigger point needs to be placed or moved there. */
export interface BodyHit {
  readonly anchor: Anchor;
  readonly region: RegionId;
  readonly side: Side;
}

export interface BodyModel {
  readonly version: string;
  /** The whole loaded scene graph (layer meshes keep their dequantisation transforms inside it). */
  readonly scene: THREE.Object3D;
  readonly layers: Readonly<Record<LayerId, THREE.Mesh>>;
  /** Bounding box of the skin in body space. */
  readonly bounds: THREE.Box3;
  /** Turns a raycast intersection with a layer mesh into an anchor. */
  hitToAnchor(layer: LayerId, hit: THREE.Intersection): BodyHit | null;
  /** The outermost spot of a layer at a surface coordinate (a ray cast inward toward the body axis). */
  anchorAt(layer: LayerId, angle: number, height: number): BodyHit | null;
  /**
   * Where an anchor sits on this model: as stored when it was placed on this model version, otherwise
   * re-projected from its surface coordinate (the canonical anchor) onto this model's layer.
   */
  placeAnchor(anchor: Anchor): { position: readonly [number, number, number]; normal: readonly [number, number, number] };
  /** Casts a ray against one layer through its BVH (built now if it is not yet) and returns the nearest hit. */
  raycastLayer(layer: LayerId, raycaster: THREE.Raycaster): THREE.Intersection | null;
  /** Builds the BVH of a layer now, unless it has one or the BVH library is not loaded yet. */
  ensureBvh(layer: LayerId): void;
  /** Builds the BVHs not built yet, one layer per idle moment of the browser; resolves when all are built. */
  prepareBvhs(): Promise<void>;
  /** Resolves once prepareBvhs has built them all, without starting it (the first frame starts it). */
  bvhsReady(): Promise<void>;
}


export function resolveRegion(layer: LayerId, angle: number, height: number): { region: RegionId; side: Side } {
  const region = regionAt(layer, angle, height);
  const side: Side = regionById(region)?.side ?? (Math.abs(angle) < 1e-3 || Math.abs(angle) > Math.PI - 1e-3 ? 'midline' : angle > 0 ? 'left' : 'right');
  return { region, side };
}

/**
 * The region drawn at a hit: the model's per-vertex _REGION of the hit triangle's corner nearest the hit (what the
 * layer is coloured by, and on the skeleton the bone actually hit), or regionAt where the model carries none.
 */
function drawnRegion(
  layer: LayerId,
  geometry: THREE.BufferGeometry,
  corners: readonly [number, number, number],
  bary: THREE.Vector3,
  angle: number,
  height: number,
): { region: RegionId; side: Side } {
  const attribute = geometry.getAttribute('_region');
  if (attribute) {
    const weights = [bary.x, bary.y, bary.z];
    const nearest = weights.indexOf(Math.max(...weights));
    const region = regionByIndex(attribute.getX(corners[nearest]!));
    if (region && region.layer === layer) return { region: region.id, side: region.side };
  }
  return resolveRegion(layer, angle, height);
}

function hitToAnchor(layer: LayerId, mesh: THREE.Mesh, hit: THREE.Intersection): BodyHit | null {
  const geometry = mesh.geometry;
  const index = geometry.index;
  if (hit.faceIndex == null || !hit.uv) return null;
  const position = geometry.getAttribute('position');
  const i0 = index ? index.getX(hit.faceIndex * 3) : hit.faceIndex * 3;
  const i1 = index ? index.getX(hit.faceIndex * 3 + 1) : hit.faceIndex * 3 + 1;
  const i2 = index ? index.getX(hit.faceIndex * 3 + 2) : hit.faceIndex * 3 + 2;
  const a = new THREE.Vector3().fromBufferAttribute(position, i0);
  const b = new THREE.Vector3().fromBufferAttribute(position, i1);
  const c = new THREE.Vector3().fromBufferAttribute(position, i2);
  const local = mesh.worldToLocal(hit.point.clone());
  const bary = THREE.Triangle.getBarycoord(local, a, b, c, new THREE.Vector3()) ?? new THREE.Vector3(1 / 3, 1 / 3, 1 / 3);

  const normalAttr = geometry.getAttribute('normal');
  const normal = new THREE.Vector3();
  if (normalAttr) {
    THREE.Triangle.getInterpolatedAttribute(normalAttr as THREE.BufferAttribute, i0, i1, i2, bary, normal);
    normal.applyMatrix3(new THREE.Matrix3().getNormalMatrix(mesh.matrixWorld)).normalize();
  } else if (hit.face) {
    normal.copy(hit.face.normal).transformDirection(mesh.matrixWorld);
  }
  const { angle, height } = surfaceFromUv(hit.uv.x, hit.uv.y);
  const { region, side } = drawnRegion(layer, geometry, [i0, i1, i2], bary, angle, height);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    anchor: {
      layer,
      angle: round(angle),
      height: round(height),
      position: [round(hit.point.x), round(hit.point.y), round(hit.point.z)],
      normal: [round(normal.x), round(normal.y), round(normal.z)],
      face: hit.faceIndex,
      barycentric: [round(bary.x), round(bary.y), round(bary.z)],
      modelVersion: MODEL_VERSION,
    },
    region,
    side,
  };
}

/**
 * Gives the geometry its own index buffer. The layers share one grid, so the file stores one index
 * accessor for all of them; building a BVH reorders the index in place, which silently broke the BVH
 * of every layer built before the last (picking then missed most of the body). A test guards this.
 */
function ownIndex(geometry: THREE.BufferGeometry): void {
  if (geometry.index) geometry.setIndex(geometry.index.clone());
}

function buildModel(gltfScene: THREE.Object3D): BodyModel {
  gltfScene.updateMatrixWorld(true);
  const layers = {} as Record<LayerId, THREE.Mesh>;
  for (const id of LAYER_IDS) {
    let found: THREE.Mesh | null = null;
    gltfScene.traverse((o) => {
      if (!found && (o as THREE.Mesh).isMesh && (o.name === id || o.parent?.name === id)) found = o as THREE.Mesh;
    });
    if (!found) throw new Error(`The body model has no "${id}" layer.`);
    const mesh: THREE.Mesh = found;
    ownIndex(mesh.geometry);
    layers[id] = mesh;
  }
  function ensureBvh(layer: LayerId): void {
    const geometry = layers[layer].geometry;
    if (bvhLoaded && !geometry.boundsTree) geometry.computeBoundsTree(BVH_OPTIONS);
  }
  let prepared: Promise<void> | null = null;
  let allBuilt: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    allBuilt = resolve;
  });
  function prepareBvhs(): Promise<void> {
    prepared ??= (async () => {
      await loadBvhLibrary();
      for (const layer of LAYER_IDS) {
        await idle();
        ensureBvh(layer);
      }
      allBuilt();
    })();
    return prepared;
  }
  const bounds = new THREE.Box3().setFromObject(layers.skin);
  const raycaster = new THREE.Raycaster();
  raycaster.firstHitOnly = true;

  function raycastLayer(layer: LayerId, caster: THREE.Raycaster): THREE.Intersection | null {
    ensureBvh(layer);
    const mesh = layers[layer];
    const hits: THREE.Intersection[] = [];
    const wasFirstHitOnly = caster.firstHitOnly;
    caster.firstHitOnly = true;
    mesh.raycast(caster, hits);
    caster.firstHitOnly = wasFirstHitOnly;
    hits.sort((p, q) => p.distance - q.distance);
    return hits[0] ?? null;
  }

  const reprojected = new WeakMap<Anchor, { position: readonly [number, number, number]; normal: readonly [number, number, number] }>();
  function anchorAt(layer: LayerId, angle: number, height: number): BodyHit | null {
    const dx = Math.sin(angle);
    const dz = Math.cos(angle);
    const origin = new THREE.Vector3(dx, 0, dz).multiplyScalar(1.5).add(new THREE.Vector3(0, height, 0));
    raycaster.set(origin, new THREE.Vector3(-dx, 0, -dz));
    const hit = raycastLayer(layer, raycaster);
    const resolved = hit ? hitToAnchor(layer, layers[layer], hit) : null;
    // A muscle layer has gaps: a ray through a gap hits the far side of the body, which is not this spot.
    if (!resolved || angularDistance(resolved.anchor.angle, angle) > MAX_ANCHOR_ANGLE_ERROR) return null;
    return resolved;
  }

  return {
    version: MODEL_VERSION,
    scene: gltfScene,
    anchorAt,
    placeAnchor(anchor) {
      if (anchor.modelVersion === MODEL_VERSION) return anchor;
      let placed = reprojected.get(anchor);
      if (!placed) {
        placed = anchorAt(anchor.layer, anchor.angle, anchor.height)?.anchor ?? anchor;
        reprojected.set(anchor, placed);
      }
      return placed;
    },
    layers,
    bounds,
    hitToAnchor: (layer, hit) => hitToAnchor(layer, layers[layer], hit),
    raycastLayer,
    ensureBvh,
    prepareBvhs,
    bvhsReady: () => ready,
  };
}

/** Resolves when the browser is idle (at once where there is no idle callback, as in Node). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** How far (radians) the spot found for a surface coordinate may lie from it (the axis is not the ray origin). */
const MAX_ANCHOR_ANGLE_ERROR = 0.25;

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** Parses the .glb bytes into the layered body model; the meshopt decoder is bundled (no network). */
export async function parseBodyModel(data: ArrayBuffer): Promise<BodyModel> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(data, '');
  return buildModel(gltf.scene);
}

export async function loadBodyModel(url: string): Promise<BodyModel> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The body model could not be loaded (${response.status}).`);
  return parseBodyModel(await response.arrayBuffer());
}
