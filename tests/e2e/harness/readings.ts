// A point's pain as the editor shows it, read from the debug handle's document: its reading in the map's
// current session (null when not recorded there, undefined when the map has no such point).

import type { MapDocument, PointId } from '../../../src/model/types';
import { currentSession, readingIn } from '../../../src/model/sessions';
import { pointsInOrder } from './editor-page';

export function painOf(doc: MapDocument, id: PointId): number | null | undefined {
  const point = Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
  return point ? readingIn(point, currentSession(doc).id).pain : undefined;
}

/** Every point's pain in the current session, in list order. */
export function painsInOrder(doc: MapDocument): (number | null | undefined)[] {
  return pointsInOrder(doc).map((p) => painOf(doc, p.id));
}
