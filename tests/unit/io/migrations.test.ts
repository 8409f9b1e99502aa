// The migration registry: numbered without gaps, run step by step, failing as values.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateDocument, registryHasNoGaps, type Migration } from '../../../src/io/migrations';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { validateDocument } from '../../../src/io/validate';

describe('migrations', () => {
  it('the registry covers 1..SCHEMA_VERSION-1 without gaps', () => {
    expect(registryHasNoGaps(MIGRATIONS, SCHEMA_VERSION)).toBe(true);
    expect(registryHasNoGaps({ 1: (d) => ({ ok: true, value: d }), 3: (d) => ({ ok: true, value: d }) }, 4)).toBe(false);
  });

  it('a current document passes through unchanged', () => {
    const doc = { id: 'm1' };
    expect(migrateDocument(doc, SCHEMA_VERSION)).toEqual({ ok: true, value: doc });
  });

  const registry: Record<number, Migration> = {
    1: (d) => ({ ok: true, value: { ...(d as object), renamed: true } }),
    2: (d) => ({ ok: true, value: { ...(d as object), v3: true } }),
  };

  it('runs each step in order up to the target version', () => {
    expect(migrateDocument({ a: 1 }, 1, registry, 3)).toEqual({ ok: true, value: { a: 1, renamed: true, v3: true } });
    expect(migrateDocument({ a: 1 }, 2, registry, 3)).toEqual({ ok: true, value: { a: 1, v3: true } });
  });

  it('fails as a value when a step fails, throws, or is missing', () => {
    const failing = { ...registry, 2: () => ({ ok: false as const, message: 'Pain scale unknown' }) };
    expect(migrateDocument({}, 1, failing, 3)).toEqual({ ok: false, message: 'Pain scale unknown' });
    const throwing = { ...registry, 1: () => { throw new Error('boom'); } };
    expect(migrateDocument({}, 1, throwing, 3)).toEqual({ ok: false, message: 'Updating the map from format version 1 failed: boom' });
    expect(migrateDocument({}, 1, { 1: registry[1]! }, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/version 2 to 3/) });
    expect(migrateDocument({}, 0, registry, 3).ok).toBe(false);
    expect(migrateDocument({}, 4, registry, 3).ok).toBe(false);
  });

  it('validateDocument refuses a newer or invalid version', () => {
    expect(validateDocument({}, SCHEMA_VERSION + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });
    expect(validateDocument({}, 0)).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
  });
});
