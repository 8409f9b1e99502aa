// The stored library the browser benchmark opens, edits and measures frames on: every map the app's own
// persistence wrote in Node (see ../seed.ts), put into each fresh profile before the app starts.

import { demoMap, spreadMap } from '../maps';
import { libraryRecords, storedEntryCount, type StoredRecord } from '../seed';

export const BIG = 5_000;
export const SMALL = 100;
/** Stored steps on the big map with history: the 500 the editor keeps and 100 dropped ones not yet folded. */
export const STORED_STEPS = 600;

export const MAP_IDS = {
  demo: 'bench-demo',
  bigWithHistory: 'bench-5000-history',
  big: 'bench-5000',
  empty: 'bench-empty',
  small: 'bench-100',
  /** One point short of the limit, so that placing one more (the edit measured) is allowed. */
  bigEditable: 'bench-4999',
} as const;

export interface BenchLibrary {
  readonly records: readonly StoredRecord[];
  /** The big map with history, as its records were written: how many steps are stored. */
  readonly storedSteps: number;
}

export async function benchLibrary(): Promise<BenchLibrary> {
  const records = await libraryRecords([
    { doc: await demoMap(MAP_IDS.demo), steps: 0, demo: true },
    { doc: await spreadMap(BIG, MAP_IDS.bigWithHistory, 'Bench 5,000 points, 600 steps'), steps: STORED_STEPS },
    { doc: await spreadMap(BIG, MAP_IDS.big, 'Bench 5,000 points'), steps: 0 },
    { doc: await spreadMap(0, MAP_IDS.empty, 'Bench empty'), steps: 0 },
    { doc: await spreadMap(SMALL, MAP_IDS.small, 'Bench 100 points'), steps: 0 },
    { doc: await spreadMap(BIG - 1, MAP_IDS.bigEditable, 'Bench 4,999 points'), steps: 0 },
  ]);
  const storedSteps = storedEntryCount(records, MAP_IDS.bigWithHistory);
  if (storedSteps !== STORED_STEPS) throw new Error(`bench: the map with history stores ${storedSteps} steps, not ${STORED_STEPS}`);
  return { records, storedSteps };
}

/** Only the records of these maps (and the layout marker): a smaller profile to fill for each page. */
export function recordsOf(records: readonly StoredRecord[], mapIds: readonly string[]): StoredRecord[] {
  return records.filter(([key]) => !Array.isArray(key) || (typeof key[1] === 'string' && mapIds.includes(key[1])));
}
