// Migrations bring a map document saved by an older schema version up to SCHEMA_VERSION, one version at a
// time. They fail as values, never by throwing, so a bad file or saved map becomes a message.

import { SCHEMA_VERSION } from './format';
import { migrateV1ToV2 } from './migrate-v1';
import { migrateV2ToV3 } from './migrate-v2';

export type MigrationResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Turns a document of version n into version n + 1. */
export type Migration = (document: unknown) => MigrationResult;

/**
 * MIGRATIONS[n] migrates version n to n + 1, numbered from 1 without gaps up to SCHEMA_VERSION - 1.
 * Every version adds its step here and fixtures of the version it leaves behind.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

/** Runs the steps from `fromVersion` to `toVersion`; a missing or throwing step is a failure value. */
export function migrateDocument(
  document: unknown,
  fromVersion: number,
  registry: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) {
    return { ok: false, message: `There is no way to read format version ${fromVersion}.` };
  }
  let value = document;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = Object.hasOwn(registry, version) ? registry[version] : undefined;
    if (!step) return { ok: false, message: `There is no way to update format version ${version} to ${version + 1}.` };
    let result: MigrationResult;
    try {
      result = step(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result = { ok: false, message: `Updating the map from format version ${version} failed: ${reason}` };
    }
    if (!result.ok) return result;
    value = result.value;
  }
  return { ok: true, value };
}

/** The registry's versions are exactly 1..toVersion-1: no gaps, no strays. */
export function registryHasNoGaps(registry: Readonly<Record<number, Migration>>, toVersion: number): boolean {
  const versions = Object.keys(registry).map(Number).sort((a, b) => a - b);
  return versions.length === toVersion - 1 && versions.every((v, i) => v === i + 1);
}
