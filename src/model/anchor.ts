// Whether an anchor can be stored: the same ranges import checks, so a point placed or moved by the
// editor can always be saved and opened again (a NaN from a bad pick would otherwise spoil the map).

import { isLayerId } from '../anatomy/layers';
import type { Anchor } from './types';
import { BARYCENTRIC_SLACK, MAX_HEIGHT, MAX_MODEL_VERSION_LENGTH } from './limits';

function isTriple(value: readonly number[], min = -Infinity, max = Infinity): boolean {
  return value.length === 3 && value.every((n) => Number.isFinite(n) && n >= min && n <= max);
}

export function isStorableAnchor(anchor: Anchor): boolean {
  return (
    isLayerId(anchor.layer) &&
    Number.isFinite(anchor.angle) &&
    Math.abs(anchor.angle) <= Math.PI &&
    Number.isFinite(anchor.height) &&
    anchor.height >= 0 &&
    anchor.height <= MAX_HEIGHT &&
    isTriple(anchor.position) &&
    isTriple(anchor.normal) &&
    Number.isInteger(anchor.face) &&
    anchor.face >= 0 &&
    isTriple(anchor.barycentric, -BARYCENTRIC_SLACK, 1 + BARYCENTRIC_SLACK) &&
    typeof anchor.modelVersion === 'string' &&
    anchor.modelVersion.length <= MAX_MODEL_VERSION_LENGTH
  );
}
