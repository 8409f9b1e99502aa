// Frame time in Chromium: the same orbit of the camera drawn on the empty map and on the 5,000-point map,
// each frame rendered by the editor's own render loop and waited for (window.__fasciaMap.measureFrames).

import type { Page } from 'playwright-core';
import { MAP_IDS } from './library-fixture';
import { loadApp, type BrowserBench } from './session';
import type { StoredRecord } from '../seed';

export interface FrameResult {
  /** Milliseconds per frame, frame i of the orbit on each map: the same camera for the same i. */
  readonly emptyMs: number[];
  readonly bigMs: number[];
}

async function frames(page: Page, count: number): Promise<number[]> {
  const times = await page.evaluate((n) => window.__fasciaMap?.measureFrames(n) ?? null, count);
  if (!times || times.length !== count) throw new Error('bench: the editor has no frame probe (window.__fasciaMap.measureFrames)');
  return times;
}

export async function benchFrames(bench: BrowserBench, records: readonly StoredRecord[], count: number): Promise<FrameResult> {
  const context = await bench.newContext(records);
  const page = await context.newPage();
  await page.mouse.move(1, 1);
  await loadApp(page, bench.app.origin, `#/map/${MAP_IDS.empty}`);
  await frames(page, 1);
  const emptyMs = await frames(page, count);
  await loadApp(page, bench.app.origin, `#/map/${MAP_IDS.big}`);
  await frames(page, 1);
  const bigMs = await frames(page, count);
  await context.close();
  return { emptyMs, bigMs };
}
