// Which saved points now sit on a different region after the body model changed: each point keeps its anchor (the
// surface coordinate is canonical), and the structure found there on the new model is compared with the one the
// point stored, so the map can say once which points moved to which region instead of changing them silently.

import type { Anchor, RegionId } from '../model/types';
import { REGION_RENAMES } from './regions';

/** What a saved point contributes: its anchor and the region stored with it. */
export interface AnchoredRegion {
  readonly anchor: Anchor;
  readonly region: RegionId;
}

/** A point whose region on the new model differs from the region it was saved with. */
export interface RegionChange {
  readonly pointId: string;
  /** The region stored with the point. */
  readonly oldRegion: RegionId;
  /** The region the new model has at the point's anchor. */
  readonly newRegion: RegionId;
}

/**
 * The points whose region changes on the new model, sorted by point id. `regionOnModel` answers the region the
 * new model has at an anchor (e.g. the drawn region of the hit found by BodyModel.anchorAt), or null where it finds
 * no surface there (such points are left out: nothing can be said about them). A stored id that was only renamed
 * (REGION_RENAMES) is compared under its new name, so a rename alone is not reported as a change.
 */
export function regionChanges(
  points: Readonly<Record<string, AnchoredRegion>>,
  regionOnModel: (anchor: Anchor) => RegionId | null,
  renames: Readonly<Record<string, string>> = REGION_RENAMES,
): RegionChange[] {
  const changes: RegionChange[] = [];
  for (const pointId of Object.keys(points).sort()) {
    const point = points[pointId]!;
    const now = regionOnModel(point.anchor);
    if (now === null) continue;
    const stored = renames[point.region] ?? point.region;
    if (now !== stored) changes.push({ pointId, oldRegion: point.region, newRegion: now });
  }
  return changes;
}
