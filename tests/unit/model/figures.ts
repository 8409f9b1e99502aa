// Measures the anatomical figures a clinician checks first on the generated torso (issue 10): how far the shoulder
// girdle reaches out, how deep the spinous processes lie, how wide and deep the lumbar paraspinals are, the gaps
// around ribs, sternum and pubis, the size of the small gluteals, the neck muscles, where serratus and teres major
// end. Everything is measured on the layer meshes (positions and per-vertex regions), in millimetres.

import { regionById, regionByIndex } from '../../../src/anatomy/regions';
import type { LayerVertices } from './read-model';

export type Layers = readonly LayerVertices[];

const layerOf = (layers: Layers, id: string): LayerVertices => {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};

const indexOf = (id: string): number => {
  const region = regionById(id);
  if (!region) throw new Error(`no region ${id}`);
  return region.index;
};

/** Vertices of one region on a layer, as [x, y, z] in millimetres. */
export function regionPoints(layers: Layers, layerId: string, regionId: string): [number, number, number][] {
  const layer = layerOf(layers, layerId);
  const index = indexOf(regionId);
  const out: [number, number, number][] = [];
  for (let i = 0; i < layer.count; i++) {
    if (layer.regions[i] !== index) continue;
    out.push([layer.positions[i * 3]! * 1000, layer.positions[i * 3 + 1]! * 1000, layer.positions[i * 3 + 2]! * 1000]);
  }
  return out;
}

/** The connected pieces of a region on a layer (each bone part is its own closed surface), as vertex lists (mm). */
export function regionPieces(layers: Layers, layerId: string, regionId: string): [number, number, number][][] {
  const layer = layerOf(layers, layerId);
  const index = indexOf(regionId);
  const parent = new Int32Array(layer.count).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let t = 0; t < layer.indices.length; t += 3) {
    const a = layer.indices[t]!, b = layer.indices[t + 1]!, c = layer.indices[t + 2]!;
    if (layer.regions[a] !== index) continue;
    parent[find(b)] = find(a);
    parent[find(c)] = find(a);
  }
  const pieces = new Map<number, [number, number, number][]>();
  for (let i = 0; i < layer.count; i++) {
    if (layer.regions[i] !== index) continue;
    const root = find(i);
    let list = pieces.get(root);
    if (!list) pieces.set(root, (list = []));
    list.push([layer.positions[i * 3]! * 1000, layer.positions[i * 3 + 1]! * 1000, layer.positions[i * 3 + 2]! * 1000]);
  }
  return [...pieces.values()];
}

