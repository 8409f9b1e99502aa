// Maps saved by older versions of the app open in the current one with their undo history: version 1 (one
// "muscle" layer) and version 2 (pain on the point, no sessions). Every step is replayed in the old schema and
// re-expressed between the migrated documents.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore, get, setMany } from 'idb-keyval';
import { enablePatches, produceWithPatches } from 'immer';
import { createPersistence } from '../../../src/persistence';
import { undo, redo } from '../../../src/history/history';
import { createMapLocks } from '../../../src/persistence/map-lock';
import { openMapSession } from '../../../src/store/map-session';
import { setPain } from '../../../src/model/reading-operations';
import { startNextSession } from '../../../src/model/session-operations';
import { readingIn } from '../../../src/model/sessions';
import { baseKey, entryKey, headKey, LEGACY_LAST_MAP_KEY, STORE_NAME } from '../../../src/persistence/layout';
import { SCHEMA_VERSION } from '../../../src/io/format';
import type { MapDocument } from '../../../src/model/types';
import { freshDbName, snapshot } from './helpers';
import { painOf } from '../support/readings';

enablePatches();

/** Pain of a point in the first session, where a migrated map keeps what older versions stored on the point. */
const painIn = (doc: MapDocument, id: string) => painOf(doc, id, 'session-1');

type V1Map = { id: string; label: string; points: Record<string, { painNrs: number | null; anchor: { layer: string }; region: string; notes: string }> };

/** The app's real v1 export, and two v1 steps made on it the way v1's commit() did. */
function v1Storage() {
  const file = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/maps/v1-torso-2026.1-demo.json'), 'utf8')) as { map: V1Map };
  const base = file.map;
  const [afterPain, pain, painBack] = produceWithPatches(base, (draft) => {
    draft.points['demo-1']!.painNrs = 9;
  });
  const [, notes, notesBack] = produceWithPatches(afterPain, (draft) => {
    draft.points['demo-4']!.notes = 'Worse on the phone';
  });
  const entries = [
    { id: 'e1', label: 'Set pain to 9', at: '2026-11-01T10:00:00.000Z', patches: pain, inversePatches: painBack },
    { id: 'e2', label: 'Edit notes', at: '2026-11-01T10:01:00.000Z', patches: notes, inversePatches: notesBack },
  ];
  return { base, entries };
}

describe('a map saved by format version 1', () => {
  it('opens with its points on their new layers and its history still undoable', async () => {
    const dbName = freshDbName();
    const raw = createStore(dbName, STORE_NAME);
    const { base, entries } = v1Storage();
    await setMany(
      [
        [LEGACY_LAST_MAP_KEY, base.id],
        [headKey(base.id), { schemaVersion: 1, mapId: base.id, baseSeq: 0, firstSeq: 0, cursor: 2, count: 2 }],
        [baseKey(base.id), base],
        [entryKey(base.id, 0), entries[0]],
        [entryKey(base.id, 1), entries[1]],
      ],
      raw,
    );

    const loaded = await createPersistence({ dbName }).loadMap(base.id);
    if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded));
    expect(loaded.migratedFrom).toBe(1);
    const { doc, history } = loaded;
    expect(doc.points['demo-1']).toMatchObject({ region: 'quadratus-lumborum.left', anchor: { layer: 'deepMuscle' } });
    expect(painIn(doc, 'demo-1')).toBe(9);
    expect(doc.points['demo-2']?.anchor.layer).toBe('intermediateMuscle');
    expect(doc.points['demo-4']).toMatchObject({ notes: 'Worse on the phone', anchor: { layer: 'superficialMuscle' } });
    expect(history.entries.map((e) => e.label)).toEqual(['Set pain to 9', 'Edit notes']);

    const once = undo(doc, history)!;
    const twice = undo(once.doc, once.history)!;
    expect(painIn(twice.doc, 'demo-1')).toBe(7);
    expect(twice.doc.points['demo-1']?.anchor.layer).toBe('deepMuscle');
    expect(painIn(redo(twice.doc, twice.history)!.doc, 'demo-1')).toBe(9);

    // Loading never writes: the stored map stays in version 1 until the app saves it whole.
    expect(await get(headKey(base.id), raw)).toMatchObject({ schemaVersion: 1 });
    const persistence = createPersistence({ dbName });
    await persistence.loadMap(base.id);
    persistence.save(doc, history, { kind: 'all' });
    await persistence.flush();
    expect(await get(headKey(base.id), raw)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    const reloaded = await createPersistence({ dbName }).loadMap(base.id);
    expect(reloaded).toMatchObject({ status: 'loaded', history: { cursor: 2 } });
    expect(reloaded.status === 'loaded' && reloaded.migratedFrom).toBeFalsy();
  });
});

/**
 * The app's own records of a map at format version 2, from before the library (storage layout 1): the demo
 * map after placing a point on the skin and setting its pain to 6, dumped from Chromium.
 */
const LAYOUT1 = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/storage/layout1-single-map.json'), 'utf8')) as {
  history: { entries: { id: string; label: string }[]; cursor: number };
  records: [IDBValidKey, unknown][];
};
const V2_MAP_ID = 'mzShWvRCwlwCU8Ga_';
/** The point placed in the recorded history. */
const PLACED = 'pHxI3HADM5JHxZjMA';

