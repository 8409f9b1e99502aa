// Reading a point's pain the way the editor shows it: its reading in the map's current session.

import type { MapDocument, PointId, SessionId } from '../../../src/model/types';
import { currentSession, readingIn } from '../../../src/model/sessions';

/**
 * The point's pain in `session` (the current session when not given); undefined when the map has no
 * such point, null when the pain was not recorded there.
 */
export function painOf(doc: MapDocument, id: PointId, session?: SessionId): number | null | undefined {
  const point = Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
  if (!point) return undefined;
  return readingIn(point, session ?? currentSession(doc).id).pain;
}
