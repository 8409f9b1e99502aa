// When the body model was refined since a map was saved, some points' anchors now lie on another structure.
// On opening, the map says so once: one undoable step renames those points (their places on the body are
// unchanged) and a message lists which points moved from which structure to which.

import type { EditorStore } from './editor-store';
import type { Anchor, RegionId, Side } from '../model/types';
import { regionChanges } from '../anatomy/region-changes';
import { regionById } from '../anatomy/regions';
import { regionLabel } from '../model/labels';
import { relabelRegions } from '../model/operations';

/** How many changes the message lists by name before summing up the rest. */
const LISTED = 4;

/**
 * Checks the points placed on another version of the model than `modelVersion` (points placed on this one
 * already carry the region it gives there, and a second look from the body's axis could only disagree at a
 * border); returns how many were renamed.
 */
export function updateRegionsForModel(editor: EditorStore, modelVersion: string, regionOnModel: (anchor: Anchor) => RegionId | null): number {
  const { doc, readOnly } = editor.store.getState();
  if (!doc || readOnly) return 0;
  const older = Object.fromEntries(Object.entries(doc.points).filter(([, point]) => point.anchor.modelVersion !== modelVersion));
  const changes = regionChanges(older, regionOnModel).flatMap((change) => {
    const region = regionById(change.newRegion);
    const side: Side = region?.side ?? doc.points[change.pointId]?.side ?? 'midline';
    return region ? [{ ...change, side }] : [];
  });
  if (changes.length === 0 || !editor.commit(relabelRegions(changes))) return 0;
  const words = changes.slice(0, LISTED).map((c) => {
    const oldSide = doc.points[c.pointId]?.side ?? c.side;
    return `${regionLabel(c.oldRegion, oldSide)} → ${regionLabel(c.newRegion, c.side)}`;
  });
  const more = changes.length > LISTED ? ` and ${changes.length - LISTED} more` : '';
  const count = changes.length === 1 ? '1 point now lies' : `${changes.length} points now lie`;
  const message = `The body model was refined: ${count} on another structure (${words.join('; ')}${more}). Their places on the body are unchanged. Undo to keep the old names.`;
  // Said alongside anything the opening already said (an update of the file format, recovered damage).
  const previous = editor.store.getState().notice;
  editor.notify(previous ? { ...previous, message: `${previous.message} ${message}` } : { kind: 'info', message });
  return changes.length;
}
