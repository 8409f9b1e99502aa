// Format version 3 on import: sessions, readings, zones and home care export and import back equal, and a file
// whose sessions, readings or zones are broken or beyond the limits is refused with the JSON path of the problem.
import { describe, expect, it } from 'vitest';
import { importMap } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { validateDocument } from '../../../src/io/validate';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { DEFAULT_TECHNIQUES } from '../../../src/model/sessions';
import { MAX_SESSIONS, MAX_STROKE_POSITIONS, MAX_ZONE_POSITIONS } from '../../../src/model/limits';
import type { MapDocument } from '../../../src/model/types';
import { mapWithSessions, reading, testSession, testStroke, testZone } from '../support/sessions';

/**
 * Three sessions: p0 found in session 1 and followed up in 2 and 3, p1 found in session 2, p2 never assessed
 * after session 1; two zones (one with an erasing stroke, linked to p0 and p1), home care and an edited
 * technique list.
 */
function treatedMap(): MapDocument {
  const base = mapWithSessions(['2026-11-29', '2026-12-06', '2026-12-13'], 3);
  const p0 = base.points.p0!;
  const p1 = base.points.p1!;
  return {
    ...base,
    sessions: { ...base.sessions, 'session-2': { ...testSession(2, '2026-12-06'), note: 'Flare-up after gardening' } },
    points: {
      ...base.points,
      p0: {
        ...p0,
        readings: {
          'session-1': reading({ pain: 8, ppt: 2.5 }),
          'session-2': reading({ pain: 5, ppt: 3.25, status: 'improved', techniques: ['Ischaemic compression', 'Stretching'] }),
          'session-3': reading({ pain: 1, ppt: 6, status: 'released', techniques: ['Cupping'] }),
        },
      },
      p1: { ...p1, session: 'session-2', readings: { 'session-2': reading({ pain: 4, techniques: ['Dry needling'] }) } },
    },
    zones: {
      z1: testZone('z1', { session: 'session-1', points: ['p0', 'p1'], strokes: [testStroke(3), testStroke(2, { erase: true, radius: 0.05 })] }),
      z2: testZone('z2', { session: 'session-3', createdAt: '2026-12-13T10:00:00.000Z' }),
    },
    homeCare: ['Foam roller, thoracic spine, 2 minutes daily', 'Heat before stretching'],
    techniques: [...DEFAULT_TECHNIQUES.filter((t) => t !== 'Other'), 'Cupping'],
  };
}

/** The parts of an exported file the tests below break. */
interface FileJson {
  schemaVersion: number;
  map: {
    sessions: Record<string, { id: unknown; number: unknown; date: unknown; note?: unknown }>;
    points: Record<string, { session: unknown; readings: Record<string, { pain: unknown; ppt: unknown; status: unknown; techniques: unknown }> }>;
    zones?: Record<string, { id: unknown; session: unknown; points: unknown[]; strokes: { radius: unknown; erase: unknown; path: unknown }[] }>;
    homeCare?: unknown[];
    techniques: unknown[];
  };
}

/** The exported file of the treated map as a plain object, to break in one place. */
function file(): FileJson {
  return JSON.parse(exportMap(treatedMap()));
}

