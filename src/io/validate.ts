// The one gate every document from outside passes (an imported file, a map saved in IndexedDB): refuse
// hostile keys and absurd nesting, migrate to the current schema, then validate, naming the JSON path of
// the first problem.

import { freeze } from 'immer';
import type { MapDocument } from '../model/types';
import { MAX_POINTS } from '../model/limits';
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
  const doc: MapDocument = parsed.data;
  return { ok: true, doc: freeze(doc, true) };
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
