// Frame time in Chromium: the same orbit of the camera drawn on the empty map and on the 5,000-point map,
// frame by frame in turn (each map in its own profile), each frame rendered by the editor's own render loop
// and waited for (window.__fasciaMap.measureFrames).

import type { Page } from 'playwright-core';
import { MAP_IDS, recordsOf } from './library-fixture';
import { loadApp, settle, type BrowserBench } from './session';
import type { StoredRecord } from '../seed';

export interface FrameResult {
  /** Milliseconds per frame, frame i of the orbit on each map: the same camera for the same i. */
  readonly emptyMs: number[];
  readonly bigMs: number[];
}

async function frame(page: Page, turn: number): Promise<number> {
  const times = await page.evaluate((at) => window.__fasciaMap?.measureFrames(1, at) ?? null, turn);
  const ms = times?.[0];
  if (ms === undefined) throw new Error('bench: the editor has no frame probe (window.__fasciaMap.measureFrames)');
  await settle(page);
  return ms;
}

async function openMap(bench: BrowserBench, records: readonly StoredRecord[], mapId: string): Promise<Page> {
  const page = await (await bench.newContext(recordsOf(records, [mapId]))).newPage();
  await page.mouse.move(1, 1);
  await loadApp(page, bench.app.origin, `#/map/${mapId}`);
  await frame(page, 0);
  return page;
}

export async function benchFrames(bench: BrowserBench, records: readonly StoredRecord[], count: number): Promise<FrameResult> {
  const empty = await openMap(bench, records, MAP_IDS.empty);
  const big = await openMap(bench, records, MAP_IDS.big);
  const result: FrameResult = { emptyMs: [], bigMs: [] };
  for (let i = 0; i < count; i++) {
    result.emptyMs.push(await frame(empty, i / count));
    result.bigMs.push(await frame(big, i / count));
  }
  await empty.context().close();
  await big.context().close();
  return result;
}
