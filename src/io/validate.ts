// The one gate every document from outside passes (an imported file, a map saved in IndexedDB): refuse
// hostile keys and absurd nesting, migrate to the current schema, then validate, naming the JSON path of
// the first problem.

import { freeze } from 'immer';
import type { MapDocument } from '../model/types';
import { MAX_POINTS, MAX_READINGS, MAX_SESSIONS, MAX_ZONES, MAX_ZONE_POSITIONS } from '../model/limits';
import { isUrlSafeId } from '../model/ids';
import { SCHEMA_VERSION } from './format';
import { migrateDocument } from './migrations';
import { mapDocumentSchema } from './schema';
import {
  MAX_NESTING_DEPTH,
  describeValue,
  findUntrustedProblem,
  formatPath,
  isPlainObject,
  type PathSegment,
} from './untrusted';

export type ValidationResult =
  | { ok: true; doc: MapDocument }
  | { ok: false; message: string; path: string };

/** A refusal whose message ends with where the problem is, e.g. "... at map.points.p1.painNrs". */
export function refuse(words: string, path: readonly PathSegment[]): ValidationResult {
  const where = formatPath(path);
  return { ok: false, message: where === '' ? words : `${words} at ${where}`, path: where };
}

/** Checks the schema version a document says it has; null when it can be read. */
export function checkSchemaVersion(version: unknown, path: readonly PathSegment[]): ValidationResult | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`The format version must be a whole number of 1 or more (found ${describeValue(version)})`, path);
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      path: formatPath(path),
      message:
        `This map was saved by a newer version of Fascia Map (format version ${version}); ` +
        `this version reads up to ${SCHEMA_VERSION}. Update the app to open it.`,
    };
  }
  return null;
}

/**
 * Refuses a value holding a key that would reach Object.prototype or nested deeper than any map, naming
 * where; null when it is safe to read. Nothing else may look into an untrusted value before this.
 */
export function checkUntrusted(value: unknown, at: readonly PathSegment[]): ValidationResult | null {
  const problem = findUntrustedProblem(value);
  if (!problem) return null;
  const path = [...at, ...problem.path];
  if (problem.kind === 'tooDeep') {
    return refuse(
      `Lists or objects are nested more than ${MAX_NESTING_DEPTH} levels deep, far deeper than in any map; ` +
        'it may be damaged or have been tampered with',
      path,
    );
  }
  return refuse(`The key "${String(problem.path.at(-1))}" is not allowed in a map; it may have been tampered with`, path);
}

/** validateDocument for a document found at `at` inside a larger value (a file's "map" field). */
export function validateDocumentAt(value: unknown, schemaVersion: number, at: readonly PathSegment[]): ValidationResult {
  const versionProblem = checkSchemaVersion(schemaVersion, at);
  if (versionProblem) return versionProblem;

  // Before anything reads the value: a key like __proto__ is refused, never copied or looked up, and
  // nesting deeper than any map is refused before a walk below (migration, the schema) meets it.
  const untrusted = checkUntrusted(value, at);
  if (untrusted) return untrusted;

  const migrated = migrateDocument(value, schemaVersion);
  if (!migrated.ok) return refuse(migrated.message, at);
  const document = migrated.value;

  // Counted before validating so a file with millions of points is refused quickly.
  if (isPlainObject(document) && isPlainObject(document.points)) {
    const count = Object.keys(document.points).length;
    if (count > MAX_POINTS) {
      return refuse(
        `A map can hold at most ${MAX_POINTS.toLocaleString('en')} points (found ${count.toLocaleString('en')})`,
        [...at, 'points'],
      );
    }
  }

  const records = validateRecords(document, SCHEMA_VERSION, at);
  if (!records.ok) return records;
  const linkProblem = checkLinks(records.doc, at);
  if (linkProblem) return linkProblem;
  return { ok: true, doc: freeze(records.doc, true) };
}

/** The schema's check of every record in a migrated document, without the links between them; not frozen. */
function validateRecords(document: unknown, schemaVersion: number, at: readonly PathSegment[]): ValidationResult {
  if (schemaVersion !== SCHEMA_VERSION) return refuse(`Format version ${schemaVersion} must be migrated first`, at);
  if (isPlainObject(document) && isPlainObject(document.points)) {
    for (const [key, point] of Object.entries(document.points)) {
      const keyProblem = checkPointKey(key, point, [...at, 'points', key]);
      if (keyProblem) return keyProblem;
    }
  }
  const parsed = mapDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? 'The map is not valid', [...at, ...(issue?.path ?? []).map(toSegment)]);
  }
  return { ok: true, doc: parsed.data };
}

/**
 * Validates a document (current schema) that is known to equal a valid one except for the points named in
 * `changedPoints` and its fields other than points: those are checked as a whole document would be, the
 * untouched points are trusted, and the links between records are checked over the whole map. This is how
 * a map's saved steps are checked on opening without validating 5,000 points once per step or twice in all.
 */
