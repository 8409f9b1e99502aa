// The JSON export's options: with or without the undo history, and anonymised (no label, no free text) for
// sharing a map outside the patient's file. Builds on exportMap, so the map part is the same strict file.

import type { HistoryState } from '../history/types';
import type { MapDocument, Session, TriggerPoint } from '../model/types';
import { exportMap } from './export';

/** The label an anonymised map carries instead of the patient's pseudonym. */
export const ANONYMOUS_LABEL = '';

export interface JsonExportOptions {
  /** Adds the undo history (immer patches, oldest first) beside the map. Never with anonymise: patches hold old text. */
  readonly history: boolean;
  /** Drops the label and every free text: point notes, session notes and home-care advice. */
  readonly anonymise: boolean;
}

/** The map without anything that could name or describe the patient in words. */
export function anonymiseMap(doc: MapDocument): MapDocument {
  const points: Record<string, TriggerPoint> = {};
  for (const [id, point] of Object.entries(doc.points)) points[id] = { ...point, notes: '' };
  const sessions: Record<string, Session> = {};
  for (const [id, session] of Object.entries(doc.sessions)) sessions[id] = { ...session, note: '' };
  // Home-care advice is typed by the therapist and may name the patient's life or work: it goes too.
  return { ...doc, label: ANONYMOUS_LABEL, points, sessions, homeCare: [] };
}

/** True when the exported file would carry the label or any free text. */
export function isIdentifiable(doc: MapDocument, options: Pick<JsonExportOptions, 'anonymise'>): boolean {
  if (options.anonymise) return false;
  if (doc.label.trim() !== '') return true;
  return Object.values(doc.points).some((p) => p.notes.trim() !== '') || Object.values(doc.sessions).some((s) => s.note.trim() !== '');
}

/** The JSON text of a map file with the chosen options. */
export function exportMapWith(doc: MapDocument, history: HistoryState, options: JsonExportOptions, now: Date = new Date()): string {
  const map = options.anonymise ? anonymiseMap(doc) : doc;
  const text = exportMap(map, now);
  if (!options.history || options.anonymise) return text;
  const file = JSON.parse(text) as Record<string, unknown>;
  file.history = {
    cursor: history.cursor,
    entries: history.entries.map((e) => ({ id: e.id, label: e.label, at: e.at, patches: e.patches, inversePatches: e.inversePatches })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The same map JSON with every non-ASCII character escaped (\uXXXX), so it fits a PNG tEXt chunk (Latin-1). */
export function asciiJson(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
