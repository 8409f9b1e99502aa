// Version 2 -> 3: a map from before sessions opens as one session dated the day it was started, each point's
// pain its reading there; the app's own version 2 export and the version 1 files still import (1 -> 2 -> 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMap } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { migrateV2ToV3 } from '../../../src/io/migrate-v2';
import { validateDocument } from '../../../src/io/validate';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { currentSession, readingIn } from '../../../src/model/sessions';
import { setPain } from '../../../src/model/reading-operations';
import { startNextSession } from '../../../src/model/session-operations';
import type { MapDocument } from '../../../src/model/types';
import { changed } from '../support/sessions';

const read = (name: string) => readFileSync(new URL(`../../fixtures/maps/${name}`, import.meta.url), 'utf8');

type OldPoint = { id: string; painNrs?: number | null; createdAt: string } & Record<string, unknown>;
type OldFile = { schemaVersion: number; map: { createdAt: string; points: Record<string, OldPoint> } & Record<string, unknown> };

/** The technique list version 3 started with, written out so a change of the live defaults shows here. */
const VERSION_3_TECHNIQUES = ['Ischaemic compression', 'Stretching', 'Myofascial release stroke', 'Foam roller', 'Massage ball', 'Instrument-assisted', 'Dry needling', 'Other'];

function imported(name: string): { file: OldFile; doc: MapDocument } {
  const text = read(name);
  const result = importMap(text);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return { file: JSON.parse(text) as OldFile, doc: result.doc };
}

describe('a map the app exported at format version 2', () => {
  const { file, doc } = imported('v2-app-export.json');

  it('is a version 2 file with pains on its points (the fixture is what the old app wrote)', () => {
    expect(file.schemaVersion).toBe(2);
    expect(SCHEMA_VERSION).toBe(3);
    expect(Object.values(file.map.points).some((p) => typeof p.painNrs === 'number')).toBe(true);
  });

  it('opens with one session, dated the day the map was started', () => {
    expect(doc.sessions).toEqual({ 'session-1': { id: 'session-1', number: 1, date: '2026-12-03', note: '' } });
    expect(file.map.createdAt.slice(0, 10)).toBe('2026-12-03');
  });

  it('keeps every point, found in session 1, with its old pain as its reading there and the point present', () => {
    expect(Object.keys(doc.points).sort()).toEqual(Object.keys(file.map.points).sort());
    for (const [id, old] of Object.entries(file.map.points)) {
      const point = doc.points[id]!;
      expect(point.session, id).toBe('session-1');
      expect(point.readings, id).toEqual({ 'session-1': { pain: old.painNrs ?? null, ppt: null, status: 'present', techniques: [] } });
      expect(point, id).not.toHaveProperty('painNrs');
    }
    // The demo points' pains, as the therapist set them.
    expect(['demo-1', 'demo-2', 'demo-3', 'demo-4'].map((id) => readingIn(doc.points[id]!, 'session-1').pain)).toEqual([7, 5, 3, 4]);
  });

  it('keeps everything else about each point as it was', () => {
    for (const [id, { painNrs: _pain, ...old }] of Object.entries(file.map.points)) {
      const { session: _session, readings: _readings, ...now } = doc.points[id]!;
      expect(now, id).toEqual(old);
    }
    expect(doc.label).toBe(file.map.label);
    expect(doc.createdAt).toBe(file.map.createdAt);
  });

  it('gets no zones, no home care and the default technique list', () => {
    expect(doc.zones).toEqual({});
    expect(doc.homeCare).toEqual([]);
    expect(doc.techniques).toEqual(VERSION_3_TECHNIQUES);
  });

  it('can be worked on at once: a new session, a pain there, and an export that opens again the same', () => {
    const next = changed(changed(doc, startNextSession('2026-12-10')).doc, setPain('demo-1', 'session-2', 4)).doc;
    expect(currentSession(next).number).toBe(2);
    expect(readingIn(next.points['demo-1']!, 'session-2').pain).toBe(4);
    expect(readingIn(next.points['demo-2']!, 'session-2').status).toBe('notAssessed');
    expect(importMap(exportMap(next))).toEqual({ ok: true, doc: next });
  });
});

