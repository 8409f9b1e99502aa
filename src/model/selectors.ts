// Read-only views of a map document for lists, the scene and labels.

import type { MapDocument, PointId, TriggerPoint } from './types';
import { compareOrder } from './order';

// Keyed by the points record: immer keeps it the same object until a point changes, so React selectors
// get the same array back and do not re-render (or loop) for nothing.
const inOrderCache = new WeakMap<MapDocument['points'], TriggerPoint[]>();

/** The map's points in list order (by fractional order key, then id). Frozen: do not sort it in place. */
export function pointsInOrder(doc: MapDocument): TriggerPoint[] {
  const cached = inOrderCache.get(doc.points);
  if (cached) return cached;
  const sorted = Object.values(doc.points).sort((a, b) => compareOrder(a.order, b.order) || compareOrder(a.id, b.id));
  Object.freeze(sorted);
  inOrderCache.set(doc.points, sorted);
  return sorted;
}

export function pointCount(doc: MapDocument): number {
  return Object.keys(doc.points).length;
}

/** The point with this id, or undefined; never something inherited from Object.prototype. */
export function pointById(doc: MapDocument, id: PointId): TriggerPoint | undefined {
  return Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
}
