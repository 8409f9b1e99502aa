// Writes a map as a Fascia Map file: strict, only the fields of the current schema, points in list order
// so two exports of the same map compare line by line.

import type { Anchor, MapDocument, Reading, Session, TriggerPoint, Zone } from '../model/types';
import { sessionsInOrder } from '../model/sessions';
import { pointsInOrder } from '../model/selectors';
import { FILE_FORMAT, SCHEMA_VERSION } from './format';

function exportedAnchor(anchor: Anchor): Anchor {
  return {
    layer: anchor.layer,
    angle: anchor.angle,
    height: anchor.height,
    position: [...anchor.position],
    normal: [...anchor.normal],
    face: anchor.face,
    barycentric: [...anchor.barycentric],
    modelVersion: anchor.modelVersion,
  };
}

function exportedPoint(point: TriggerPoint): TriggerPoint {
  return {
    id: point.id,
    anchor: exportedAnchor(point.anchor),
    region: point.region,
    side: point.side,
    kind: point.kind,
    findings: {
      tautBand: point.findings.tautBand,
      localTwitchResponse: point.findings.localTwitchResponse,
      jumpSign: point.findings.jumpSign,
      familiarPainReproduced: point.findings.familiarPainReproduced,
    },
    notes: point.notes,
    order: point.order,
    createdAt: point.createdAt,
    session: point.session,
    readings: exportedReadings(point),
  };
}

/** Readings in session order, so an exported file reads chronologically. */
function exportedReadings(point: TriggerPoint): Record<string, Reading> {
  const readings: Record<string, Reading> = {};
  const keys = Object.keys(point.readings).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const key of keys) {
    const r = point.readings[key];
    if (r) readings[key] = { pain: r.pain, ppt: r.ppt, status: r.status, techniques: [...r.techniques] };
  }
  return readings;
}

function exportedSession(s: Session): Session {
  return { id: s.id, number: s.number, date: s.date, note: s.note };
}

function exportedZone(zone: Zone): Zone {
  return {
    id: zone.id,
    session: zone.session,
    points: [...zone.points],
    strokes: zone.strokes.map((s) => ({ radius: s.radius, erase: s.erase, path: [...s.path] })),
    createdAt: zone.createdAt,
  };
}

/** The file's JSON text: { format, schemaVersion, exportedAt, map }. */
export function exportMap(doc: MapDocument, now: Date = new Date()): string {
  const points: Record<string, TriggerPoint> = {};
  for (const point of pointsInOrder(doc)) points[point.id] = exportedPoint(point);
  const sessions: Record<string, Session> = {};
  for (const session of sessionsInOrder(doc)) sessions[session.id] = exportedSession(session);
  const zones: Record<string, Zone> = {};
  const zoneList = Object.values(doc.zones).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const zone of zoneList) zones[zone.id] = exportedZone(zone);
  const map: MapDocument = {
    id: doc.id,
    label: doc.label,
    createdAt: doc.createdAt,
    sessions,
    points,
    zones,
    homeCare: [...doc.homeCare],
    techniques: [...doc.techniques],
  };
  // Stroke paths are long lists of numbers: one line each keeps the file readable and small.
  const text = JSON.stringify({ format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), map }, null, 2);
  return `${text}\n`;
}

/** The label in plain lower-case letters and dashes, for file names ("map" when nothing is left). */
export function exportFileSlug(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'map' : slug;
}

/**
 * "demo-patient-low-back-2026-11-29.fascia-map.json": the label in plain letters and the local date of the
 * map's current session.
 */
export function exportFileName(doc: MapDocument, sessionDate: Date = new Date()): string {
  const date = [sessionDate.getFullYear(), sessionDate.getMonth() + 1, sessionDate.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${exportFileSlug(doc.label)}-${date}.${FILE_FORMAT}.json`;
}
