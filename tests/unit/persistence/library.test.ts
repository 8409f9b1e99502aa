// The library's storage: every map under its own keys with a summary listed without loading any map, a
// layout marker, the carry-over of the single-map layout from before the library, and deleted maps kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, get, keys, set, setMany } from 'idb-keyval';
import { createPersistence } from '../../../src/persistence';
import { baseKey, headKey, LAYOUT_KEY, LEGACY_LAST_MAP_KEY, STORE_NAME, summaryKey } from '../../../src/persistence/layout';
import { emptyHistory } from '../../../src/history/history';
import { jumpTo } from '../../../src/history/history';
import { renameMap, setKind } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import { NO_FLAGS } from '../../../src/persistence/map-summary';
import { FIRST_SESSION, testMap } from '../../fixtures/maps';
import { commit, freshDbName, snapshot, startSession } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A map stored the way the app stored it before the library: its records and "lastMap", no layout marker. */
async function storeLegacyMap(dbName: string) {
  const persistence = createPersistence({ dbName });
  let session = startSession(testMap(3, 'Patient from before'), persistence);
  session = commit(session, setPain('p0', FIRST_SESSION, 8), persistence);
  session = commit(session, setKind('p1', 'active'), persistence);
  await persistence.flush();
  const raw = createStore(dbName, STORE_NAME);
  // Take the library's own records away again: what is left is exactly layout 1.
  const all = (await keys(raw)).filter((k) => !(Array.isArray(k) && k[0] === 'library') && k !== LAYOUT_KEY);
  const records = await Promise.all(all.map(async (k) => [k, await get(k, raw)] as [IDBValidKey, unknown]));
  const legacyDb = freshDbName();
  const legacy = createStore(legacyDb, STORE_NAME);
  await setMany([...records, [LEGACY_LAST_MAP_KEY, session.doc.id]], legacy);
  return { dbName: legacyDb, raw: legacy, session };
}

describe('the library in storage', () => {
  it('is empty on a first visit, says so, and marks the layout it writes', async () => {
    const dbName = freshDbName();
    const opened = await createPersistence({ dbName }).openLibrary();
    expect(opened).toEqual({ status: 'ready', maps: [], firstVisit: true, carriedOver: 0 });
    expect(await get(LAYOUT_KEY, createStore(dbName, STORE_NAME))).toEqual({ version: 2 });
    // Opening again is no longer a first visit, even with no map stored.
    expect(await createPersistence({ dbName }).openLibrary()).toMatchObject({ status: 'ready', firstVisit: false });
  });

  it('lists every map from its summary, kept up to date by each save', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    await persistence.openLibrary();
    expect(await persistence.createMap({ ...testMap(2, 'Patient 001'), id: 'm-one' }, emptyHistory(), { demo: true, deletedAt: null })).toBe(true);
    let session = startSession({ ...testMap(1, 'Patient 002'), id: 'm-two' }, persistence);
    session = commit(session, setKind('p0', 'active'), persistence);
    session = commit(session, renameMap('Patient 002 (back)'), persistence);
    await persistence.flush();

    const maps = await createPersistence({ dbName }).listMaps();
    expect(maps.map((m) => [m.id, m.summary?.label, m.summary?.pointCount, m.summary?.activePointCount, m.summary?.demo])).toEqual([
      ['m-one', 'Patient 001', 2, 0, true],
      ['m-two', 'Patient 002 (back)', 1, 1, false],
    ]);
    expect(maps.every((m) => m.damage === null && m.summary?.deletedAt === null && m.summary.problem === null)).toBe(true);
  });

  it('opens one map without reading any other map', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    await persistence.openLibrary();
    for (let i = 0; i < 20; i++) await persistence.createMap({ ...testMap(5, `Patient ${i}`), id: `m-${i}` }, emptyHistory(), NO_FLAGS);

    const reopened = createPersistence({ dbName });
    const read: unknown[] = [];
    const getRecord = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      read.push(key);
      return getRecord.call(this, key);
    });
    const loaded = await reopened.loadMap('m-7');
    expect(loaded).toMatchObject({ status: 'loaded', doc: { id: 'm-7', label: 'Patient 7' } });
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((key) => Array.isArray(key) && key.includes('m-7'))).toBe(true);
  });

  it('keeps a deleted map until it is purged, then removes every record of it', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    await persistence.openLibrary();
    let session = startSession({ ...testMap(2), id: 'm-gone' }, persistence);
    session = commit(session, setPain('p0', FIRST_SESSION, 4), persistence);
    await persistence.createMap({ ...testMap(1), id: 'm-stays' }, emptyHistory(), NO_FLAGS);

    expect(await persistence.setDeleted('m-gone', '2026-12-01T10:00:00.000Z')).toBe(true);
    expect((await persistence.listMaps()).find((m) => m.id === 'm-gone')?.summary?.deletedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(await persistence.loadMap('m-gone')).toMatchObject({ status: 'loaded', doc: session.doc });
    expect(await persistence.setDeleted('m-gone', null)).toBe(true);
    expect((await persistence.listMaps()).find((m) => m.id === 'm-gone')?.summary?.deletedAt).toBeNull();

    expect(await persistence.purgeMap('m-gone')).toBe(true);
    const left = (await keys(createStore(dbName, STORE_NAME))).map((k) => JSON.stringify(k));
    expect(left.filter((k) => k.includes('m-gone'))).toEqual([]);
    expect(left.filter((k) => k.includes('m-stays')).length).toBe(3);
    expect(await persistence.loadMap('m-gone')).toEqual({ status: 'missing' });
  });

  it('lists a map whose summary is damaged, and still opens the map', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    await persistence.openLibrary();
    await persistence.createMap({ ...testMap(2), id: 'm-hurt' }, emptyHistory(), NO_FLAGS);
    await set(summaryKey('m-hurt'), { id: 'm-hurt', label: 42 }, createStore(dbName, STORE_NAME));
    const [listed] = await createPersistence({ dbName }).listMaps();
    expect(listed).toEqual({ id: 'm-hurt', summary: null, damage: "The library's record of this map is damaged." });
    expect(await createPersistence({ dbName }).loadMap('m-hurt')).toMatchObject({ status: 'loaded' });
  });

  it('records why a map could not be opened on its summary, leaving the map records as they are', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    await persistence.openLibrary();
    await persistence.createMap({ ...testMap(2), id: 'm-broken' }, emptyHistory(), NO_FLAGS);
    const raw = createStore(dbName, STORE_NAME);
    await set(baseKey('m-broken'), 'not a map', raw);
    const before = await get(headKey('m-broken'), raw);
    const loaded = await persistence.loadMap('m-broken');
    expect(loaded).toMatchObject({ status: 'failed', message: expect.stringMatching(/starting snapshot/) });
    if (loaded.status !== 'failed') return;
    await persistence.recordProblem('m-broken', loaded.message);
    expect((await persistence.listMaps())[0]?.summary?.problem).toMatch(/starting snapshot/);
    expect(await get(headKey('m-broken'), raw)).toEqual(before);
    expect(await get(baseKey('m-broken'), raw)).toBe('not a map');
    const stored = await persistence.readStored('m-broken');
    expect(stored).toMatchObject({ base: 'not a map', head: before, entries: [] });
  });

  it('refuses a layout marker it cannot read or one from a newer version, changing nothing', async () => {
    for (const [marker, message] of [
      [{ version: 'two' }, /record of how the library is stored is damaged/],
      [{ version: 3 }, /newer version of Fascia Map \(layout 3\)/],
    ] as const) {
      const dbName = freshDbName();
      const raw = createStore(dbName, STORE_NAME);
      await set(LAYOUT_KEY, marker, raw);
      const before = await snapshot(dbName);
      expect(await createPersistence({ dbName }).openLibrary()).toEqual({ status: 'failed', message: expect.stringMatching(message) });
      expect(await snapshot(dbName)).toEqual(before);
    }
  });
});