export function validateChangedPoints(value: unknown, valid: MapDocument, changedPoints: ReadonlySet<string>): ValidationResult {
  if (!isPlainObject(value) || !isPlainObject(value.points)) return validateDocument(value, SCHEMA_VERSION);
  const all = value.points;
  const changed: Record<string, unknown> = {};
  for (const id of changedPoints) {
    if (Object.hasOwn(all, id)) changed[id] = all[id];
  }
  // Points the steps did not touch must be the valid map's own records, not merely look like them.
  for (const id of Object.keys(all)) {
    if (!changedPoints.has(id) && (!Object.hasOwn(valid.points, id) || valid.points[id] !== all[id])) return validateDocument(value, SCHEMA_VERSION);
  }
  const count = Object.keys(all).length;
  if (count > MAX_POINTS) {
    return refuse(`A map can hold at most ${MAX_POINTS.toLocaleString('en')} points (found ${count.toLocaleString('en')})`, ['points']);
  }
  const changedPart = { ...value, points: changed };
  const untrusted = checkUntrusted(changedPart, []);
  if (untrusted) return untrusted;
  const partial = validateRecords(changedPart, SCHEMA_VERSION, []);
  if (!partial.ok) return partial;
  const doc: MapDocument = { ...partial.doc, points: { ...all, ...partial.doc.points } as MapDocument['points'] };
  const linkProblem = checkLinks(doc, []);
  if (linkProblem) return linkProblem;
  return { ok: true, doc: freeze(doc, true) };
}

/**
 * What the schema cannot see record by record: every record's key is its id, sessions are numbered without
 * repeats, points, readings and zones name sessions the map has, zones link points it has, and the totals
 * stay within the limits that keep a map savable.
 */
function checkLinks(doc: MapDocument, at: readonly PathSegment[]): ValidationResult | null {
  const sessions = Object.entries(doc.sessions);
  if (sessions.length === 0) return refuse('A map needs at least one session', [...at, 'sessions']);
  if (sessions.length > MAX_SESSIONS) {
    return refuse(`A map can hold at most ${MAX_SESSIONS} sessions (found ${sessions.length})`, [...at, 'sessions']);
  }
  const numbers = new Set<number>();
  for (const [key, session] of sessions) {
    if (!isUrlSafeId(key) || session.id !== key) {
      return refuse(`The session stored under "${key}" has the id ${describeValue(session.id)}; the two must match`, [...at, 'sessions', key, 'id']);
    }
    if (numbers.has(session.number)) return refuse(`Two sessions have the number ${session.number}`, [...at, 'sessions', key, 'number']);
    numbers.add(session.number);
  }
  const hasSession = (id: string) => Object.hasOwn(doc.sessions, id);
  let readings = 0;
  for (const [key, point] of Object.entries(doc.points)) {
    if (!hasSession(point.session)) return refuse(`The point was found in a session the map does not have (${describeValue(point.session)})`, [...at, 'points', key, 'session']);
    for (const session of Object.keys(point.readings)) {
      if (!hasSession(session)) return refuse('A reading names a session the map does not have', [...at, 'points', key, 'readings', session]);
      readings += 1;
    }
  }
  if (readings > MAX_READINGS) {
    return refuse(`A map can hold at most ${MAX_READINGS.toLocaleString('en')} readings (found ${readings.toLocaleString('en')})`, [...at, 'points']);
  }
  const zones = Object.entries(doc.zones);
  if (zones.length > MAX_ZONES) return refuse(`A map can hold at most ${MAX_ZONES} zones (found ${zones.length})`, [...at, 'zones']);
  let positions = 0;
  for (const [key, zone] of zones) {
    if (!isUrlSafeId(key) || zone.id !== key) {
      return refuse(`The zone stored under "${key}" has the id ${describeValue(zone.id)}; the two must match`, [...at, 'zones', key, 'id']);
    }
    if (!hasSession(zone.session)) return refuse(`The zone belongs to a session the map does not have (${describeValue(zone.session)})`, [...at, 'zones', key, 'session']);
    const missing = zone.points.findIndex((p) => !Object.hasOwn(doc.points, p));
    if (missing >= 0) return refuse('The zone is linked to a point the map does not have', [...at, 'zones', key, 'points', missing]);
    for (const stroke of zone.strokes) positions += stroke.path.length / 3;
  }
  if (positions > MAX_ZONE_POSITIONS) {
    return refuse(`The zones of a map can hold at most ${MAX_ZONE_POSITIONS.toLocaleString('en')} brush positions (found ${positions.toLocaleString('en')})`, [...at, 'zones']);
  }
  return null;
}

/**
 * Migrates a document of `schemaVersion` to the current schema and validates it. Paths in a refusal
 * are relative to the document ("points.p1.painNrs").
 */
export function validateDocument(value: unknown, schemaVersion: number): ValidationResult {
  return validateDocumentAt(value, schemaVersion, []);
}

function checkPointKey(key: string, point: unknown, path: PathSegment[]): ValidationResult | null {
  if (!isUrlSafeId(key)) {
    return refuse(`Point ids may only use letters, digits, - and _, at most 64 (found ${describeValue(key)})`, path);
  }
  if (isPlainObject(point) && point.id !== key) {
    return refuse(
      `The point stored under "${key}" has the id ${describeValue(point.id)}; the two must match`,
      [...path, 'id'],
    );
  }
  return null;
}

function toSegment(segment: PropertyKey): PathSegment {
  return typeof segment === 'number' ? segment : String(segment);
}
