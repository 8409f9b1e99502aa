// The library's commands on real (in-memory) storage: first visit, new, rename as an undo step, duplicate,
// delete and restore, import beside the others, limits, and a map that cannot be opened.
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { createPersistence, type ListedMap } from '../../../src/persistence';
import { createLibraryStore } from '../../../src/store/library-store';
import type { Route } from '../../../src/store/routes';
import { exportMap } from '../../../src/io';
import { baseKey, STORE_NAME } from '../../../src/persistence/layout';
import { MAX_MAPS } from '../../../src/model/limits';
import { testMap } from '../../fixtures/maps';
import { freshDbName } from '../persistence/helpers';

const NOW = new Date('2026-12-03T09:00:00.000Z');

async function startedLibrary(opts: { dbName?: string; now?: Date } = {}) {
  const dbName = opts.dbName ?? freshDbName();
  const persistence = createPersistence({ dbName });
  const routes: Route[] = [];
  const library = createLibraryStore({
    persistence,
    navigate: (route) => {
      routes.push(route);
      library.setRoute(route);
    },
    buildDemo: async () => ({ ...testMap(4, 'Demo patient (low back pain)'), id: 'm-demo' }),
    exportRecords: () => {},
    now: () => opts.now ?? NOW,
  });
  await library.start({ name: 'library' }, true);
  return { library, persistence, routes, dbName, state: () => library.store.getState() };
}

const labels = (maps: readonly ListedMap[]) => maps.map((m) => m.summary?.label);