/** Least distance (mm) between two point sets. */
export function gap(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let best = Infinity;
  for (const p of a) {
    for (const q of b) {
      const d = (p[0]! - q[0]!) ** 2 + (p[1]! - q[1]!) ** 2 + (p[2]! - q[2]!) ** 2;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

const maxOf = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, v), -Infinity);
const minOf = (values: readonly number[]): number => values.reduce((m, v) => Math.min(m, v), Infinity);
export const median = (values: readonly number[]): number => {
  const s = [...values].sort((p, q) => p - q);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * A layer's surface along horizontal rays from the body axis: at (angle, height) the outermost radius of the
 * triangles covering it and the region of the covering triangle, from a bin index over (angle, height).
 */
export function surfaceOf(layer: LayerVertices): Surface {
  let surface = surfaces.get(layer);
  if (!surface) surfaces.set(layer, (surface = buildSurface(layer)));
  return surface;
}

type Surface = { at(angle: number, height: number): { radius: number; region: number } | undefined };
const surfaces = new WeakMap<LayerVertices, Surface>();

function buildSurface(layer: LayerVertices): Surface {
  const A = 1440, H = 720;
  const bins = new Map<number, number[]>();
  const binA = (a: number): number => Math.min(A - 1, Math.max(0, Math.floor(((a + Math.PI) / (2 * Math.PI)) * A)));
  const binH = (h: number): number => Math.min(H - 1, Math.max(0, Math.floor(((h - 0.7) / 0.9) * H)));
  const radius = (i: number): number => Math.hypot(layer.positions[i * 3]!, layer.positions[i * 3 + 2]!);
  for (let t = 0; t < layer.indices.length; t += 3) {
    const v = [layer.indices[t]!, layer.indices[t + 1]!, layer.indices[t + 2]!];
    const as = v.map((i) => layer.angles[i]!), hs = v.map((i) => layer.heights[i]!);
    if (Math.max(...as) - Math.min(...as) > 1) continue;
    if (v.some((i) => radius(i) < 0.02)) continue;
    for (let ia = binA(Math.min(...as)); ia <= binA(Math.max(...as)); ia++) {
      for (let ih = binH(Math.min(...hs)); ih <= binH(Math.max(...hs)); ih++) {
        const key = ia * H + ih;
        let list = bins.get(key);
        if (!list) bins.set(key, (list = []));
        list.push(t);
      }
    }
  }
  return {
    at(angle, height) {
      let best: { radius: number; region: number } | undefined;
      for (const t of bins.get(binA(angle) * H + binH(height)) ?? []) {
        const [i, j, k] = [layer.indices[t]!, layer.indices[t + 1]!, layer.indices[t + 2]!];
        const ax = layer.angles[i]!, ay = layer.heights[i]!;
        const bx = layer.angles[j]! - ax, by = layer.heights[j]! - ay;
        const cx = layer.angles[k]! - ax, cy = layer.heights[k]! - ay;
        const det = bx * cy - by * cx;
        if (Math.abs(det) < 1e-14) continue;
        const px = angle - ax, py = height - ay;
        const u = (px * cy - py * cx) / det, w = (bx * py - by * px) / det;
        if (u < -1e-9 || w < -1e-9 || u + w > 1 + 1e-9) continue;
        const r = radius(i) * (1 - u - w) + radius(j) * u + radius(k) * w;
        if (!best || r > best.radius) best = { radius: r, region: layer.regions[i]! };
      }
      return best;
    },
  };
}

const deg = (d: number): number => (d * Math.PI) / 180;

/** 1. Shoulder girdle: how far (mm from the midline) scapula and clavicle reach; the humerus and its head. */
export function shoulderGirdle(layers: Layers): { scapulaReach: number; clavicleReach: number; humerusVertices: number; headToGlenoid: number } {
  const scapula = regionPoints(layers, 'skeleton', 'scapula.left');
  const clavicle = regionPoints(layers, 'skeleton', 'clavicle.left');
  const humerus = regionById('humerus.left') ? regionPoints(layers, 'skeleton', 'humerus.left') : [];
  return {
    scapulaReach: maxOf(scapula.map((p) => p[0])),
    clavicleReach: maxOf(clavicle.map((p) => p[0])),
    humerusVertices: humerus.length,
    headToGlenoid: humerus.length ? gap(humerus, scapula) : Infinity,
  };
}

/**
 * 2. Tissue over the spinous processes (mm): for each level, the most posterior vertebra vertex near the back
 * midline within 15 mm of the level's height, and the skin along the same ray.
 */
export function spinousDepths(layers: Layers, levelHeights: readonly number[]): number[] {
  const skeleton = layerOf(layers, 'skeleton');
  const skin = surfaceOf(layerOf(layers, 'skin'));
  const vertebrae = new Set([indexOf('thoracic-vertebrae.midline'), indexOf('lumbar-vertebrae.midline')]);
  return levelHeights.map((h) => {
    let best = -1;
    let bestR = 0;
    for (let i = 0; i < skeleton.count; i++) {
      if (!vertebrae.has(skeleton.regions[i]!)) continue;
      const a = skeleton.angles[i]!;
      if (Math.PI - Math.abs(a) > deg(5) || Math.abs(skeleton.heights[i]! * 1000 - h) > 15) continue;
      const r = Math.hypot(skeleton.positions[i * 3]!, skeleton.positions[i * 3 + 2]!);
      if (r > bestR) {
        bestR = r;
        best = i;
      }
    }
    if (best < 0) return Infinity;
    const outer = skin.at(skeleton.angles[best]!, skeleton.heights[best]!);
    return outer ? (outer.radius - bestR) * 1000 : Infinity;
  });
}

/**
 * 3. The lumbar paraspinals at a height (mm): on the deep-muscle layer's outer surface, the extent from the midline
 * (|x|) of multifidus, of the erector spinae (longissimus + lumbar iliocostalis) and of quadratus lumborum; and how
 * far under the skin the erectors' surface lies (median along the row).
 */
export function lumbarParaspinals(layers: Layers, height: number): {
  multifidus: number; erector: number; quadratusOuter: number; erectorDepth: number;
} {
  const deep = surfaceOf(layerOf(layers, 'deepMuscle'));
  const skin = surfaceOf(layerOf(layers, 'skin'));
  const extent = new Map<number, [number, number]>();
  const erectorDepths: number[] = [];
  const longissimus = indexOf('longissimus-thoracis.left');
  const iliocostalis = indexOf('lumbar-iliocostalis.left');
  for (let d = 60; d <= 180; d += 0.1) {
    const a = deg(d);
    const hit = deep.at(a, height);
    if (!hit) continue;
    const x = hit.radius * Math.sin(a) * 1000;
    const [lo, hi] = extent.get(hit.region) ?? [Infinity, -Infinity];
    extent.set(hit.region, [Math.min(lo, x), Math.max(hi, x)]);
    if (hit.region === longissimus || hit.region === iliocostalis) {
      const s = skin.at(a, height);
      if (s) erectorDepths.push((s.radius - hit.radius) * 1000);
    }
  }
  const span = (id: string): [number, number] => extent.get(indexOf(id)) ?? [NaN, NaN];
  const [mLo, mHi] = span('multifidus.left');
  const [lLo] = span('longissimus-thoracis.left');
  const [, iHi] = span('lumbar-iliocostalis.left');
  const [, qHi] = span('quadratus-lumborum.left');
  return {
    multifidus: mHi - mLo,
    erector: iHi - lLo,
    quadratusOuter: qHi,
    erectorDepth: erectorDepths.length ? median(erectorDepths) : Infinity,
  };
}

/** 4. Gap (mm) from the lowest point of any rib down to the highest point of the hip bone, on the left. */
export function ribToCrest(layers: Layers): number {
  const ribs = regionPoints(layers, 'skeleton', 'ribs.left');
  const hipBone = regionPoints(layers, 'skeleton', 'pelvis.left');
  return minOf(ribs.map((p) => p[1])) - maxOf(hipBone.map((p) => p[1]));
}

/**
 * 4. For ribs 1-7 (the seven highest rib pieces on the left), the gap (mm) between the rib with the costal
 * cartilage joined to its front end (within 3 mm) and the sternum.
 */
export function trueRibGaps(layers: Layers): number[] {
  const sternum = regionPoints(layers, 'skeleton', 'sternum.midline');
  const ribs = regionPieces(layers, 'skeleton', 'ribs.left').sort((p, q) => maxOf(q.map((v) => v[1])) - maxOf(p.map((v) => v[1])));
  const cartilages = regionById('costal-cartilage.left') ? regionPieces(layers, 'skeleton', 'costal-cartilage.left') : [];
  return ribs.slice(0, 7).map((rib) => {
    const joined = cartilages.filter((c) => gap(c, rib) <= 3);
    return Math.min(gap(rib, sternum), ...joined.map((c) => gap(c, sternum)));
  });
}

/** 5. The pelvis: gap between the two pubic bones, the iliac crest's curve seen from above, the ischial tuberosity. */
export function pelvis(layers: Layers): { pubicGap: number; crestSagitta: number; tuberosityDrop: number; tuberosityWidth: number } {
  const left = regionPoints(layers, 'skeleton', 'pelvis.left');
  const right = regionPoints(layers, 'skeleton', 'pelvis.right');
  const near = (points: [number, number, number][]) => points.filter((p) => Math.abs(p[0]) < 40 && p[2] > 20);
  const pubicGap = gap(near(left), near(right));
  // Crest seen from above: per 5 mm slice front to back, the outermost x among the top 12 mm of the wing above 1 m.
  const wing = left.filter((p) => p[1] > 990);
  const slices = new Map<number, number[]>();
  for (const p of wing) {
    const k = Math.round(p[2] / 5);
    let list = slices.get(k);
    if (!list) slices.set(k, (list = []));
    list.push(p[0], p[1]);
  }
  const crest: [number, number][] = [];
  for (const [k, list] of [...slices.entries()].sort((p, q) => p[0] - q[0])) {
    let top = -Infinity;
    for (let i = 1; i < list.length; i += 2) top = Math.max(top, list[i]!);
    let x = -Infinity;
    for (let i = 0; i < list.length; i += 2) if (list[i + 1]! >= top - 12) x = Math.max(x, list[i]!);
    crest.push([k * 5, x]);
  }
  let crestSagitta = 0;
  if (crest.length > 2) {
    const [z0, x0] = crest[0]!, [z1, x1] = crest[crest.length - 1]!;
    const len = Math.hypot(z1 - z0, x1 - x0);
    for (const [z, x] of crest) crestSagitta = Math.max(crestSagitta, ((x - x0) * (z1 - z0) - (z - z0) * (x1 - x0)) / len);
  }
  // Ischial tuberosity: the hip bone's lowest part behind the hip joint; how far below the acetabulum's centre
  // (taken as the mean of the hip bone's points between 880 and 930 mm lateral of 70 mm) and how thick it is.
  const socket = left.filter((p) => p[1] > 880 && p[1] < 930 && p[0] > 70);
  const socketY = socket.reduce((s, p) => s + p[1], 0) / Math.max(1, socket.length);
  const behind = left.filter((p) => p[2] < -15 && p[0] > 25);
  const lowest = minOf(behind.map((p) => p[1]));
  const foot = behind.filter((p) => p[1] < lowest + 20);
  const tuberosityWidth = Math.min(
    maxOf(foot.map((p) => p[0])) - minOf(foot.map((p) => p[0])),
    maxOf(foot.map((p) => p[2])) - minOf(foot.map((p) => p[2])),
  );
  return { pubicGap, crestSagitta, tuberosityDrop: socketY - lowest, tuberosityWidth };
}

/** Area (mm^2) and mean angle (degrees) and angle range of one region's outer shell on a muscle layer. */
export function patch(layers: Layers, layerId: string, regionId: string): { area: number; meanAngle: number; maxAngle: number; minAngle: number } {
  const layer = layerOf(layers, layerId);
  const index = indexOf(regionId);
  let area = 0, weighted = 0, maxAngle = -Infinity, minAngle = Infinity;
  const p = layer.positions;
  // The outer shell is the first half of the triangles (see muscles.ts); measuring both halves would double it.
  const half = layer.indices.length / 2;
  for (let t = 0; t < half; t += 3) {
    const [a, b, c] = [layer.indices[t]!, layer.indices[t + 1]!, layer.indices[t + 2]!];
    if (layer.regions[a] !== index) continue;
    const ux = p[b * 3]! - p[a * 3]!, uy = p[b * 3 + 1]! - p[a * 3 + 1]!, uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
    const vx = p[c * 3]! - p[a * 3]!, vy = p[c * 3 + 1]! - p[a * 3 + 1]!, vz = p[c * 3 + 2]! - p[a * 3 + 2]!;
    const s = 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) * 1e6;
    const angle = ((Math.abs(layer.angles[a]!) + Math.abs(layer.angles[b]!) + Math.abs(layer.angles[c]!)) / 3) * (180 / Math.PI);
    area += s;
    weighted += s * angle;
    maxAngle = Math.max(maxAngle, angle);
    minAngle = Math.min(minAngle, angle);
  }
  return { area, meanAngle: area > 0 ? weighted / area : NaN, maxAngle, minAngle };
}

/** 7. Vertical extent (mm) of a region's vertices on a layer. */
export function verticalExtent(layers: Layers, layerId: string, regionId: string): number {
  const points = regionPoints(layers, layerId, regionId);
  return points.length ? maxOf(points.map((p) => p[1])) - minOf(points.map((p) => p[1])) : 0;
}

/**
 * 7. Of the floor of the posterior triangle of the neck (spots on the left where the superficial layer has no
 * muscle, between sternocleidomastoid and trapezius, above the neck's base), the share that levator scapulae
 * takes on the outermost muscle layer found there.
 */
export function levatorShareOfPosteriorTriangle(layers: Layers): number {
  const superficial = surfaceOf(layerOf(layers, 'superficialMuscle'));
  const deeper = [surfaceOf(layerOf(layers, 'intermediateMuscle')), surfaceOf(layerOf(layers, 'deepMuscle'))];
  const levator = indexOf('levator-scapulae.left');
  let floor = 0, levatorSpots = 0;
  for (let h = 1.47; h <= 1.59; h += 0.004) {
    for (let d = 60; d <= 140; d += 1) {
      const a = deg(d);
      if (superficial.at(a, h)) continue;
      const hit = deeper.map((s) => s.at(a, h)).find((x) => x !== undefined);
      if (!hit) continue;
      floor++;
      if (hit.region === levator) levatorSpots++;
    }
  }
  return floor ? levatorSpots / floor : 1;
}

/** 8. Share of a muscle's vertices lying within `reach` mm of any bone of the listed skeleton regions. */
export function shareNearBone(layers: Layers, layerId: string, regionId: string, bones: readonly string[], reach: number): number {
  const muscle = regionPoints(layers, layerId, regionId);
  const bone = bones.filter((b) => regionById(b)).flatMap((b) => regionPoints(layers, 'skeleton', b));
  if (!muscle.length || !bone.length) return 0;
  // Bucket the bone by 20 mm cells so each muscle vertex checks only the cells around it.
  const cell = 20;
  const grid = new Map<string, [number, number, number][]>();
  const key = (x: number, y: number, z: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  for (const p of bone) {
    const k = key(...p);
    let list = grid.get(k);
    if (!list) grid.set(k, (list = []));
    list.push(p);
  }
  const steps = Math.ceil(reach / cell);
  let near = 0;
  for (const p of muscle) {
    let found = false;
    for (let dx = -steps; dx <= steps && !found; dx++) {
      for (let dy = -steps; dy <= steps && !found; dy++) {
        for (let dz = -steps; dz <= steps && !found; dz++) {
          for (const q of grid.get(key(p[0] + dx * cell, p[1] + dy * cell, p[2] + dz * cell)) ?? []) {
            if (Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) <= reach) {
              found = true;
              break;
            }
          }
        }
      }
    }
    if (found) near++;
  }
  return near / muscle.length;
}

/** 8. Distance (mm) from the lateral end of a muscle (its vertices furthest from the midline) to the nearest bone of a region. */
export function lateralEndToBone(layers: Layers, layerId: string, regionId: string, bone: string): number {
  const muscle = regionPoints(layers, layerId, regionId);
  const bones = regionById(bone) ? regionPoints(layers, "skeleton", bone) : [];
  if (!muscle.length || !bones.length) return Infinity;
  const reach = maxOf(muscle.map((p) => p[0]));
  return gap(muscle.filter((p) => p[0] >= reach - 8), bones);
}

/** Whether a region has vertices on its layer, and how many. */
export function vertexCount(layers: Layers, layerId: string, regionId: string): number {
  return regionById(regionId) ? regionPoints(layers, layerId, regionId).length : 0;
}

export { regionByIndex };
