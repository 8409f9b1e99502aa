// Every user edit of a map as a labelled immer recipe: the store commits it, history records its patches.
// Recipes change only what differs (so a no-op records nothing), ignore unknown point ids and stay within
// the document limits, so whatever they produce can be saved and opened again.

import { isDraft, original, type Draft } from 'immer';
import type { Anchor, FindingKey, MapDocument, PointId, RegionId, Side, TriggerPoint, TriggerPointKind } from './types';
import { FINDING_LABELS, KIND_LABELS, regionLabel } from './labels';
import { isUrlSafeId } from './ids';
import { deepEqual } from './equal';
import { MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, MAX_POINTS, MAX_READINGS } from './limits';
import { readingCount } from './sessions';
import { isStorableAnchor } from './anchor';
import { isOrderKey } from './order';

export interface Edit {
  /** What the history list shows, e.g. "Set pain to 7". */
  readonly label: string;
  readonly recipe: (draft: Draft<MapDocument>) => void;
  /** Edits with the same key made one after another become one undo step (typing notes). */
  readonly coalesceKey?: string;
}

/** The draft point with this id, or undefined; never a property inherited from Object.prototype. */
export function draftPoint(draft: Draft<MapDocument>, id: PointId): Draft<TriggerPoint> | undefined {
  return Object.hasOwn(draft.points, id) ? draft.points[id] : undefined;
}

export function placePoint(point: TriggerPoint): Edit {
  return {
    label: `Place point on ${regionLabel(point.region, point.side)}`,
    recipe: (draft) => {
      // An id already in use is left alone rather than overwritten: a second place must not erase a point.
      if (!isUrlSafeId(point.id) || Object.hasOwn(draft.points, point.id)) return;
      // A point that could not be saved and opened again is not placed at all.
      if (!isStorableAnchor(point.anchor) || !isOrderKey(point.order)) return;
      // Counted on the record as it was: Object.keys through the draft asks it about every one of 5,000 keys.
      if (Object.keys(isDraft(draft.points) ? original(draft.points)! : draft.points).length >= MAX_POINTS) return;
      // Recorded in a session the map has, with readings only for sessions it has.
      if (!Object.hasOwn(draft.sessions, point.session)) return;
      if (Object.keys(point.readings).some((session) => !Object.hasOwn(draft.sessions, session))) return;
      if (readingCount(draft) + Object.keys(point.readings).length > MAX_READINGS) return;
      draft.points[point.id] = point as Draft<TriggerPoint>;
    },
  };
}

export function movePoint(id: PointId, anchor: Anchor, region: RegionId, side: Side): Edit {
  return {
    label: `Move point to ${regionLabel(region, side)}`,
    recipe: (draft) => {
      const point = draftPoint(draft, id);
      if (!point || !isStorableAnchor(anchor)) return;
      if (!deepEqual(point.anchor, anchor)) point.anchor = anchor as Draft<Anchor>;
      if (point.region !== region) point.region = region;
      if (point.side !== side) point.side = side;
    },
  };
}

/**
 * Takes the document to name the region in the label, as the point will be gone when the label is read.
 * Zones linked to the point lose the link in the same step (the zone itself stays).
 */
export function deletePoint(id: PointId, doc: MapDocument): Edit {
  const point = Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
  return {
    label: point ? `Delete point on ${regionLabel(point.region, point.side)}` : 'Delete point',
    recipe: (draft) => {
      if (!draftPoint(draft, id)) return;
      delete draft.points[id];
      for (const zone of Object.values(draft.zones)) {
        if (zone.points.includes(id)) zone.points = zone.points.filter((p) => p !== id);
      }
    },
  };
}

export function setKind(id: PointId, kind: TriggerPointKind): Edit {
  return {
    label: `Mark point as ${KIND_LABELS[kind]}`,
    recipe: (draft) => {
      const point = draftPoint(draft, id);
      if (point && point.kind !== kind) point.kind = kind;
    },
  };
}


export function setFinding(id: PointId, key: FindingKey, present: boolean): Edit {
  return {
    label: `${present ? 'Add' : 'Remove'} finding: ${FINDING_LABELS[key]}`,
    recipe: (draft) => {
      const point = draftPoint(draft, id);
      if (point && Object.hasOwn(FINDING_LABELS, key) && point.findings[key] !== present) point.findings[key] = present;
    },
  };
}

/** Typing in the notes field: consecutive edits of one point's notes merge into one undo step. */
export function setNotes(id: PointId, notes: string): Edit {
  // Cut like a textarea's maxLength would, so the map stays within what import accepts.
  const kept = notes.slice(0, MAX_NOTES_LENGTH);
  return {
    label: 'Edit notes',
    coalesceKey: `notes:${id}`,
    recipe: (draft) => {
      const point = draftPoint(draft, id);
      if (point && point.notes !== kept) point.notes = kept;
    },
  };
}

/** Typing the map's label: consecutive renames merge into one undo step, like notes. */
export function renameMap(label: string): Edit {
  const kept = label.slice(0, MAX_LABEL_LENGTH);
  return {
    label: 'Rename map',
    coalesceKey: 'map:label',
    recipe: (draft) => {
      if (draft.label !== kept) draft.label = kept;
    },
  };
}

/**
 * After the body model was refined: the structures found at the points' unchanged anchors, as one step the
 * therapist can undo to keep the old names. Unknown points and regions are left alone.
 */
export function relabelRegions(changes: readonly { readonly pointId: PointId; readonly newRegion: RegionId; readonly side: Side }[]): Edit {
  return {
    label: changes.length === 1 ? 'Name 1 point by the refined body model' : `Name ${changes.length} points by the refined body model`,
    recipe: (draft) => {
      for (const change of changes) {
        const point = draftPoint(draft, change.pointId);
        if (!point) continue;
        if (point.region !== change.newRegion) point.region = change.newRegion;
        if (point.side !== change.side) point.side = change.side;
      }
    },
  };
}
