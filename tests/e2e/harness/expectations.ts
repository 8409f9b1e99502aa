// What the tests expect the editor to show for a point, worked out from the region catalog (data, not
// app code): the region's name, the layer's label, and the tolerance for "placed where clicked".

import { LAYERS, type LayerId } from '../../../src/anatomy/layers';
import { regionById } from '../../../src/anatomy/regions';
import type { MapDocument } from '../../../src/model/types';

/** The region's name as the therapist reads it: the catalog name, else the id's structure in words. */
export function expectedRegionName(regionId: string): string {
  const known = regionById(regionId)?.name;
  if (known) return known.toLowerCase();
  return (regionId.split('.')[0] ?? regionId).replace(/[-_]+/g, ' ').trim().toLowerCase();
}

export function layerLabel(layer: LayerId): string {
  return LAYERS.find((l) => l.id === layer)?.label ?? layer;
}

/** Case and spacing do not matter when reading a label off the page. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The document without its id, for comparing a map with its imported copy (the app may give it a new id). */
export function withoutId(doc: MapDocument): Omit<MapDocument, 'id'> {
  const { id: _id, ...rest } = doc;
  return rest;
}

/** Angular distance in radians, across the PI/-PI seam. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** How far (radians / metres) a placed point may sit from the spot clicked: a few pixels at this zoom. */
export const PLACEMENT_TOLERANCE = { angle: 0.06, height: 0.02 } as const;
