// Checks the committed models/torso.glb: valid glTF, one mesh per layer with the agreed attributes (_FIBRE on the
// muscles), regions that match the catalog and regionAt at the vertices, the surface-coordinate conventions, layers
// nested along rays (nothing pokes through the layer above), and the size budget.

import { beforeAll, describe, expect, it } from 'vitest';
import { validateBytes } from 'gltf-validator';
import { Accessor, type Document, NodeIO } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { LAYER_IDS } from '../../../src/anatomy/layers';
import {
  MODEL_MAX_HEIGHT,
  MODEL_MIN_HEIGHT,
  MODEL_VERSION,
  surfaceFromPosition,
} from '../../../src/anatomy/model-facts';
import { regionAt } from '../../../src/anatomy/outlines';
import { REGIONS, regionByIndex } from '../../../src/anatomy/regions';
import { type LayerVertices, layerVertices, readDocument, readModelBytes } from './read-model';

/**
 * A layer's radius range along the ray at a surface coordinate, from the triangles that cover it in (angle, height):
 * [innermost, outermost] (a sheet gives one value, a muscle patch its underside and top), undefined where no
 * triangle covers it.
 */
function coverageOf(layer: LayerVertices): { at(angle: number, height: number): [number, number] | undefined } {
  const A = 720, H = 360;
  const bins = new Map<number, number[]>();
  const binA = (a: number): number => Math.min(A - 1, Math.max(0, Math.floor(((a + Math.PI) / (2 * Math.PI)) * A)));
  const binH = (h: number): number => Math.min(H - 1, Math.max(0, Math.floor(((h - MODEL_MIN_HEIGHT) / (MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT)) * H)));
  const radius = (i: number): number => Math.hypot(layer.positions[i * 3]!, layer.positions[i * 3 + 2]!);
  for (let t = 0; t < layer.indices.length; t += 3) {
    const v = [layer.indices[t]!, layer.indices[t + 1]!, layer.indices[t + 2]!];
    const as = v.map((i) => layer.angles[i]!), hs = v.map((i) => layer.heights[i]!);
    if (Math.max(...as) - Math.min(...as) > 1) continue; // cap fans round the axis
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
      let lo = Infinity, hi = -Infinity;
      for (const t of bins.get(binA(angle) * H + binH(height)) ?? []) {
        const [i, j, k] = [layer.indices[t]!, layer.indices[t + 1]!, layer.indices[t + 2]!];
        const ax = layer.angles[i]!, ay = layer.heights[i]!;
        const bx = layer.angles[j]! - ax, by = layer.heights[j]! - ay;
        const cx = layer.angles[k]! - ax, cy = layer.heights[k]! - ay;
        const det = bx * cy - by * cx;
        if (Math.abs(det) < 1e-12) continue;
        const px = angle - ax, py = height - ay;
        const u = (px * cy - py * cx) / det, w = (bx * py - by * px) / det;
        if (u < -1e-9 || w < -1e-9 || u + w > 1 + 1e-9) continue;
        const r = radius(i) * (1 - u - w) + radius(j) * u + radius(k) * w;
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
      return hi >= lo ? [lo, hi] : undefined;
    },
  };
}

let bytes: Uint8Array;
let doc: Document;
let layers: LayerVertices[];

beforeAll(async () => {
  bytes = readModelBytes();
  doc = await readDocument(bytes);
  layers = layerVertices(doc);
});

