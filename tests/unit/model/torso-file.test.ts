// Checks the committed models/torso.glb: valid glTF, one mesh per layer with the agreed attributes, regions that
// match the catalog and regionAt at every vertex, the surface-coordinate conventions, and the size budget.

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

  it('has one mesh per layer named by the layer id, with POSITION, NORMAL, TEXCOORD_0 and integer _REGION', () => {
    const nodes = doc.getRoot().listNodes().map((n) => n.getName()).filter((n) => n !== '');
    expect(nodes.sort()).toEqual([...LAYER_IDS].sort());
    for (const node of doc.getRoot().listNodes()) {
      const prims = node.getMesh()?.listPrimitives() ?? [];
      expect(prims).toHaveLength(1);
      expect(prims[0]!.listSemantics().sort()).toEqual(['NORMAL', 'POSITION', 'TEXCOORD_0', '_REGION']);
      const uv = prims[0]!.getAttribute('TEXCOORD_0')!;
      expect(uv.getComponentType()).toBe(Accessor.ComponentType.UNSIGNED_SHORT);
    }
    for (const layer of layers) {
      expect(layer.regionComponentType).toBe(Accessor.ComponentType.UNSIGNED_SHORT);
      expect(layer.regionNormalized).toBe(false);
    }
  });

  it('stays within the budget: under 1.5 MB and 300k triangles', () => {
    const triangles = layers.reduce((sum, l) => sum + l.triangles, 0);
    console.info(
      `torso.glb: ${bytes.byteLength} bytes; ` + layers.map((l) => `${l.id} ${l.triangles} triangles`).join(', '),
    );
    expect(bytes.byteLength).toBeLessThan(1.5 * 1024 * 1024);
    expect(triangles).toBeLessThan(300_000);
  });

  it('shows every catalog region on its layer, and only catalog regions of that layer', () => {
    for (const layer of layers) {
      const present = new Set(layer.regions);
      for (const index of present) expect(regionByIndex(index)?.layer, `index ${index} on ${layer.id}`).toBe(layer.id);
      const missing = REGIONS.filter((r) => r.layer === layer.id && !present.has(r.index)).map((r) => r.id);
      expect(missing, `regions missing from ${layer.id}`).toEqual([]);
    }
  });

  it('agrees with regionAt at every vertex (surface coordinate decoded from TEXCOORD_0)', () => {
    for (const layer of layers) {
      let disagreements = 0;
      for (let i = 0; i < layer.count; i++) {
        const expected = regionAt(layer.id, layer.angles[i]!, layer.heights[i]!);
        if (regionByIndex(layer.regions[i]!)?.id !== expected) disagreements++;
      }
      expect(disagreements, layer.id).toBe(0);
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
      expect(minY).toBeCloseTo(MODEL_MIN_HEIGHT, 3);
      expect(maxY).toBeCloseTo(MODEL_MAX_HEIGHT, 3);
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
      // A handful of sliver triangles across the step under the arm stubs may tip either way.
      expect(inward / (layer.indices.length / 3), layer.id).toBeLessThan(0.001);
    }
  });

  it('nests the layers: each deeper layer lies inside the one above it', () => {
    const radiusAt = (layer: LayerVertices, i: number): number =>
      Math.hypot(layer.positions[i * 3]!, layer.positions[i * 3 + 2]!);
    // Side vertices share the grid, so compare the same surface coordinate layer by layer.
    const key = (l: LayerVertices, i: number): string => `${l.angles[i]!.toFixed(6)}:${l.heights[i]!.toFixed(6)}`;
    for (let k = 1; k < layers.length; k++) {
      const outer = layers[k - 1]!;
      const inner = layers[k]!;
      const outerRadius = new Map<string, number>();
      for (let i = 0; i < outer.count; i++) {
        const r = radiusAt(outer, i);
        const kk = key(outer, i);
        outerRadius.set(kk, Math.max(outerRadius.get(kk) ?? 0, r));
      }
      let outside = 0;
      for (let i = 0; i < inner.count; i++) {
        const r = radiusAt(inner, i);
        const o = outerRadius.get(key(inner, i));
        if (o !== undefined && r > o + 0.0002) outside++;
      }
      expect(outside, `${inner.id} poking through ${outer.id}`).toBe(0);
    }
  });
});
