// Importing a map file in Chromium from the library: a 100-point file against a 5,000-point file, timed in the
// page from the file input's change event until the imported map is stored, open and drawn (import writes the
// whole map before it opens, so "Saved" is shown by then; the benchmark checks that it is).

import type { Page } from 'playwright-core';
import { EditorPage } from '../../e2e/harness/editor-page';
import { LibraryPage } from '../../e2e/harness/library-page';
import { MAP_IDS, recordsOf } from './library-fixture';
import { loadApp, settle, waitForProbe, type BrowserBench } from './session';
import type { StoredRecord } from '../seed';

export interface ImportResult {
  readonly smallMs: number[];
  readonly bigMs: number[];
}

async function importTime(page: Page, origin: string, text: string, points: number): Promise<number> {
  // Back to the library as the therapist goes: the "Maps" button of the editor (after the first import).
  if ((await page.evaluate(() => window.__fasciaMap?.screen())) !== 'library') await new LibraryPage(new EditorPage(page, origin)).showFromEditor();
  await settle(page);
  await page.evaluate(() => {
    window.__bench?.arm();
    window.__bench?.watchReady('library');
  });
  await new EditorPage(page, origin).importFile(text, `bench-${points}.fascia-map.json`);
  const ready = await waitForProbe(page, () => window.__bench?.readyAt() ?? null, `the imported ${points}-point map to open`);
  const { input, status, count } = await page.evaluate(() => ({
    input: window.__bench?.inputAt() ?? null,
    status: document.querySelector('p.save-status')?.textContent ?? null,
    count: Object.keys((window.__fasciaMap?.document() as { points: object } | null)?.points ?? {}).length,
  }));
  if (input === null) throw new Error('bench: no change event was seen on the file input');
  if (count !== points) throw new Error(`bench: the imported map has ${count} points, not ${points}`);
  if (status !== 'Saved') throw new Error(`bench: after the import the save indicator says ${status}`);
  return ready - input;
}

export async function benchImports(
  bench: BrowserBench,
  records: readonly StoredRecord[],
  files: { small: { text: string; points: number }; big: { text: string; points: number } },
  runs: number,
): Promise<ImportResult> {
  const context = await bench.newContext(recordsOf(records, [MAP_IDS.demo]));
  const page = await context.newPage();
  await loadApp(page, bench.app.origin, '#/');
  const result: ImportResult = { smallMs: [], bigMs: [] };
  // One import warms the code paths up and is not counted; then the two take turns.
  await importTime(page, bench.app.origin, files.small.text, files.small.points);
  for (let run = 0; run < runs; run++) {
    const small = await importTime(page, bench.app.origin, files.small.text, files.small.points);
    const big = await importTime(page, bench.app.origin, files.big.text, files.big.points);
    result.smallMs.push(small);
    result.bigMs.push(big);
  }
  await context.close();
  return result;
}
