// Finds regions by what a therapist types: a name or part of one ("quadratus", "trap"), an
// abbreviation ("QL", "SCM", "TLF"), optionally with a side ("left QL", "trap right").

import { REGIONS, type Region } from './regions';
import type { Side } from '../model/types';

type Searchable = Region & { readonly aliases?: readonly string[] };

const SIDE_WORDS: Readonly<Record<string, Side>> = { left: 'left', l: 'left', right: 'right', r: 'right', midline: 'midline' };

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** How well a region's names match the query words: higher is better, 0 is no match. */
function score(region: Searchable, words: readonly string[]): number {
  const names = [region.name, region.structure.replace(/-/g, ' '), ...(region.aliases ?? [])].map(normalise);
  let total = 0;
  for (const word of words) {
    let best = 0;
    for (const name of names) {
      if (name === word) best = Math.max(best, 4);
      else if (name.split(' ').includes(word)) best = Math.max(best, 3);
      else if (name.split(' ').some((part) => part.startsWith(word))) best = Math.max(best, 2);
      else if (word.length >= 5 && name.includes(word)) best = Math.max(best, 1);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** Regions matching the query, best first; muscles before skin and fascia areas of the same score. */
export function searchRegions(query: string, limit = 12): Region[] {
  const all = normalise(query).split(' ').filter(Boolean);
  const side = all.map((w) => SIDE_WORDS[w]).find(Boolean);
  const words = all.filter((w) => !SIDE_WORDS[w] || all.length === 1);
  if (words.length === 0) return [];
  return (REGIONS as readonly Searchable[])
    .filter((region) => !side || region.side === side)
    .map((region, order) => ({ region, order, score: score(region, words) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.region);
}
