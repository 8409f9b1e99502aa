// A map carried inside a PNG image, as Excalidraw does: the map file's JSON in a tEXt chunk under the keyword
// "fascia-map", so importing the image opens the map. Loaded only when an image is exported or imported.

import { addMetadata, getMetadata } from 'meta-png';
import { asciiJson } from './export-variants';

/** The tEXt keyword the map is stored under. */
export const PNG_MAP_KEYWORD = 'fascia-map';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The PNG with the map file's text added (non-ASCII escaped as JSON \u sequences, which tEXt can carry). */
export function embedMapInPng(png: Uint8Array, mapJson: string): Uint8Array {
  return addMetadata(png, PNG_MAP_KEYWORD, asciiJson(mapJson));
}

/** The map file's text stored in the PNG, or null when the image carries none (or is not a PNG). */
export function mapJsonFromPng(png: Uint8Array): string | null {
  if (!isPng(png)) return null;
  try {
    return getMetadata(png, PNG_MAP_KEYWORD) ?? null;
  } catch {
    return null;
  }
}
