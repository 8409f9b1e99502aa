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
import { weaveOf } from './weave';

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
 * The muscle layers, outside in, and the thickness of a muscle of factor 1 (fibres.ts scales it per muscle). They
 * stack rather than sit at fixed depths: each muscle starts just under whatever covers it, so where no outer muscle
 * lies over a deep one (the lumbar erectors under the thoracolumbar fascia) it lies just under the deep fascia.
 */
export const MUSCLE_LAYERS: readonly MuscleLayerSpec[] = [
  { id: 'superficialMuscle', thickness: 0.0105 },
  { id: 'intermediateMuscle', thickness: 0.012 },
  { id: 'deepMuscle', thickness: 0.02 },
];

/** Where the outermost muscles start: just under the deep fascia (14 mm). */
const FIRST_CEILING = 0.0148;

/** Depths (metres) at which the deep fascia's field is sampled; the muscle surfaces interpolate between them. */
const DEPTH_LEVELS = [0.014, 0.017, 0.021, 0.025, 0.029, 0.034, 0.04, 0.047, 0.055, 0.064, 0.074, 0.086, 0.1, 0.12];

export async function generateTorso(): Promise<GeneratedModel> {
  const skin = withRelief(bodyDistance);
  const grid = makeGrid(skin, GRID_COLUMNS, GRID_ROWS);
  const meshes: NamedLayerMesh[] = [];
  for (const layer of LAYERS) {
    if (layer.id !== 'skin' && layer.id !== 'superficialFascia' && layer.id !== 'deepFascia') continue;
    const field = withRelief(layerDistance(layer.depth), layer.depth);
    const radii = sampleLayer(field, grid, -layer.depth);
    const sheet = buildLayerMesh(grid, radii, (a, h) => regionIndex(layer.id, a, h), fieldNormal(field));
    const mesh = layer.tissue === 'fascia' ? { ...sheet, weave: weaveOf(sheet.positions, sheet.regions) } : sheet;
    meshes.push({ id: layer.id, color: layer.color, mesh });
  }
  // Everything under the deep fascia is measured on its field, so it can never come out through it.
  const fasciaDepth = LAYERS.find((l) => l.id === 'deepFascia')!.depth;
  const underFascia = withRelief(layerDistance(fasciaDepth), fasciaDepth);
  const stack = { depths: DEPTH_LEVELS, radii: sampleDepths(underFascia, grid, DEPTH_LEVELS) };
  let ceiling: Float64Array = new Float64Array(grid.columns * grid.rows).fill(FIRST_CEILING);
  const muscles = [];
  for (const spec of MUSCLE_LAYERS) {
    const layer = LAYERS.find((l) => l.id === spec.id)!;
    const built = buildMuscleLayer(grid, stack, spec, ceiling);
    ceiling = built.nextCeiling;
    muscles.push(built.mesh);
    meshes.push({ id: spec.id, color: layer.color, mesh: built.mesh });
  }
  const skeleton = LAYERS.find((l) => l.id === 'skeleton')!;
  meshes.push({ id: 'skeleton', color: skeleton.color, mesh: buildSkeleton(underFascia, muscles) });
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
