// Read-only views of a map document for lists, the scene and labels.

import type { MapDocument, PointId, TriggerPoint } from './types';
import { compareOrder } from './order';

// Keyed by the points record: immer keeps it the same object until a point changes, so React selectors
// get the same array back and do not re-render (or loop) for nothing.
const inOrderCache = new WeakMap<MapDocument['points'], TriggerPoint[]>();

// The last list made, so the next one (an edit later) is made from it in one pass rather than sorted anew.
let lastInOrder: { readonly points: MapDocument['points']; readonly sorted: readonly TriggerPoint[] } | null = null;

/** Points that may be new since the last list before sorting all of them again is cheaper. */
const MAX_INSERTED = 32;

const byOrder = (a: TriggerPoint, b: TriggerPoint) => compareOrder(a.order, b.order) || compareOrder(a.id, b.id);

/** The map's points in list order (by fractional order key, then id). Frozen: do not sort it in place. */
export function pointsInOrder(doc: MapDocument): TriggerPoint[] {
  const cached = inOrderCache.get(doc.points);
  if (cached) return cached;
  const sorted = (lastInOrder && reorder(lastInOrder.sorted, doc.points)) ?? Object.values(doc.points).sort(byOrder);
  Object.freeze(sorted);
  inOrderCache.set(doc.points, sorted);
  lastInOrder = { points: doc.points, sorted };
  return sorted;
}

/**
 * The new list from the last one when an edit changed no point's order key and added few points: the kept
 * points in their old order (with their new records), the new ones inserted where they belong. Null when
 * sorting again is needed.
 */
function reorder(previous: readonly TriggerPoint[], points: MapDocument['points']): TriggerPoint[] | null {
  const next: TriggerPoint[] = [];
  const known = new Set<string>();
  for (const old of previous) {
    if (!Object.hasOwn(points, old.id)) continue;
    const point = points[old.id]!;
    if (point.order !== old.order) return null;
    next.push(point);
    known.add(old.id);
  }
  const added = Object.keys(points).filter((id) => !known.has(id));
  if (added.length > MAX_INSERTED) return null;
  for (const id of added) {
    const point = points[id]!;
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byOrder(next[middle]!, point) <= 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, point);
  }
  return next;
}

export function pointCount(doc: MapDocument): number {
  return Object.keys(doc.points).length;
}

/** The point with this id, or undefined; never something inherited from Object.prototype. */
export function pointById(doc: MapDocument, id: PointId): TriggerPoint | undefined {
  return Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
}
