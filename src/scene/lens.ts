// Which layers the x-ray lens cuts away: every layer outside the active one, so the lens looks down to
// the layer the therapist is working on; with the skin active it looks down to the deepest muscles.

import { LAYER_IDS, SOFT_TISSUE_LAYERS, type LayerId } from '../anatomy/layers';

/** The deepest soft-tissue layer (the skeleton is never the lens' floor). */
const DEEPEST_TISSUE = SOFT_TISSUE_LAYERS.at(-1)!;

export function lensFloor(activeLayer: LayerId): LayerId {
  return activeLayer === LAYER_IDS[0] ? DEEPEST_TISSUE : activeLayer;
}

export function lensCutsLayer(layer: LayerId, activeLayer: LayerId): boolean {
  return LAYER_IDS.indexOf(layer) < LAYER_IDS.indexOf(lensFloor(activeLayer));
}
