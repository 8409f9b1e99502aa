// The body's layers, outside in, as the therapist names them; the 3D model has one mesh per layer
// with the same id as its name, and every trigger point is anchored on one of them.

export const LAYER_IDS = [
  'skin',
  'superficialFascia',
  'deepFascia',
  'superficialMuscle',
  'intermediateMuscle',
  'deepMuscle',
  'skeleton',
] as const;

/** A layer of the body model, outside in: three sheets, three muscle depths, and the skeleton for orientation. */
export type LayerId = (typeof LAYER_IDS)[number];

/** What a layer is made of, which decides how it is drawn, peeled and cut by the lens. */
export type Tissue = 'skin' | 'fascia' | 'muscle' | 'bone';

export interface Layer {
  readonly id: LayerId;
  /** What the therapist calls it, shown in the layer panel. */
  readonly label: string;
  /**
   * Depth below the skin in metres: for the sheets (skin, fasciae) the depth of the sheet; for a muscle layer the
   * depth of its muscles' outer surface at their thickest; for the skeleton the least depth of bone.
   */
  readonly depth: number;
  /** Base colour of the layer in the viewer (sRGB hex). */
  readonly color: string;
  readonly tissue: Tissue;
}

export const LAYERS: readonly Layer[] = [
  { id: 'skin', label: 'Skin', depth: 0, color: '#e0b49a', tissue: 'skin' },
  { id: 'superficialFascia', label: 'Superficial fascia', depth: 0.008, color: '#f1e4c8', tissue: 'fascia' },
  { id: 'deepFascia', label: 'Deep fascia', depth: 0.014, color: '#e8e4dc', tissue: 'fascia' },
  { id: 'superficialMuscle', label: 'Superficial muscles', depth: 0.016, color: '#b24a43', tissue: 'muscle' },
  { id: 'intermediateMuscle', label: 'Intermediate muscles', depth: 0.028, color: '#a6443f', tissue: 'muscle' },
  { id: 'deepMuscle', label: 'Deep muscles', depth: 0.042, color: '#963c3a', tissue: 'muscle' },
  { id: 'skeleton', label: 'Skeleton', depth: 0.018, color: '#e9e2cf', tissue: 'bone' },
];

/** The soft-tissue layers outside in (all but the skeleton): what peeling and the x-ray lens go through. */
export const SOFT_TISSUE_LAYERS: readonly LayerId[] = LAYERS.filter((l) => l.tissue !== 'bone').map((l) => l.id);

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

export function layerById(id: LayerId): Layer {
  const layer = LAYERS.find((l) => l.id === id);
  if (!layer) throw new Error(`Unknown layer ${id}`);
  return layer;
}