describe('maps from format version 1 still open (1 -> 2 -> 3)', () => {
  for (const name of ['v1-valid.json', 'v1-lenient.json', 'v1-torso-2026.1-demo.json']) {
    it(`${name} opens with its pains in session 1`, () => {
      const { file, doc } = imported(name);
      expect(file.schemaVersion).toBe(1);
      expect(Object.keys(doc.sessions)).toEqual(['session-1']);
      expect(doc.sessions['session-1']?.date).toBe(file.map.createdAt.slice(0, 10));
      for (const [id, old] of Object.entries(file.map.points)) {
        expect(doc.points[id]?.readings, `${name} ${id}`).toEqual({ 'session-1': { pain: old.painNrs ?? null, ppt: null, status: 'present', techniques: [] } });
      }
      expect(doc.techniques).toEqual(VERSION_3_TECHNIQUES);
    });
  }
});

describe('the version 2 -> 3 step', () => {
  const v2 = (points: Record<string, unknown>, createdAt: unknown = '2026-11-29T09:30:00.000Z') => ({ id: 'm1', label: 'x', createdAt, points });
  const migrated = (doc: unknown) => {
    const result = migrateV2ToV3(doc);
    if (!result.ok) throw new Error(result.message);
    return result.value as Record<string, unknown> & { points: Record<string, Record<string, unknown>> };
  };

  it('turns a pain that was never asked (missing or null) into a reading without pain', () => {
    const { points } = migrated(v2({ a: { id: 'a' }, b: { id: 'b', painNrs: null }, c: { id: 'c', painNrs: 0 } }));
    expect(points.a?.readings).toEqual({ 'session-1': { pain: null, ppt: null, status: 'present', techniques: [] } });
    expect(points.b?.readings).toEqual({ 'session-1': { pain: null, ppt: null, status: 'present', techniques: [] } });
    expect(points.c?.readings).toEqual({ 'session-1': { pain: 0, ppt: null, status: 'present', techniques: [] } });
  });

  it('passes a pain out of range on, for validation to refuse with its path', () => {
    const result = validateDocument(v2({ 'demo-1': { ...JSON.parse(exportMapPointV2()), painNrs: 12 } }), 2);
    expect(result).toMatchObject({ ok: false, path: 'points.demo-1.readings.session-1.pain', message: expect.stringMatching(/Pain must be a whole number from 0 to 10 \(found 12\)/) });
  });

  it('dates the session by the day written in the map’s start time', () => {
    expect(migrated(v2({}, '2026-11-29T23:59:59.000Z')).sessions).toEqual({ 'session-1': { id: 'session-1', number: 1, date: '2026-11-29', note: '' } });
  });

  it('leaves what is not a map, or points that are not objects, for validation to refuse', () => {
    expect(migrateV2ToV3('not a map')).toEqual({ ok: true, value: 'not a map' });
    expect(migrated(v2({ a: 'oops' })).points.a).toBe('oops');
    expect(validateDocument(v2({ a: 'oops' }), 2)).toMatchObject({ ok: false, path: 'points.a' });
  });

  it('gives each map its own technique list', () => {
    const one = migrated(v2({}));
    const two = migrated(v2({}));
    expect(one.techniques).toEqual(two.techniques);
    expect(one.techniques).not.toBe(two.techniques);
  });

  // Version 2 accepted any start time Date.parse reads, including a day that does not exist (V8 reads
  // "2026-02-31T…" as 3 March); the migration takes the day as written and the session date is then refused.
  it('opens a version 2 map whose start time names a day that does not exist', () => {
    const result = validateDocument(v2({}, '2026-02-31T10:00:00.000Z'), 2);
    expect(result).toMatchObject({ ok: true });
  });
});

/** One valid version 2 point, as JSON (from the app's own export). */
function exportMapPointV2(): string {
  const file = JSON.parse(read('v2-app-export.json')) as OldFile;
  return JSON.stringify(file.map.points['demo-1']);
}