async function storedV2Map() {
  const dbName = freshDbName();
  const raw = createStore(dbName, STORE_NAME);
  await setMany(LAYOUT1.records, raw);
  // The library carries the single-map layout over first, as the app does when it starts.
  const opened = await createPersistence({ dbName }).openLibrary();
  expect(opened).toMatchObject({ status: 'ready', carriedOver: 1 });
  const base = LAYOUT1.records.find(([key]) => Array.isArray(key) && key[2] === 'base')![1] as { createdAt: string; points: Record<string, { painNrs: number | null }> };
  return { dbName, raw, base };
}

describe('a map saved by format version 2, before sessions', () => {
  it('is the version 2 map the fixture says it is', async () => {
    const { raw } = await storedV2Map();
    expect(await get(headKey(V2_MAP_ID), raw)).toMatchObject({ schemaVersion: 2, cursor: 2, count: 2 });
  });

  it('opens with its undo history, its pains as readings in session 1', async () => {
    const { dbName, base } = await storedV2Map();
    const loaded = await createPersistence({ dbName }).loadMap(V2_MAP_ID);
    if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded));
    expect(loaded.migratedFrom).toBe(2);
    const { doc, history } = loaded;
    expect(history.entries.map((e) => [e.id, e.label])).toEqual(LAYOUT1.history.entries.map((e) => [e.id, e.label]));
    expect(history.cursor).toBe(LAYOUT1.history.cursor);
    expect(doc.sessions).toEqual({ 'session-1': { id: 'session-1', number: 1, date: base.createdAt.slice(0, 10), note: '' } });
    expect(doc.points[PLACED]?.readings).toEqual({ 'session-1': { pain: 6, ppt: null, status: 'present', techniques: [] } });
    for (const [id, old] of Object.entries(base.points)) expect(painIn(doc, id), id).toBe(old.painNrs);
  });

  it('undoes and redoes the steps made before the update', async () => {
    const { dbName, base } = await storedV2Map();
    const loaded = await createPersistence({ dbName }).loadMap(V2_MAP_ID);
    if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded));
    const once = undo(loaded.doc, loaded.history)!;
    // "Set pain to 6" undone: the point is still present in session 1, its pain not asked.
    expect(once.doc.points[PLACED]?.readings['session-1']).toEqual({ pain: null, ppt: null, status: 'present', techniques: [] });
    const twice = undo(once.doc, once.history)!;
    expect(twice.doc.points[PLACED]).toBeUndefined();
    expect(Object.keys(twice.doc.points).sort()).toEqual(Object.keys(base.points).sort());
    expect(undo(twice.doc, twice.history)).toBeNull();
    const forward = redo(twice.doc, twice.history)!;
    expect(forward.doc).toEqual(once.doc);
    expect(redo(forward.doc, forward.history)!.doc).toEqual(loaded.doc);
  });

  it('is stored again whole when opened, then takes new sessions and readings with undo intact', async () => {
    const { dbName, raw } = await storedV2Map();
    const persistence = createPersistence({ dbName });
    const loaded = await persistence.loadMap(V2_MAP_ID);
    if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded));
    const session = await openMapSession({ persistence, locks: createMapLocks(undefined), exportRecords: () => {}, keepUnsaved: () => {} }, loaded);
    await persistence.flush();
    expect(await get(headKey(V2_MAP_ID), raw)).toMatchObject({ schemaVersion: SCHEMA_VERSION, cursor: 2 });

    const { editor } = session;
    expect(editor.commit(startNextSession('2026-12-10'))).toBe(true);
    expect(editor.commit(setPain(PLACED, 'session-2', 3))).toBe(true);
    await persistence.flush();
    session.close();

    const reloaded = await createPersistence({ dbName }).loadMap(V2_MAP_ID);
    if (reloaded.status !== 'loaded') throw new Error(JSON.stringify(reloaded));
    expect(reloaded.migratedFrom).toBeUndefined();
    expect(reloaded.history.entries.map((e) => e.label)).toEqual([...LAYOUT1.history.entries.map((e) => e.label), 'Start session on 10 Dec 2026', 'Set pain to 3']);
    expect(readingIn(reloaded.doc.points[PLACED]!, 'session-2').pain).toBe(3);
    expect(painIn(reloaded.doc, PLACED)).toBe(6);
    let state = { doc: reloaded.doc, history: reloaded.history };
    for (let i = 0; i < 4; i++) state = undo(state.doc, state.history)!;
    expect(state.doc.points[PLACED]).toBeUndefined();
    expect(state.doc.sessions).toEqual(loaded.doc.sessions);
  });

  it('loading alone never writes: the stored map stays as it was', async () => {
    const { dbName } = await storedV2Map();
    const before = await snapshot(dbName);
    await createPersistence({ dbName }).loadMap(V2_MAP_ID);
    expect(await snapshot(dbName)).toEqual(before);
  });

  // The notice after opening an updated map describes the version 1 -> 2 change whatever version the map came from.
  it('tells the therapist what changed for a map from before sessions', async () => {
    const { dbName } = await storedV2Map();
    const persistence = createPersistence({ dbName });
    const loaded = await persistence.loadMap(V2_MAP_ID);
    if (loaded.status !== 'loaded') throw new Error(JSON.stringify(loaded));
    const session = await openMapSession({ persistence, locks: createMapLocks(undefined), exportRecords: () => {}, keepUnsaved: () => {} }, loaded);
    await persistence.flush();
    const notice = session.editor.store.getState().notice?.message ?? '';
    session.close();
    expect(notice).toMatch(/session/i);
    expect(notice).not.toMatch(/muscle layer/);
  });
});