describe('library store', () => {
  it('on a first visit stores the demo map, marked as a demo, and opens it', async () => {
    const { state, routes } = await startedLibrary();
    expect(state().status).toBe('ready');
    expect(state().maps.map((m) => [m.summary?.label, m.summary?.demo])).toEqual([['Demo patient (low back pain)', true]]);
    expect(routes).toEqual([{ name: 'map', mapId: 'm-demo' }]);
  });

  it('starts a new map under a label, and refuses an empty label with a message', async () => {
    const { library, state, persistence } = await startedLibrary();
    expect(await library.newMap('   ')).toBeNull();
    expect(state().notice?.message).toMatch(/Give the map a patient label/);
    const id = await library.newMap('  Patient 0142 ');
    expect(id).not.toBeNull();
    expect(state().route).toEqual({ name: 'map', mapId: id });
    expect(labels(state().maps)).toContain('Patient 0142');
    expect(await persistence.loadMap(id!)).toMatchObject({ status: 'loaded', doc: { label: 'Patient 0142', points: {} } });
  });

  it('renames a map as a step of its own undo history', async () => {
    const { library, state, persistence } = await startedLibrary();
    expect(await library.rename('m-demo', 'Patient A')).toBe(true);
    expect(labels(state().maps)).toEqual(['Patient A']);
    const loaded = await persistence.loadMap('m-demo');
    if (loaded.status !== 'loaded') throw new Error('not loaded');
    expect(loaded.doc.label).toBe('Patient A');
    expect(loaded.history.entries.map((e) => e.label)).toEqual(['Rename map']);
  });

  it('duplicates a map with a new id and label, leaving the original as it was', async () => {
    const { library, state, persistence } = await startedLibrary();
    const copyId = await library.duplicate('m-demo');
    expect(copyId).not.toBe('m-demo');
    expect(labels(state().maps).sort()).toEqual(['Demo patient (low back pain)', 'Demo patient (low back pain) (copy)']);
    const [original, copy] = await Promise.all([persistence.loadMap('m-demo'), persistence.loadMap(copyId!)]);
    if (original.status !== 'loaded' || copy.status !== 'loaded') throw new Error('not loaded');
    expect(copy.doc.points).toEqual(original.doc.points);
    expect(state().maps.find((m) => m.id === copyId)?.summary?.demo).toBe(false);
  });

  it('deletes into Recently deleted, restores with Undo, and purges after the retention period', async () => {
    const { library, state, dbName } = await startedLibrary();
    expect(await library.deleteMap('m-demo')).toBe(true);
    expect(state().maps[0]?.summary?.deletedAt).toBe(NOW.toISOString());
    expect(state().notice).toMatchObject({ undoDeleteOf: 'm-demo', message: expect.stringMatching(/kept in Recently deleted for 7 days/) });
    expect(await library.openForEditor('m-demo')).toEqual({ status: 'refused' });
    expect(state().notice?.message).toMatch(/was deleted\. Restore it/);

    expect(await library.restoreMap('m-demo')).toBe(true);
    expect(state().maps[0]?.summary?.deletedAt).toBeNull();
    await library.deleteMap('m-demo');

    // A visit six days later still has it; eight days later it is gone for good.
    const sixDays = await startedLibrary({ dbName, now: new Date(NOW.getTime() + 6 * 86_400_000) });
    expect(sixDays.state().maps).toHaveLength(1);
    const eightDays = await startedLibrary({ dbName, now: new Date(NOW.getTime() + 8 * 86_400_000) });
    expect(eightDays.state().maps).toHaveLength(0);
    expect(await eightDays.persistence.loadMap('m-demo')).toEqual({ status: 'missing' });
  });

  it('imports a file as a new map beside the others, with a new id when its id is taken', async () => {
    const { library, state, persistence } = await startedLibrary();
    const demo = await persistence.loadMap('m-demo');
    if (demo.status !== 'loaded') throw new Error('not loaded');
    const file = exportMap({ ...demo.doc, label: 'Imported patient' });

    const id = await library.importFile(file, 'patient.fascia-map.json');
    expect(id).not.toBe('m-demo');
    expect(state().route).toEqual({ name: 'map', mapId: id });
    expect(state().notice?.message).toMatch(/Imported “Imported patient” from patient\.fascia-map\.json as a new map\. Your other maps are unchanged\./);
    expect(labels(state().maps).sort()).toEqual(['Demo patient (low back pain)', 'Imported patient']);
    expect(await persistence.loadMap('m-demo')).toEqual(demo);

    const unused = exportMap({ ...demo.doc, id: 'm-fresh', label: 'Fresh id' });
    expect(await library.importFile(unused, 'fresh.json')).toBe('m-fresh');
  });

  it('refuses a broken file with its reason and changes nothing', async () => {
    const { library, state } = await startedLibrary();
    const before = state().maps;
    expect(await library.importFile('{"format": "fascia-map", "schemaVersion": 2, "map": {"id": 3}}', 'bad.json')).toBeNull();
    expect(state().notice).toMatchObject({ kind: 'error', message: expect.stringMatching(/^bad\.json could not be imported: .+ Nothing was changed\.$/) });
    expect(state().maps).toEqual(before);
  });

  it('refuses a new map or an import when the library holds the most maps it may', async () => {
    const { library, state } = await startedLibrary();
    const full = Array.from({ length: MAX_MAPS }, (_, i): ListedMap => ({ id: `m${i}`, summary: null, damage: 'x' }));
    library.store.setState({ maps: full });
    expect(await library.newMap('One too many')).toBeNull();
    expect(state().notice?.message).toMatch(new RegExp(`The library is full: it holds ${MAX_MAPS} maps`));
    expect(await library.importFile(exportMap(testMap(1)), 'more.json')).toBeNull();
  });

  it('sends a map that cannot be opened back to the library, noting what is wrong on its summary', async () => {
    const { library, state, dbName } = await startedLibrary();
    // Back in the library first: the demo map it was going to would open from memory, as just stored.
    library.setRoute({ name: 'library' });
    await set(baseKey('m-demo'), { broken: true }, createStore(dbName, STORE_NAME));
    expect(await library.openForEditor('m-demo')).toEqual({ status: 'refused' });
    expect(state().route).toEqual({ name: 'library' });
    expect(state().notice).toMatchObject({ kind: 'error', message: expect.stringMatching(/could not be opened: The saved map is damaged/) });
    expect(state().maps[0]?.summary?.problem).toMatch(/starting snapshot is not valid/);
    expect(await library.exportStored('m-demo')).toMatchObject({ base: { broken: true } });
  });
});

describe('opening a map just stored', () => {
  it('opens the map it has just checked and stored without reading it back, once', async () => {
    const { library, dbName } = await startedLibrary();
    // Storage changed behind the app's back: the first open is the map as this tab stored it.
    await set(baseKey('m-demo'), { broken: true }, createStore(dbName, STORE_NAME));
    const first = await library.openForEditor('m-demo');
    expect(first).toMatchObject({ status: 'loaded', doc: { id: 'm-demo' } });
    // Any later open reads storage again (and here finds it damaged).
    expect(await library.openForEditor('m-demo')).toEqual({ status: 'refused' });
  });
});

describe('importing file bytes', () => {
  it('refuses a file that is not valid UTF-8, naming it, and changes nothing', async () => {
    const { library, state } = await startedLibrary();
    const before = state().maps;
    const bytes = new Uint8Array([...new TextEncoder().encode('{"format": "fascia-map", "label": "'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    expect(await library.importFile(bytes, 'latin1.json')).toBeNull();
    expect(state().notice?.message).toMatch(/^latin1\.json could not be imported: This file is not valid UTF-8 text/);
    expect(state().maps).toEqual(before);
  });
});
