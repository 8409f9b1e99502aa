// Opening a stored map in Chromium, from navigation start until the map is loaded and its first frame drawn
// (__fasciaMap.ready): the demo map, the 5,000-point map with 600 stored steps, and the same map without history.

import type { Page } from 'playwright-core';
import { MAP_IDS, recordsOf } from './library-fixture';
import { loadApp, readyAt, type BrowserBench } from './session';
import type { StoredRecord } from '../seed';

export interface OpenResult {
  readonly demoMs: number[];
  readonly bigWithHistoryMs: number[];
  readonly bigMs: number[];
}

async function openTime(page: Page, origin: string, mapId: string): Promise<number> {
  await loadApp(page, origin, `#/map/${mapId}`);
  const screen = await page.evaluate(() => window.__fasciaMap?.screen());
  if (screen !== `map:${mapId}`) throw new Error(`bench: opening ${mapId} showed ${screen}`);
  return readyAt(page);
}

export async function benchOpens(bench: BrowserBench, records: readonly StoredRecord[], runs: number): Promise<OpenResult> {
  const context = await bench.newContext(recordsOf(records, [MAP_IDS.demo, MAP_IDS.bigWithHistory, MAP_IDS.big]));
  const page = await context.newPage();
  const result = { demoMs: [] as number[], bigWithHistoryMs: [] as number[], bigMs: [] as number[] };
  // One opening warms Chromium and the database files up and is not counted; then the three take turns.
  await openTime(page, bench.app.origin, MAP_IDS.demo);
  for (let run = 0; run < runs; run++) {
    const demo = await openTime(page, bench.app.origin, MAP_IDS.demo);
    const bigWithHistory = await openTime(page, bench.app.origin, MAP_IDS.bigWithHistory);
    const big = await openTime(page, bench.app.origin, MAP_IDS.big);
    result.demoMs.push(demo);
    result.bigWithHistoryMs.push(bigWithHistory);
    result.bigMs.push(big);
  }
  await context.close();
  return result;
}
