// Builds the whole torso model in memory: samples every layer on the shared grid, tags regions, and packs the .glb.
// Used by `npm run model` (main.ts) and by the tests, which regenerate it to check determinism.

import { LAYERS, type LayerId } from '../../src/anatomy/layers';
import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT, MODEL_VERSION } from '../../src/anatomy/model-facts';
import { regionAt } from '../../src/anatomy/outlines';
import { regionById } from '../../src/anatomy/regions';
import { bodyDistance, layerDistance } from './body';
import { writeGlb, type NamedLayerMesh } from './glb';
import { buildLayerMesh } from './mesh';
import { withMuscleGrooves } from './grooves';
import { withRelief } from './relief';
import { fieldNormal, makeGrid, sampleLayer } from './sample';

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

export async function generateTorso(): Promise<GeneratedModel> {
  const skin = withRelief(bodyDistance);
  const grid = makeGrid(skin, GRID_COLUMNS, GRID_ROWS);
  const meshes: NamedLayerMesh[] = [];
  for (const layer of LAYERS) {
    const base = withRelief(layerDistance(layer.depth), layer.depth);
    const field = layer.id === 'muscle' ? withMuscleGrooves(base) : base;
    const radii = sampleLayer(field, grid, -layer.depth);
    const mesh = buildLayerMesh(grid, radii, (a, h) => regionIndex(layer.id, a, h), fieldNormal(field));
    meshes.push({ id: layer.id, color: layer.color, mesh });
  }
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