function refusedWith(change: (f: FileJson) => void) {
  const f = file();
  change(f);
  const result = importMap(JSON.stringify(f));
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

describe('a map with sessions, readings and zones', () => {
  it('exports and imports back equal', () => {
    const doc = treatedMap();
    expect(validateDocument(doc, SCHEMA_VERSION)).toEqual({ ok: true, doc });
    const text = exportMap(doc, new Date('2026-12-13T11:00:00.000Z'));
    expect(importMap(text)).toEqual({ ok: true, doc });
    // Exporting what was imported writes the same file.
    const again = importMap(text);
    if (!again.ok) throw new Error(again.message);
    expect(exportMap(again.doc, new Date('2026-12-13T11:00:00.000Z'))).toBe(text);
  });

  it('writes sessions, readings, zones and home care into the file', () => {
    const { schemaVersion, map } = file();
    expect(schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(map.sessions)).toEqual(['session-1', 'session-2', 'session-3']);
    expect(map.sessions['session-2']).toEqual({ id: 'session-2', number: 2, date: '2026-12-06', note: 'Flare-up after gardening' });
    expect(Object.keys(map.points.p0?.readings ?? {})).toEqual(['session-1', 'session-2', 'session-3']);
    expect(map.points.p0?.readings['session-2']).toEqual({ pain: 5, ppt: 3.25, status: 'improved', techniques: ['Ischaemic compression', 'Stretching'] });
    expect(map.points.p1?.session).toBe('session-2');
    expect(map.zones?.z1?.points).toEqual(['p0', 'p1']);
    expect(map.zones?.z1?.strokes[1]).toMatchObject({ erase: true, radius: 0.05 });
    expect(map.homeCare).toEqual(['Foam roller, thoracic spine, 2 minutes daily', 'Heat before stretching']);
    expect(map.techniques).toContain('Cupping');
  });

  it('a file without zones or home care opens with none', () => {
    const f = file();
    delete f.map.zones;
    delete f.map.homeCare;
    const result = importMap(JSON.stringify(f));
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.zones).toEqual({});
    expect(result.doc.homeCare).toEqual([]);
  });
});

describe('import refuses broken links between sessions, points and zones, naming the path', () => {
  it('a reading in a session the map does not have', () => {
    const result = refusedWith((f) => (f.map.points.p0!.readings['session-9'] = reading({ pain: 2 })));
    expect(result.path).toBe('map.points.p0.readings.session-9');
    expect(result.message).toBe('A reading names a session the map does not have at map.points.p0.readings.session-9');
  });

  it('a point found in a session the map does not have', () => {
    const result = refusedWith((f) => (f.map.points.p1!.session = 'session-7'));
    expect(result.path).toBe('map.points.p1.session');
    expect(result.message).toMatch(/found in a session the map does not have \("session-7"\)/);
  });

  it('a zone linked to a point the map does not have', () => {
    const result = refusedWith((f) => f.map.zones!.z1!.points.push('p-gone'));
    expect(result.path).toBe('map.zones.z1.points[2]');
    expect(result.message).toMatch(/^The zone is linked to a point the map does not have/);
  });

  it('a zone in a session the map does not have', () => {
    const result = refusedWith((f) => (f.map.zones!.z2!.session = 'session-4'));
    expect(result.path).toBe('map.zones.z2.session');
    expect(result.message).toMatch(/belongs to a session the map does not have \("session-4"\)/);
  });

  it('two sessions with the same number', () => {
    const result = refusedWith((f) => (f.map.sessions['session-3']!.number = 2));
    expect(result.path).toBe('map.sessions.session-3.number');
    expect(result.message).toBe('Two sessions have the number 2 at map.sessions.session-3.number');
  });

  it('a session stored under another id than its own', () => {
    const result = refusedWith((f) => (f.map.sessions['session-2']!.id = 'session-4'));
    expect(result.path).toBe('map.sessions.session-2.id');
    expect(result.message).toMatch(/stored under "session-2" has the id "session-4"; the two must match/);
  });

  it('a zone stored under another id than its own', () => {
    expect(refusedWith((f) => (f.map.zones!.z2!.id = 'z3')).path).toBe('map.zones.z2.id');
  });

  it('a map without any session', () => {
    const result = refusedWith((f) => (f.map.sessions = {}));
    expect(result.path).toBe('map.sessions');
    expect(result.message).toMatch(/at least one session/);
  });
});

