// Names and order of referred-pain zones as the editor lists them: "Zone 2 (session 1) → quadratus lumborum (left)".

import type { MapDocument, Zone } from '../../model/types';
import { regionLabel } from '../../model/labels';

/** Zones in the order they were painted. */
export function zonesInOrder(doc: Pick<MapDocument, 'zones'>): Zone[] {
  return Object.values(doc.zones).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** "Zone 2" numbered within its session, in painting order. */
export function zoneNumber(doc: Pick<MapDocument, 'zones'>, zone: Zone): number {
  return zonesInOrder(doc).filter((z) => z.session === zone.session).findIndex((z) => z.id === zone.id) + 1;
}

/** The regions of the points a zone is linked to, in words. */
export function zoneLinks(doc: Pick<MapDocument, 'points'>, zone: Zone): string {
  const names = zone.points.flatMap((id) => {
    const point = Object.hasOwn(doc.points, id) ? doc.points[id] : undefined;
    return point ? [regionLabel(point.region, point.side)] : [];
  });
  return names.length === 0 ? 'not linked to a point' : names.join(', ');
}

export function zoneTitle(doc: Pick<MapDocument, 'zones' | 'points' | 'sessions'>, zone: Zone): string {
  const session = Object.hasOwn(doc.sessions, zone.session) ? doc.sessions[zone.session] : undefined;
  return `Zone ${zoneNumber(doc, zone)}${session ? ` (session ${session.number})` : ''} → ${zoneLinks(doc, zone)}`;
}
