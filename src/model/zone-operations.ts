// Edits of referred-pain zones: painting or erasing a stroke (one undo step each), linking a zone to the
// trigger points whose pain it shows, and deleting a zone. Strokes outside the limits are never stored.

import type { Draft } from 'immer';
import type { MapDocument, PointId, SessionId, Stroke, Zone, ZoneId } from './types';
import type { Edit } from './operations';
import { isUrlSafeId } from './ids';
import {
  MAX_BRUSH_RADIUS,
  MAX_HEIGHT,
  MAX_STROKES_PER_ZONE,
  MAX_STROKE_POSITIONS,
  MAX_ZONES,
  MAX_ZONE_POSITIONS,
  MIN_BRUSH_RADIUS,
} from './limits';

/** Body-space coordinates are stored to a tenth of a millimetre: finer than any brush, and compact in a file. */
export function roundStrokeCoordinate(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A stroke the map can store: a brush in range and a path of 1..MAX_STROKE_POSITIONS finite positions on the body. */
export function isStorableStroke(stroke: Stroke): boolean {
  const { radius, path } = stroke;
  if (!Number.isFinite(radius) || radius < MIN_BRUSH_RADIUS || radius > MAX_BRUSH_RADIUS) return false;
  if (typeof stroke.erase !== 'boolean') return false;
  if (path.length === 0 || path.length % 3 !== 0 || path.length / 3 > MAX_STROKE_POSITIONS) return false;
  return path.every((v) => Number.isFinite(v) && Math.abs(v) <= MAX_HEIGHT);
}

/** Brush positions over all zones of the map. */
export function zonePositionCount(doc: Pick<MapDocument, 'zones'>): number {
  let count = 0;
  for (const zone of Object.values(doc.zones)) for (const stroke of zone.strokes) count += stroke.path.length / 3;
  return count;
}

function draftZone(draft: Draft<MapDocument>, id: ZoneId): Draft<Zone> | undefined {
  return Object.hasOwn(draft.zones, id) ? draft.zones[id] : undefined;
}

/**
 * Adds one stroke to a zone. With a new zone id, the zone is created in `session` with this first stroke
 * (and linked to `linkTo` when given), all in one step; an erasing stroke never creates a zone.
 */
export function paintStroke(input: {
  readonly zone: ZoneId;
  readonly session: SessionId;
  readonly stroke: Stroke;
  readonly createdAt: string;
  readonly linkTo?: PointId | null;
}): Edit {
  const { zone: zoneId, session, stroke, createdAt, linkTo } = input;
  return {
    label: stroke.erase ? 'Erase from zone' : 'Paint referred-pain zone',
    recipe: (draft) => {
      if (!isStorableStroke(stroke)) return;
      if (zonePositionCount(draft) + stroke.path.length / 3 > MAX_ZONE_POSITIONS) return;
      const copy = { radius: stroke.radius, erase: stroke.erase, path: [...stroke.path] };
      const existing = draftZone(draft, zoneId);
      if (existing) {
        if (existing.strokes.length < MAX_STROKES_PER_ZONE) existing.strokes.push(copy);
        return;
      }
      if (stroke.erase || !isUrlSafeId(zoneId) || !Object.hasOwn(draft.sessions, session)) return;
      if (Object.keys(draft.zones).length >= MAX_ZONES) return;
      const points = linkTo && Object.hasOwn(draft.points, linkTo) ? [linkTo] : [];
      draft.zones[zoneId] = { id: zoneId, session, points, strokes: [copy], createdAt };
    },
  };
}

/** Links a zone to a point (its referred pain shows there), or removes the link. */
export function linkZone(zoneId: ZoneId, pointId: PointId, linked: boolean): Edit {
  return {
    label: linked ? 'Link zone to point' : 'Unlink zone from point',
    recipe: (draft) => {
      const zone = draftZone(draft, zoneId);
      if (!zone || !Object.hasOwn(draft.points, pointId)) return;
      const has = zone.points.includes(pointId);
      if (linked && !has) zone.points.push(pointId);
      if (!linked && has) zone.points = zone.points.filter((p) => p !== pointId);
    },
  };
}

export function deleteZone(zoneId: ZoneId): Edit {
  return {
    label: 'Delete referred-pain zone',
    recipe: (draft) => {
      if (draftZone(draft, zoneId)) delete draft.zones[zoneId];
    },
  };
}
