// The migration registry: numbered without gaps, run step by step, failing as values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateV1ToV2 } from '../../../src/io/migrate-v1';
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

describe('version 1 -> 2', () => {
  const v1Point = (region: string, layer: string) => ({ region, side: 'left', anchor: { layer, angle: 2.6, height: 1.2 } });
  const migrated = (points: Record<string, unknown>) => {
    const result = migrateV1ToV2({ id: 'm1', points });
    if (!result.ok) throw new Error(result.message);
    return (result.value as { points: Record<string, { region: string; anchor: { layer: string } }> }).points;
  };

  it('moves each muscle-layer point to its region layer of version 2, renaming retired regions', () => {
    const points = migrated({
      a: v1Point('upper-trapezius.left', 'muscle'),
      b: v1Point('rhomboids.left', 'muscle'),
      c: v1Point('quadratus-lumborum.right', 'muscle'),
      d: v1Point('gluteus-medius.left', 'muscle'),
    });
    expect(Object.values(points).map((p) => [p.region, p.anchor.layer])).toEqual([
      ['upper-trapezius.left', 'superficialMuscle'],
      ['rhomboid-major.left', 'intermediateMuscle'],
      ['quadratus-lumborum.right', 'deepMuscle'],
      ['gluteus-medius.left', 'intermediateMuscle'],
    ]);
  });

  it('leaves points on other layers alone, and leaves an unknown region for validation to name', () => {
    const points = migrated({ a: v1Point('skin-chest.left', 'skin'), b: v1Point('spleen.left', 'muscle') });
    expect(points.a).toEqual(v1Point('skin-chest.left', 'skin'));
    expect(points.b).toMatchObject({ region: 'spleen.left', anchor: { layer: 'superficialMuscle' } });
  });

  it('reads no live catalog: the region catalog module is not among its imports', () => {
    const source = readFileSync(new URL('../../../src/io/migrate-v1.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from '\.\.\/anatomy\//);
  });
});
