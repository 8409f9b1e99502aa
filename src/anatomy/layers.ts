// The body's layers, outside in, as the therapist names them; the 3D model has one mesh per layer
// with the same id as its name, and every trigger point is anchored on one of them.

export const LAYER_IDS = ['skin', 'superficialFascia', 'deepFascia', 'muscle'] as const;

/** A layer of the body model, outside in. Later issues add muscle depths and a skeleton layer. */
export type LayerId = (typeof LAYER_IDS)[number];

export interface Layer {
  readonly id: LayerId;
  /** What the therapist calls it, shown in the layer panel. */
  readonly label: string;
  /** Depth below the skin surface at its thickest, in metres (used by the generator to offset the layer). */
  readonly depth: number;
  /** Base colour of the layer in the viewer (sRGB hex). */
  readonly color: string;
}

export const LAYERS: readonly Layer[] = [
  { id: 'skin', label: 'Skin', depth: 0, color: '#e0b49a' },
  { id: 'superficialFascia', label: 'Superficial fascia', depth: 0.008, color: '#f1e4c8' },
  { id: 'deepFascia', label: 'Deep fascia', depth: 0.014, color: '#e8e4dc' },
  { id: 'muscle', label: 'Muscle', depth: 0.016, color: '#b0453f' },
];

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

export function layerById(id: LayerId): Layer {
  const layer = LAYERS.find((l) => l.id === id);
  if (!layer) throw new Error(`Unknown layer ${id}`);
  return layer;
}
