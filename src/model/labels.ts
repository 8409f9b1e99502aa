// Words for regions, sides, kinds and findings as the therapist says them, shared by history labels and the UI.

import { regionById } from '../anatomy/regions';
import type { FindingKey, RegionId, Side, TriggerPointKind } from './types';

export const FINDING_LABELS: Readonly<Record<FindingKey, string>> = {
  tautBand: 'taut band',
  localTwitchResponse: 'local twitch response',
  jumpSign: 'jump sign',
  familiarPainReproduced: 'familiar pain reproduced',
};

export const KIND_LABELS: Readonly<Record<TriggerPointKind, string>> = {
  active: 'active',
  latent: 'latent',
  satellite: 'satellite',
};

/**
 * The region's name from the catalog; for an id the catalog does not know (an older map, a test) the
 * structure part of the id in words, so a label never shows a raw id like "gluteus-medius.right".
 */
export function regionName(regionId: RegionId): string {
  const known = regionById(regionId)?.name;
  if (known) return known;
  const structure = regionId.split('.')[0] ?? '';
  const words = structure.replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'unknown region' : words;
}

/** "trapezius (left)"; a midline structure has no side in brackets: "linea alba". */
export function regionLabel(regionId: RegionId, side: Side): string {
  const name = regionName(regionId);
  return side === 'midline' ? name : `${name} (${side})`;
}