describe('import refuses readings, dates and strokes out of range, never coercing them', () => {
  it('pain 12 in a reading', () => {
    const result = refusedWith((f) => (f.map.points.p0!.readings['session-2']!.pain = 12));
    expect(result.path).toBe('map.points.p0.readings.session-2.pain');
    expect(result.message).toBe('Pain must be a whole number from 0 to 10 (found 12) at map.points.p0.readings.session-2.pain');
  });

  it('a pressure pain threshold of 25, of 0, or with three decimals', () => {
    const high = refusedWith((f) => (f.map.points.p0!.readings['session-2']!.ppt = 25));
    expect(high.path).toBe('map.points.p0.readings.session-2.ppt');
    expect(high.message).toMatch(/^The pressure pain threshold must be a number of kg\/cm² above 0 and at most 20, with at most 2 decimals \(found 25\)/);
    expect(refusedWith((f) => (f.map.points.p0!.readings['session-2']!.ppt = 0)).path).toBe('map.points.p0.readings.session-2.ppt');
    expect(refusedWith((f) => (f.map.points.p0!.readings['session-2']!.ppt = 3.456)).message).toMatch(/found 3.456\)/);
  });

  it('a reading status that does not exist', () => {
    expect(refusedWith((f) => (f.map.points.p0!.readings['session-3']!.status = 'cured')).path).toBe('map.points.p0.readings.session-3.status');
  });

  it('a session dated 31 February', () => {
    const result = refusedWith((f) => (f.map.sessions['session-1']!.date = '2026-02-31'));
    expect(result.path).toBe('map.sessions.session-1.date');
    expect(result.message).toMatch(/^A session date must be a real date written YYYY-MM-DD, from 1900 to 2199 \(found "2026-02-31"\)/);
  });

  it('a brush stroke of radius 0.5 m', () => {
    const result = refusedWith((f) => (f.map.zones!.z1!.strokes[0]!.radius = 0.5));
    expect(result.path).toBe('map.zones.z1.strokes[0].radius');
    expect(result.message).toMatch(/^A brush radius must be from 0.01 to 0.12 metres \(found 0.5\)/);
  });

  it('an empty home-care recommendation', () => {
    expect(refusedWith((f) => f.map.homeCare!.push('')).path).toBe('map.homeCare[2]');
  });
});

describe('import refuses a map beyond the limits that keep it savable', () => {
  it(`more than ${MAX_SESSIONS} sessions`, () => {
    const sessions = (count: number, numberOf: (i: number) => number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`session-${i + 1}`, { ...testSession(numberOf(i + 1), '2026-01-05'), id: `session-${i + 1}` }]));
    // Counted before anything else about them.
    const counted = refusedWith((f) => (f.map.sessions = sessions(MAX_SESSIONS + 1, (n) => Math.min(n, MAX_SESSIONS))));
    expect(counted.path).toBe('map.sessions');
    expect(counted.message).toBe(`A map can hold at most ${MAX_SESSIONS} sessions (found ${MAX_SESSIONS + 1}) at map.sessions`);
    // Numbered on from 1, the last one's number is already beyond the limit.
    const numbered = refusedWith((f) => (f.map.sessions = sessions(MAX_SESSIONS + 1, (n) => n)));
    expect(numbered.path).toBe(`map.sessions.session-${MAX_SESSIONS + 1}.number`);
    expect(numbered.message).toMatch(new RegExp(`from 1 to ${MAX_SESSIONS} \\(found ${MAX_SESSIONS + 1}\\)`));
    // Exactly at the limit is fine.
    const f = file();
    f.map.sessions = sessions(MAX_SESSIONS, (n) => n);
    expect(importMap(JSON.stringify(f)).ok).toBe(true);
  });

  it(`more than ${MAX_ZONE_POSITIONS.toLocaleString('en')} brush positions over all zones`, () => {
    // z1 and z2 already hold 3 + 2 + 3 positions; add full strokes to z2 up to the limit and one more stroke beyond.
    const full = Array.from({ length: MAX_ZONE_POSITIONS / MAX_STROKE_POSITIONS }, () => testStroke(MAX_STROKE_POSITIONS));
    const result = refusedWith((f) => f.map.zones!.z2!.strokes.push(...full));
    expect(result.path).toBe('map.zones');
    expect(result.message).toBe(`The zones of a map can hold at most 60,000 brush positions (found 60,008) at map.zones`);
    const f = file();
    f.map.zones!.z2!.strokes = full; // exactly 60,000, z1 emptied
    f.map.zones!.z1!.strokes = [];
    expect(importMap(JSON.stringify(f)).ok).toBe(true);
  });
});