describe('models/torso.glb', () => {
  it('passes the Khronos glTF validator without errors', async () => {
    const report = await validateBytes(bytes, { maxIssues: 100 });
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    console.info(
      `gltf-validator: ${report.issues.numErrors} errors, ${report.issues.numWarnings} warnings, ` +
        `${report.issues.numInfos} infos`,
    );
    expect(errors).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
  });

  it('also validates with the meshopt layer decoded, so the validator sees the accessor data itself', async () => {
    const plain = await readDocument(bytes);
    for (const extension of plain.getRoot().listExtensionsUsed()) {
      if (extension.extensionName === 'EXT_meshopt_compression') extension.dispose();
    }
    const io = new NodeIO().registerExtensions([KHRMeshQuantization]);
    const report = await validateBytes(await io.writeBinary(plain), { maxIssues: 100 });
    console.info(`gltf-validator (meshopt decoded): ${report.issues.numErrors} errors, ${report.issues.numWarnings} warnings`);
    expect(report.issues.messages.filter((m) => m.severity <= 1)).toEqual([]);
  });

  it('uses meshopt compression and quantisation, never Draco', () => {
    const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).toContain('KHR_mesh_quantization');
    expect(used).not.toContain('KHR_draco_mesh_compression');
  });

  it('states its version and height range in the scene extras, matching model-facts', () => {
    const extras = doc.getRoot().getDefaultScene()?.getExtras();
    expect(extras).toEqual({ modelVersion: MODEL_VERSION, minHeight: MODEL_MIN_HEIGHT, maxHeight: MODEL_MAX_HEIGHT });
  });

  it('has one mesh per layer named by the layer id, with POSITION, NORMAL, TEXCOORD_0, _REGION (+ _FIBRE on muscles, _WEAVE on fascia)', () => {
    const nodes = doc.getRoot().listNodes().map((n) => n.getName()).filter((n) => n !== '');
    expect(nodes.sort()).toEqual([...LAYER_IDS].sort());
    for (const node of doc.getRoot().listNodes()) {
      const prims = node.getMesh()?.listPrimitives() ?? [];
      expect(prims).toHaveLength(1);
      const muscle = node.getName().endsWith('Muscle');
      const fascia = node.getName().endsWith('Fascia');
      expect(prims[0]!.listSemantics().sort()).toEqual(
        ['NORMAL', 'POSITION', 'TEXCOORD_0', '_REGION', ...(muscle ? ['_FIBRE'] : []), ...(fascia ? ['_WEAVE'] : [])].sort(),
      );
      if (fascia) {
        const weave = prims[0]!.getAttribute('_WEAVE')!;
        expect(weave.getType()).toBe('VEC2');
        expect(weave.getComponentType()).toBe(Accessor.ComponentType.SHORT);
        expect(weave.getNormalized()).toBe(true);
      }
      const uv = prims[0]!.getAttribute('TEXCOORD_0')!;
      expect(uv.getComponentType()).toBe(Accessor.ComponentType.UNSIGNED_SHORT);
      if (muscle) {
        const fibre = prims[0]!.getAttribute('_FIBRE')!;
        expect(fibre.getType()).toBe('VEC2');
        expect(fibre.getComponentType()).toBe(Accessor.ComponentType.SHORT);
        expect(fibre.getNormalized()).toBe(true);
        // Along the fibres 0..1; across in metres, within the body.
        const [minAlong, minAcross] = fibre.getMinNormalized([]) as number[];
        const [maxAlong, maxAcross] = fibre.getMaxNormalized([]) as number[];
        expect(minAlong).toBeGreaterThanOrEqual(0);
        expect(maxAlong).toBeLessThanOrEqual(1);
        expect(maxAlong).toBeGreaterThan(0.9);
        expect(Math.max(Math.abs(minAcross!), Math.abs(maxAcross!))).toBeLessThan(0.5);
      }
    }
    for (const layer of layers) {
      expect(layer.regionComponentType).toBe(Accessor.ComponentType.UNSIGNED_SHORT);
      expect(layer.regionNormalized).toBe(false);
    }
  });

  it('stays within the budget: at most 3 MB and 400k triangles', () => {
    const triangles = layers.reduce((sum, l) => sum + l.triangles, 0);
    console.info(
      `torso.glb: ${bytes.byteLength} bytes; ` + layers.map((l) => `${l.id} ${l.triangles} triangles`).join(', '),
    );
    expect(bytes.byteLength).toBeLessThanOrEqual(3 * 1024 * 1024);
    expect(triangles).toBeLessThanOrEqual(400_000);
  });

  it('shows every catalog region on its layer, and only catalog regions of that layer', () => {
    for (const layer of layers) {
      const present = new Set(layer.regions);
      for (const index of present) expect(regionByIndex(index)?.layer, `index ${index} on ${layer.id}`).toBe(layer.id);
      const missing = REGIONS.filter((r) => r.layer === layer.id && !r.placeholder && !present.has(r.index)).map((r) => r.id);
      expect(missing, `regions missing from ${layer.id}`).toEqual([]);
      // Placeholders ("no muscle here") are answered by regionAt but have no triangles.
      for (const r of REGIONS.filter((x) => x.placeholder)) expect(present.has(r.index), r.id).toBe(false);
    }
  });

  it('agrees with regionAt at every vertex of the sheets and muscle layers (coordinate decoded from TEXCOORD_0)', () => {
    for (const layer of layers) {
      let disagreements = 0;
      for (let i = 0; i < layer.count; i++) {
        const expected = regionAt(layer.id, layer.angles[i]!, layer.heights[i]!);
        if (regionByIndex(layer.regions[i]!)?.id !== expected) disagreements++;
      }
      if (layer.id === 'skeleton') {
        // Bones overlap along a ray (a rib behind the scapula), and regionAt names the outer one: most agree.
        console.info(`skeleton: regionAt agrees at ${(100 * (1 - disagreements / layer.count)).toFixed(1)} % of vertices`);
        expect(disagreements / layer.count, layer.id).toBeLessThan(0.3);
      } else {
        expect(disagreements, layer.id).toBe(0);
      }
    }
  });

  it('puts every vertex where its surface coordinate says: angle = atan2(x, z), height = y', () => {
    for (const layer of layers) {
      let worstHeight = 0;
      let worstAngle = 0;
      for (let i = 0; i < layer.count; i++) {
        const x = layer.positions[i * 3]!, y = layer.positions[i * 3 + 1]!, z = layer.positions[i * 3 + 2]!;
        const radius = Math.hypot(x, z);
        worstHeight = Math.max(worstHeight, Math.abs(y - layer.heights[i]!));
        if (radius < 0.03) continue; // cap centres: the angle is undefined near the axis
        const surface = surfaceFromPosition(x, y, z);
        let d = Math.abs(surface.angle - layer.angles[i]!);
        if (d > Math.PI) d = 2 * Math.PI - d;
        worstAngle = Math.max(worstAngle, d * radius);
      }
      // Positions are 14-bit quantised over the whole model (about 0.1 mm steps).
      expect(worstHeight, `${layer.id} height`).toBeLessThan(0.0003);
      expect(worstAngle, `${layer.id} sideways`).toBeLessThan(0.0003);
    }
  });

  it('keeps the patient facing +z with the left side at +x, between the stated heights', () => {
    for (const layer of layers) {
      let minY = Infinity, maxY = -Infinity;
      let wrongSide = 0;
      for (let i = 0; i < layer.count; i++) {
        const side = regionByIndex(layer.regions[i]!)?.side;
        const x = layer.positions[i * 3]!;
        const y = layer.positions[i * 3 + 1]!;
        const a = layer.angles[i]!;
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        if (Math.abs(a) < 0.05 || Math.abs(a) > Math.PI - 0.05 || Math.hypot(x, layer.positions[i * 3 + 2]!) < 0.03) continue;
        if ((side === 'left' && x <= 0) || (side === 'right' && x >= 0)) wrongSide++;
      }
      expect(wrongSide, layer.id).toBe(0);
      expect(minY).toBeGreaterThanOrEqual(MODEL_MIN_HEIGHT - 0.0003);
      expect(maxY).toBeLessThanOrEqual(MODEL_MAX_HEIGHT + 0.0003);
      // The sheets run from cut to cut.
      if (!layer.id.endsWith('Muscle') && layer.id !== 'skeleton') {
        expect(minY).toBeCloseTo(MODEL_MIN_HEIGHT, 3);
        expect(maxY).toBeCloseTo(MODEL_MAX_HEIGHT, 3);
      }
    }
    // The navel is in front: the skin at the umbilicus (angle 0) lies at positive z.
    const skin = layers.find((l) => l.id === 'skin')!;
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < skin.count; i++) {
      const d = Math.abs(skin.angles[i]!) + Math.abs(skin.heights[i]! - 1.06);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    expect(skin.positions[best * 3 + 2]!).toBeGreaterThan(0.08);
  });

  it('winds every triangle to face outwards, the way its vertex normals point (caps included)', () => {
    for (const layer of layers) {
      const p = layer.positions;
      const n = layer.normals;
      let inward = 0;
      for (let t = 0; t < layer.indices.length; t += 3) {
        const [a, b, c] = [layer.indices[t]! * 3, layer.indices[t + 1]! * 3, layer.indices[t + 2]! * 3];
        const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
        const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
        const fx = uy * vz - uz * vy, fy = uz * vx - ux * vz, fz = ux * vy - uy * vx;
        const mx = n[a]! + n[b]! + n[c]!, my = n[a + 1]! + n[b + 1]! + n[c + 1]!, mz = n[a + 2]! + n[b + 2]! + n[c + 2]!;
        if (fx * mx + fy * my + fz * mz < 0) inward++;
      }
      // A handful of sliver triangles across the step under the arm stubs may tip either way; so may slivers on
      // the muscle layers where the rows crowd over a near-horizontal ledge (the iliac crest under gluteus medius),
      // more of them since the muscles stack at varying depths (torso-2026.3: 0.15 % on the intermediate layer, up
      // from 0.06 %); on the skeleton, bone pulled in under a muscle is squashed flat there and some of its small
      // triangles fold.
      const allowed = layer.id === 'skeleton' ? 0.06 : layer.id.endsWith('Muscle') ? 0.002 : 0.001;
      expect(inward / (layer.indices.length / 3), layer.id).toBeLessThan(allowed);
    }
  });

  // Thousands of rays through every layer: seconds alone, more beside other test files on 2 cores.
  it('nests the layers: along rays from the axis no layer comes out of any layer above it', { timeout: 60_000 }, () => {
    const coverage = layers.filter((l) => l.id !== 'skeleton').map(coverageOf);
    const problems: string[] = [];
    const check = (inner: number, a: number, h: number, r: number, label: string): void => {
      for (let o = 0; o < inner && o < coverage.length; o++) {
        const outer = coverage[o]!.at(a, h);
        if (outer && r > outer[0] + 0.0002) {
          problems.push(`${label} at ${((a * 180) / Math.PI).toFixed(1)} deg ${h.toFixed(3)} m pokes ${((r - outer[0]) * 1000).toFixed(2)} mm through ${layers[o]!.id}`);
        }
      }
    };
    // Many rays: every half degree around, every 5 mm up.
    for (let k = 1; k < coverage.length; k++) {
      for (let a = -179.75; a < 180; a += 0.5) {
        for (let h = MODEL_MIN_HEIGHT + 0.004; h < MODEL_MAX_HEIGHT - 0.004; h += 0.005) {
          const angle = (a * Math.PI) / 180;
          const inner = coverage[k]!.at(angle, h);
          if (inner) check(k, angle, h, inner[1], layers[k]!.id);
        }
      }
    }
    // The skeleton's vertices against every layer above.
    const skeleton = layers.find((l) => l.id === 'skeleton')!;
    for (let i = 0; i < skeleton.count; i++) {
      const r = Math.hypot(skeleton.positions[i * 3]!, skeleton.positions[i * 3 + 2]!);
      if (r < 0.02) continue;
      check(layers.length - 1, skeleton.angles[i]!, skeleton.heights[i]!, r, 'skeleton');
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('shows muscles where anatomy puts them: deep under superficial, both present when the outer one is peeled', () => {
    const cover = (id: string) => coverageOf(layers.find((l) => l.id === id)!);
    const superficial = cover('superficialMuscle');
    const deep = cover('deepMuscle');
    const intermediate = cover('intermediateMuscle');
    const deg = (d: number): number => (d * Math.PI) / 180;
    // Lumbar: the erector columns exist on the deep layer beside the spine, under latissimus further out.
    expect(deep.at(deg(150), 1.115)).toBeDefined();
    expect(deep.at(-deg(150), 1.115)).toBeDefined();
    // Upper back: trapezius over rhomboids over serratus posterior superior.
    expect(superficial.at(deg(165), 1.43)).toBeDefined();
    expect(intermediate.at(deg(165), 1.43)).toBeDefined();
    expect(deep.at(deg(165), 1.44)).toBeDefined();
    // Each muscle has thickness: the bulge stands several millimetres off its underside somewhere on it.
    const [under, top] = superficial.at(deg(140), 0.9)!;
    expect((top - under) * 1000).toBeGreaterThan(4);
  });

});
