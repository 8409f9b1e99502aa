// Fractional order keys give points a stable list order; a new key sorts after (or between) existing ones
// without renumbering the others, so reordering stays one small patch.

import { generateKeyBetween } from 'fractional-indexing';

const MAX_ORDER_LENGTH = 128;
const BASE_62 = /^[0-9A-Za-z]+$/;

/** A key that sorts after `last` (null: the first key of an empty list). */
export function orderAfter(last: string | null): string {
  return generateKeyBetween(last, null);
}

/** A key that sorts between `before` and `after` (either may be null for the start or end of the list). */
export function orderBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** True when `value` is a key the order functions accept, so a loaded map can always take new points. */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_ORDER_LENGTH || !BASE_62.test(value)) return false;
  // The library checks a key's structure (its length head, no trailing zero) but not every character.
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

/** Compares order keys by code unit, the order fractional-indexing defines (not locale order). */
export function compareOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