describe('carrying over the layout from before the library', () => {
  it("lists an existing user's map with its history, and opens it with its undo history intact", async () => {
    const { dbName, raw, session } = await storeLegacyMap(freshDbName());
    const opened = await createPersistence({ dbName }).openLibrary();
    expect(opened).toMatchObject({ status: 'ready', firstVisit: false, carriedOver: 1 });
    if (opened.status !== 'ready') return;
    expect(opened.maps).toHaveLength(1);
    expect(opened.maps[0]?.summary).toMatchObject({
      id: session.doc.id,
      label: 'Patient from before',
      pointCount: 3,
      activePointCount: 1,
      updatedAt: session.history.entries[1]?.at,
      demo: false,
      deletedAt: null,
    });
    expect(await get(LEGACY_LAST_MAP_KEY, raw)).toBeUndefined();
    expect(await get(LAYOUT_KEY, raw)).toEqual({ version: 2 });

    const loaded = await createPersistence({ dbName }).loadMap(session.doc.id);
    expect(loaded).toEqual({ status: 'loaded', doc: session.doc, history: session.history });
    if (loaded.status === 'loaded') expect(jumpTo(loaded.doc, loaded.history, 0).doc.points.p0?.readings[FIRST_SESSION]?.pain).toBe(0);
    // Carried over once: opening again finds the same library and carries nothing.
    expect(await createPersistence({ dbName }).openLibrary()).toMatchObject({ status: 'ready', carriedOver: 0, maps: opened.maps });
  });

  it('lists a map of the old layout that cannot be read, with what is wrong, and keeps its records', async () => {
    const { dbName, raw, session } = await storeLegacyMap(freshDbName());
    await set(baseKey(session.doc.id), { points: 'none' }, raw);
    const opened = await createPersistence({ dbName }).openLibrary();
    if (opened.status !== 'ready') throw new Error('the library did not open');
    expect(opened.maps[0]?.summary?.problem).toMatch(/starting snapshot is not valid/);
    expect(await get(baseKey(session.doc.id), raw)).toEqual({ points: 'none' });
    expect(await get(headKey(session.doc.id), raw)).toMatchObject({ cursor: 2, count: 2 });
  });
});
