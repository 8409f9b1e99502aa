// How visible each layer is once the layer panel's own opacity and the peel slider are combined:
// peeling fades the outer layers away in order, outside in, down to the deepest muscles.

import { SOFT_TISSUE_LAYERS, type LayerId } from '../anatomy/layers';
import type { LayerView } from './editor-store';

/** Layers the peel slider can fade: every soft-tissue layer outside the deepest one. */
export const PEELABLE_LAYERS: readonly LayerId[] = SOFT_TISSUE_LAYERS.slice(0, -1);

/** The peel slider's range: 0 shows every layer, PEEL_MAX has peeled everything down to the deepest muscles. */
export const PEEL_MAX = PEELABLE_LAYERS.length;

/** 1 for layers the peel has not reached, 0 for layers peeled away, a fade for the one being peeled. */
export function peelFactor(layer: LayerId, peel: number): number {
  const depth = PEELABLE_LAYERS.indexOf(layer);
  if (depth < 0) return 1;
  return Math.min(1, Math.max(0, depth + 1 - peel));
}

/** Opacity a layer is drawn with; 0 means not drawn at all. */
export function effectiveOpacity(view: LayerView, layer: LayerId, peel: number): number {
  return view.visible ? view.opacity * peelFactor(layer, peel) : 0;
}

/** The peel slider's position named by the layer it has reached ("skin", "deep fascia"...). */
export function peelLevelLayer(peel: number): LayerId {
  return SOFT_TISSUE_LAYERS[Math.min(PEELABLE_LAYERS.length, Math.round(peel))]!;
}

/**
 * The peel that shows a layer's surface: the layers outside it peeled away, and no deeper (a point on the
 * skin under a peel comes back by un-peeling). Layers the peel does not reach (the skeleton) keep it as is.
 */
export function peelToUncover(layer: LayerId, peel: number): number {
  const depth = SOFT_TISSUE_LAYERS.indexOf(layer);
  if (depth < 0) return peel;
  return Math.min(depth, PEEL_MAX);
}
