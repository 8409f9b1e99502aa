// A map saved by version 1 of the app (one "muscle" layer) opens in version 2 with its undo history:
// every step is replayed in the old schema and re-expressed between the migrated documents.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore, get, setMany } from 'idb-keyval';
import { enablePatches, produceWithPatches } from 'immer';
import { createPersistence } from '../../../src/persistence';
import { undo, redo } from '../../../src/history/history';
import { baseKey, entryKey, headKey, LEGACY_LAST_MAP_KEY, STORE_NAME } from '../../../src/persistence/layout';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { freshDbName } from './helpers';

enablePatches();

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
    expect(doc.points['demo-1']).toMatchObject({ painNrs: 9, region: 'quadratus-lumborum.left', anchor: { layer: 'deepMuscle' } });
    expect(doc.points['demo-2']?.anchor.layer).toBe('intermediateMuscle');
    expect(doc.points['demo-4']).toMatchObject({ notes: 'Worse on the phone', anchor: { layer: 'superficialMuscle' } });
    expect(history.entries.map((e) => e.label)).toEqual(['Set pain to 9', 'Edit notes']);

    const once = undo(doc, history)!;
    const twice = undo(once.doc, once.history)!;
    expect(twice.doc.points['demo-1']?.painNrs).toBe(7);
    expect(twice.doc.points['demo-1']?.anchor.layer).toBe('deepMuscle');
    expect(redo(twice.doc, twice.history)?.doc.points['demo-1']?.painNrs).toBe(9);

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
