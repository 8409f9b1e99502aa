// @vitest-environment node
// The real torso model loads in Node, every layer's BVH is sound, and picking through the BVH finds
// exactly what a brute-force raycast finds (a BVH built on quantised positions once missed most hits).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { validateBounds } from 'three-mesh-bvh';
import { LAYER_IDS } from '../../src/anatomy/layers';
import { parseBodyModel, type BodyModel } from '../../src/scene/body-model';
import { LANDMARKS, regionAt } from '../../src/anatomy/outlines';
import { regionById, regionByIndex } from '../../src/anatomy/regions';
import { regionChanges } from '../../src/anatomy/region-changes';
import { importMap } from '../../src/io';

let model: BodyModel;

beforeAll(async () => {
  const bytes = readFileSync(resolve(process.cwd(), 'models/torso.glb'));
  model = await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  await model.prepareBvhs();
});

describe('body model', () => {
  it('builds no BVH before the first frame, then every layer in idle time', async () => {
    const bytes = readFileSync(resolve(process.cwd(), 'models/torso.glb'));
    const fresh = await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(LAYER_IDS.filter((layer) => fresh.layers[layer].geometry.boundsTree)).toEqual([]);
    // Before its BVH, a layer is still picked (every triangle tested).
    expect(fresh.anchorAt('skin', 0, 1.2)).not.toBeNull();
    await fresh.prepareBvhs();
    expect(LAYER_IDS.filter((layer) => !fresh.layers[layer].geometry.boundsTree)).toEqual([]);
  });

  it.each(LAYER_IDS.map((l) => [l]))('has a valid BVH on the %s layer', async (layer) => {
    await model.prepareBvhs();
    const tree = model.layers[layer].geometry.boundsTree;
    expect(tree).toBeDefined();
    expect(validateBounds(tree as Parameters<typeof validateBounds>[0])).toBe(true);
  });

  // Brute force over every layer takes seconds alone, more beside other test files on 2 cores.
  it('picks through the BVH exactly what a brute-force raycast finds', { timeout: 60_000 }, () => {
    const raycaster = new THREE.Raycaster();
    for (const layer of LAYER_IDS) {
      const mesh = model.layers[layer];
      for (let h = 0.72; h < 1.6; h += 0.04) {
        for (const angle of [0, 0.8, 1.6, 2.4, Math.PI, -0.8, -2.4]) {
          const origin = new THREE.Vector3(Math.sin(angle) * 1.5, h, Math.cos(angle) * 1.5);
          raycaster.set(origin, origin.clone().setY(0).negate().normalize());
          const viaBvh = model.raycastLayer(layer, raycaster);
          const tree = mesh.geometry.boundsTree;
          mesh.geometry.boundsTree = undefined;
          const brute: THREE.Intersection[] = [];
          mesh.raycast(raycaster, brute);
          mesh.geometry.boundsTree = tree;
          brute.sort((a, b) => a.distance - b.distance);
          expect(Boolean(viaBvh), `${layer} at angle ${angle}, height ${h.toFixed(2)}`).toBe(brute.length > 0);
          if (viaBvh && brute[0]) expect(viaBvh.distance).toBeCloseTo(brute[0].distance, 6);
        }
      }
    }
  });

  it('anchors a spot at its surface coordinate, on its region', () => {
    const spots = [
      ['skin', 0.4, 1.25],
      ['skin', 0, 1.06],
      ['deepMuscle', 2.356, 1.115],
      ['intermediateMuscle', -2.182, 1.0],
      ['superficialMuscle', -1.745, 1.49],
    ] as const;
    for (const [layer, angle, height] of spots) {
      const hit = model.anchorAt(layer, angle, height);
      expect(hit, `angle ${angle}, height ${height}`).not.toBeNull();
      expect(hit!.anchor.angle).toBeCloseTo(angle, 2);
      expect(hit!.anchor.height).toBeCloseTo(height, 3);
      // The region drawn there is the outline's region; on the midline itself the drawn side may be either.
      const drawn = regionById(hit!.region)!;
      const outline = regionById(regionAt(layer, hit!.anchor.angle, hit!.anchor.height))!;
      expect(drawn.structure).toBe(outline.structure);
      if (Math.abs(angle) > 0.05) expect(drawn.id).toBe(outline.id);
      const [x, y, z] = hit!.anchor.position;
      expect(Math.atan2(x, z)).toBeCloseTo(angle, 2);
      expect(y).toBeCloseTo(height, 3);
    }
  });

  it('re-projects points placed on an older model onto this model by their surface coordinate', () => {
    const file = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/maps/v1-torso-2026.1-demo.json'), 'utf8'));
    const result = importMap(JSON.stringify(file));
    if (!result.ok) throw new Error(result.message);
    // Torso-2026.3 widened the lumbar paraspinals to adult size: the demo's QL spot (45 degrees off the back midline
    // at L3) now lies on lumbar iliocostalis and its iliocostalis spot (30 degrees off) on longissimus. regionChanges
    // finds exactly these, once; every other point keeps its region.
    const changes = regionChanges(result.doc.points, (a) => model.anchorAt(a.layer, a.angle, a.height)?.region ?? null);
    expect(changes.map((c) => `${c.oldRegion} -> ${c.newRegion}`)).toEqual([
      'quadratus-lumborum.left -> lumbar-iliocostalis.left',
      'lumbar-iliocostalis.left -> longissimus-thoracis.left',
    ]);
    const moved = new Set(changes.map((c) => c.pointId));
    for (const [id, point] of Object.entries(result.doc.points)) {
      expect(point.anchor.modelVersion).not.toBe(model.version);
      const placed = model.placeAnchor(point.anchor);
      const [x, y, z] = placed.position;
      expect(Math.atan2(x, z), point.region).toBeCloseTo(point.anchor.angle, 1);
      expect(y).toBeCloseTo(point.anchor.height, 2);
      // On this model's layer, and that spot is still the point's region.
      const again = model.anchorAt(point.anchor.layer, point.anchor.angle, point.anchor.height);
      expect(again?.anchor.position).toEqual(placed.position);
      if (!moved.has(id)) expect(again?.region).toBe(point.region);
    }
  });

  it('names the structure actually drawn where a ray hits, on every layer (the bone hit, not an angle/height rule)', () => {
    const raycaster = new THREE.Raycaster();
    for (const layer of LAYER_IDS) {
      const mesh = model.layers[layer];
      const regions = mesh.geometry.getAttribute('_region');
      const index = mesh.geometry.index!;
      let hits = 0;
      let wrong = 0;
      for (let h = 0.72; h < 1.6; h += 0.013) {
        for (let a = -Math.PI; a < Math.PI; a += 0.07) {
          const origin = new THREE.Vector3(Math.sin(a) * 1.5, h, Math.cos(a) * 1.5);
          raycaster.set(origin, origin.clone().setY(0).negate().normalize());
          const hit = model.raycastLayer(layer, raycaster);
          if (!hit || hit.faceIndex == null) continue;
          const resolved = model.hitToAnchor(layer, hit);
          const corners = [0, 1, 2].map((k) => regionByIndex(regions.getX(index.getX(hit.faceIndex! * 3 + k)))?.id);
          hits++;
          if (!resolved || !corners.includes(resolved.region)) wrong++;
        }
      }
      expect(hits, layer).toBeGreaterThan(layer.endsWith('Muscle') ? 300 : 1000);
      expect(wrong, layer).toBe(0);
    }
  });

  it('resolves rays at the low back just lateral to L3 to the erector column, further out to QL, sides not swapped', () => {
    const L3 = LANDMARKS.find((l) => l.name === 'L3 spinous process')!.height;
    for (const [side, sign] of [['left', 1], ['right', -1]] as const) {
      const column = model.anchorAt('deepMuscle', sign * (Math.PI - 0.5), L3);
      const quadratus = model.anchorAt('deepMuscle', sign * (Math.PI - 1.05), L3);
      expect(column?.region).toMatch(new RegExp(`^(lumbar-iliocostalis|longissimus-thoracis)\\.${side}$`));
      expect(quadratus?.region).toBe(`quadratus-lumborum.${side}`);
      expect(Math.sign(column!.anchor.position[0])).toBe(sign);
    }
  });
});
