// The library's cost as it grows: opening one map and listing the library with 1 and with 200 maps stored
// (each map 50 points and 20 undo steps), on fake-indexeddb in Node. Opening must not read the other maps,
// so its time should not grow with the library; listing reads only the summaries. Reported, with no budget.

import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { createPersistence } from '../../src/persistence';
import { applyEdit, emptyHistory, record } from '../../src/history/history';
import { setPain } from '../../src/model/reading-operations';
import type { MapDocument } from '../../src/model/types';
import type { HistoryState } from '../../src/history/types';
import { FIRST_SESSION, testMap } from '../fixtures/maps';

const POINTS = 50;
const STEPS = 20;
const RUNS = 7;

/** A map with POINTS points and STEPS recorded pain edits. */
function mapWithHistory(mapId: string, label: string): { doc: MapDocument; history: HistoryState } {
  let doc: MapDocument = { ...testMap(POINTS, label), id: mapId };
  let history = emptyHistory();
  for (let i = 0; i < STEPS; i++) {
    const id = `p${i % POINTS}`;
    const pain = ((doc.points[id]?.readings[FIRST_SESSION]?.pain ?? 0) + 1) % 11;
    const applied = applyEdit(doc, setPain(id, FIRST_SESSION, pain), { id: `e${i}`, at: new Date(Date.UTC(2026, 11, 1, 9, i)).toISOString() });
    if (!applied) continue;
    doc = applied.doc;
    history = record(history, applied.entry).history;
  }
  return { doc, history };
}

async function libraryOf(count: number): Promise<string> {
  const dbName = `bench-library-${count}-${Date.now()}`;
  const persistence = createPersistence({ dbName });
  await persistence.openLibrary();
  for (let i = 0; i < count; i++) {
    const { doc, history } = mapWithHistory(`m${i}`, `Patient ${String(i).padStart(3, '0')}`);
    await persistence.createMap(doc, history, { demo: false, deletedAt: null });
  }
  return dbName;
}

export interface LibraryResult {
  readonly maps: number;
  /** ms to open one map, one sample per run. */
  readonly openMs: number[];
  readonly listMs: number[];
}

async function times(task: () => Promise<unknown>, runs: number): Promise<number[]> {
  const samples: number[] = [];
  await task();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function benchLibrary(runs = RUNS): Promise<LibraryResult[]> {
  const rows: LibraryResult[] = [];
  for (const count of [1, 200]) {
    const dbName = await libraryOf(count);
    const target = `m${count - 1}`;
    const openMs = await times(async () => {
      const loaded = await createPersistence({ dbName }).loadMap(target);
      if (loaded.status !== 'loaded') throw new Error(`bench: ${target} did not open`);
    }, runs);
    const listMs = await times(async () => {
      const maps = await createPersistence({ dbName }).listMaps();
      if (maps.length !== count) throw new Error('bench: the library lists the wrong number of maps');
    }, runs);
    rows.push({ maps: count, openMs, listMs });
  }
  return rows;
}
