// Builds the whole torso model in memory: the skin and fascia sheets and the muscle patches on the shared grid, the
// skeleton's bones, regions per vertex, and the packed .glb.
// Used by `npm run model` (main.ts) and by the tests, which regenerate it to check determinism.

import { LAYERS, type LayerId } from '../../src/anatomy/layers';
import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT, MODEL_VERSION } from '../../src/anatomy/model-facts';
import { regionAt } from '../../src/anatomy/outlines';
import { regionById } from '../../src/anatomy/regions';
import { bodyDistance, layerDistance } from './body';
import { writeGlb, type NamedLayerMesh } from './glb';
import { buildLayerMesh } from './mesh';
import { buildMuscleLayer, type MuscleLayerSpec } from './muscles';
import { withRelief } from './relief';
import { fieldNormal, makeGrid, sampleDepths, sampleLayer } from './sample';
import { buildSkeleton } from './skeleton';

/** Grid columns around the body (even, so one column sits on the front midline) and rows up it. */
export const GRID_COLUMNS = 160;
export const GRID_ROWS = 148;

export interface LayerStats {
  readonly id: LayerId;
  readonly vertices: number;
  readonly triangles: number;
}

export interface GeneratedModel {
  readonly glb: Uint8Array;
  readonly layers: readonly LayerStats[];
}

/** The catalog index of the region under a surface coordinate; a region missing from the catalog is a bug. */
function regionIndex(layer: LayerId, angle: number, height: number): number {
  const id = regionAt(layer, angle, height);
  const region = regionById(id);
  if (!region || region.layer !== layer) throw new Error(`regionAt gave ${id}, not a ${layer} region in REGIONS`);
  return region.index;
}

/**
 * The muscle layers: each muscle's flat underside sits at `bottom` and its belly rises `thickness` (times the
 * muscle's own factor) towards the skin. Bands do not overlap, so a deeper layer always lies inside the one above:
 * superficial 16.5-27 mm under the skin (the deep fascia is at 14 mm), intermediate 28-40 mm, deep 42-62 mm.
 */
export const MUSCLE_LAYERS: readonly MuscleLayerSpec[] = [
  { id: 'superficialMuscle', bottom: 0.027, thickness: 0.0105 },
  { id: 'intermediateMuscle', bottom: 0.04, thickness: 0.012 },
  { id: 'deepMuscle', bottom: 0.062, thickness: 0.02 },
];

/** Depths (metres) at which the deep fascia's field is sampled; the muscle surfaces interpolate between them. */
const DEPTH_LEVELS = [0.014, 0.017, 0.021, 0.025, 0.029, 0.034, 0.04, 0.047, 0.055, 0.064];

export async function generateTorso(): Promise<GeneratedModel> {
  const skin = withRelief(bodyDistance);
  const grid = makeGrid(skin, GRID_COLUMNS, GRID_ROWS);
  const meshes: NamedLayerMesh[] = [];
  for (const layer of LAYERS) {
    if (layer.id !== 'skin' && layer.id !== 'superficialFascia' && layer.id !== 'deepFascia') continue;
    const field = withRelief(layerDistance(layer.depth), layer.depth);
    const radii = sampleLayer(field, grid, -layer.depth);
    const mesh = buildLayerMesh(grid, radii, (a, h) => regionIndex(layer.id, a, h), fieldNormal(field));
    meshes.push({ id: layer.id, color: layer.color, mesh });
  }
  // Everything under the deep fascia is measured on its field, so it can never come out through it.
  const fasciaDepth = LAYERS.find((l) => l.id === 'deepFascia')!.depth;
  const underFascia = withRelief(layerDistance(fasciaDepth), fasciaDepth);
  const stack = { depths: DEPTH_LEVELS, radii: sampleDepths(underFascia, grid, DEPTH_LEVELS) };
  for (const spec of MUSCLE_LAYERS) {
    const layer = LAYERS.find((l) => l.id === spec.id)!;
    meshes.push({ id: spec.id, color: layer.color, mesh: buildMuscleLayer(grid, stack, spec) });
  }
  const skeleton = LAYERS.find((l) => l.id === 'skeleton')!;
  meshes.push({ id: 'skeleton', color: skeleton.color, mesh: buildSkeleton(underFascia, MUSCLE_LAYERS) });
  const glb = await writeGlb(meshes, {
    modelVersion: MODEL_VERSION,
    minHeight: MODEL_MIN_HEIGHT,
    maxHeight: MODEL_MAX_HEIGHT,
  });
  return {
    glb,
    layers: meshes.map((m) => ({
      id: m.id as LayerId,
      vertices: m.mesh.regions.length,
      triangles: m.mesh.indices.length / 3,
    })),
  };
}
