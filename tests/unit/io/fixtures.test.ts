// Every released schema version keeps fixtures that must go on opening (or being refused) the same way.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMap } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { pointsInOrder } from '../../../src/model/selectors';
import { painOf } from '../support/readings';

const DIR = new URL('../../fixtures/maps/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

const REFUSED: Record<string, { path: string; message: RegExp }> = {
  // Refused after migration, so the path names where version 3 keeps the pain (the file itself says painNrs).
  'v1-bad-pain.json': { path: 'map.points.p-trap-1.readings.session-1.pain', message: /^Pain must be a whole number from 0 to 10 \(found 12\)/ },
  'v1-bad-region.json': { path: 'map.points.p-ql-1.region', message: /^Unknown body region \(found "spleen.left"\)/ },
  'v1-bad-id-mismatch.json': { path: 'map.points.p-ql-1.id', message: /stored under "p-ql-1" has the id "p-other"/ },
  'v1-bad-newer-version.json': { path: 'schemaVersion', message: /newer version of Fascia Map \(format version 99\)/ },
  'v1-bad-format.json': { path: 'format', message: /^This is not a Fascia Map file/ },
  'v1-bad-layer.json': { path: 'map.points.p-linea-1.anchor.layer', message: /^Unknown body layer/ },
  'v1-bad-proto.json': { path: 'map.points.p-trap-1.__proto__', message: /The key "__proto__" is not allowed/ },
  'v2-bad-retired-layer.json': { path: 'map.points.demo-1.anchor.layer', message: /^Unknown body layer/ },
};

/** A real export from the app (demo map plus points placed by clicking), made with the first model. */
const APP_EXPORT = 'v1-torso-2026.1-demo.json';
/** A real export from the app at schema version 2 (tests/tools/write-v2-fixture.ts made it by clicking). */
const APP_EXPORT_V2 = 'v2-app-export.json';

type OldMap = { createdAt: string; points: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/**
 * What version 3 makes of a map saved by an older version, written out here rather than taken from the
 * migration: one session dated the day the map was started, each point's pain its reading there.
 */
function asVersion3(old: OldMap): OldMap {
  const points = Object.fromEntries(
    Object.entries(old.points).map(([id, { painNrs, ...rest }]) => [
      id,
      { ...rest, session: 'session-1', readings: { 'session-1': { pain: painNrs ?? null, ppt: null, status: 'present', techniques: [] } } },
    ]),
  );
  return {
    ...old,
    sessions: { 'session-1': { id: 'session-1', number: 1, date: old.createdAt.slice(0, 10), note: '' } },
    points,
    zones: {},
    homeCare: [],
    techniques: ['Ischaemic compression', 'Stretching', 'Myofascial release stroke', 'Foam roller', 'Massage ball', 'Instrument-assisted', 'Dry needling', 'Other'],
  };
}

// Every fixture runs against the real region catalog: a file is only worth keeping if the app accepts it as it is.
describe('schema fixtures', () => {
  it('every fixture file is covered by a test', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['v1-lenient.json', 'v1-valid.json', APP_EXPORT, APP_EXPORT_V2, ...Object.keys(REFUSED)].sort());
  });

  it('a map the app exported on model torso-2026.1 opens with every point on its region and side', () => {
    const result = importMap(read(APP_EXPORT));
    if (!result.ok) throw new Error(result.message);
    expect(pointsInOrder(result.doc).map((p) => [p.region, p.side])).toEqual([
      ['quadratus-lumborum.left', 'left'],
      ['gluteus-medius.right', 'right'],
      ['lumbar-iliocostalis.left', 'left'],
      ['upper-trapezius.right', 'right'],
      ['skin-chest.left', 'left'],
      ['deep-fascia.left', 'left'],
      ['superficial-fascia-abdomen.right', 'right'],
    ]);
    expect(pointsInOrder(result.doc).map((p) => p.anchor.layer)).toEqual([
      'deepMuscle',
      'intermediateMuscle',
      'deepMuscle',
      'superficialMuscle',
      'skin',
      'deepFascia',
      'superficialFascia',
    ]);
  });

  it('a map the app exported at schema version 2 opens with its pains in session 1 and exports with nothing else changed', () => {
    const text = read(APP_EXPORT_V2);
    const result = importMap(text);
    if (!result.ok) throw new Error(result.message);
    expect(pointsInOrder(result.doc).map((p) => [p.region, p.anchor.layer])).toEqual([
      ['quadratus-lumborum.left', 'deepMuscle'],
      ['gluteus-medius.right', 'intermediateMuscle'],
      ['lumbar-iliocostalis.left', 'deepMuscle'],
      ['upper-trapezius.right', 'superficialMuscle'],
      ['skin-lower-back.left', 'skin'],
      ['thoracolumbar-fascia.left', 'deepFascia'],
      ['rhomboid-major.right', 'intermediateMuscle'],
    ]);
    expect(result.doc.points.pJZashAyk7z_0mT01?.notes).toBe('Tender to touch <b>not html</b> & "quoted"');
    expect(JSON.parse(exportMap(result.doc)).map).toEqual(asVersion3(JSON.parse(text).map));
  });

  it('v1-valid opens with its three points, in order', () => {
    const result = importMap(read('v1-valid.json'));
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.label).toBe('Demo patient, low back');
    expect(pointsInOrder(result.doc).map((p) => [p.id, p.kind, painOf(result.doc, p.id)])).toEqual([
      ['p-trap-1', 'active', 7],
      ['p-ql-1', 'latent', null],
      ['p-linea-1', 'satellite', 3],
    ]);
    expect(result.doc.points['p-linea-1']?.notes).toBe('<b>not html</b> & stays text');
    // Version 2 split the muscle layer: each muscle point moves to its region's layer, nothing else changes.
    expect(pointsInOrder(result.doc).map((p) => p.anchor.layer)).toEqual(['superficialMuscle', 'deepMuscle', 'deepFascia']);
    const original = asVersion3(JSON.parse(read('v1-valid.json')).map);
    const exported = JSON.parse(exportMap(result.doc)).map;
    for (const id of Object.keys(original.points)) (original.points[id]!.anchor as { layer: string }).layer = exported.points[id].anchor.layer;
    expect(exported).toEqual(original);
  });

  it('v1-lenient opens with defaults for what is missing', () => {
    const result = importMap(read('v1-lenient.json'));
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.points['p-ql-1']).toMatchObject({ notes: '', findings: { tautBand: false } });
    expect(result.doc.points['p-ql-1']?.readings['session-1']).toEqual({ pain: null, ppt: null, status: 'present', techniques: [] });
    expect(result.doc.points['p-ql-1']).not.toHaveProperty('colour');
    expect(result.doc.points['p-trap-1']?.findings.jumpSign).toBe(false);
  });

  for (const [name, expected] of Object.entries(REFUSED)) {
    it(`${name} is refused at ${expected.path}`, () => {
      const result = importMap(read(name));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.path).toBe(expected.path);
      expect(result.message).toMatch(expected.message);
    });
  }
});
