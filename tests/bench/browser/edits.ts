// One edit and its undo in Chromium, as the therapist makes them: a click on the body places a point, a click
// on Undo takes it back. Timed in the page from the pointerdown to the save indicator's "Saved" for that
// change (after "Saving…"), with the bytes written to IndexedDB, at 100 points and at 5,000.

import type { Page } from 'playwright-core';
import { EditorPage } from '../../e2e/harness/editor-page';
import { PLACE_SPOT } from '../maps';
import { MAP_IDS } from './library-fixture';
import { arm, loadApp, settle, waitForProbe, type BrowserBench } from './session';
import type { StoredRecord } from '../seed';

export interface EditSamples {
  readonly editMs: number[];
  readonly editBytes: number[];
  readonly undoMs: number[];
  readonly undoBytes: number[];
}

export interface EditResult {
  readonly small: EditSamples;
  readonly big: EditSamples;
}

/** Time from the input to "Saved", and the bytes written meanwhile. */
async function untilSaved(page: Page, act: () => Promise<void>, what: string): Promise<{ ms: number; bytes: number }> {
  await settle(page);
  await arm(page);
  await act();
  const saved = await waitForProbe(page, () => window.__bench?.savedAt() ?? null, `"Saved" after ${what}`);
  const { input, bytes } = await page.evaluate(() => ({ input: window.__bench?.inputAt() ?? null, bytes: window.__bench?.written().bytes ?? 0 }));
  if (input === null) throw new Error(`bench: no input event was seen for ${what}`);
  return { ms: saved - input, bytes };
}

/** The open map's history: how many steps are applied, and the label of the last one. */
function historyTop(page: Page): Promise<{ cursor: number; label: string | null }> {
  return page.evaluate(() => {
    const history = window.__fasciaMap?.history() ?? { entries: [], cursor: 0 };
    return { cursor: history.cursor, label: history.entries[history.cursor - 1]?.label ?? null };
  });
}

async function cycles(page: Page, origin: string, mapId: string, count: number): Promise<EditSamples> {
  const editor = new EditorPage(page, origin);
  await loadApp(page, origin, `#/map/${mapId}`);
  const spot = await editor.screenPointFor(PLACE_SPOT);
  const result: EditSamples = { editMs: [], editBytes: [], undoMs: [], undoBytes: [] };
  // The first cycle warms the code paths up and is not counted.
  for (let i = 0; i < count + 1; i++) {
    const edit = await untilSaved(page, () => page.mouse.click(spot.x, spot.y), 'placing a point');
    const placed = await historyTop(page);
    if (!placed.label?.startsWith('Place point')) throw new Error(`bench: the click did not place a point on ${mapId} (last step: ${placed.label})`);
    const undo = await untilSaved(page, () => editor.undo(), 'Undo');
    const left = await historyTop(page);
    if (left.cursor !== placed.cursor - 1) throw new Error(`bench: Undo did not take the point back on ${mapId}`);
    if (i === 0) continue;
    result.editMs.push(edit.ms);
    result.editBytes.push(edit.bytes);
    result.undoMs.push(undo.ms);
    result.undoBytes.push(undo.bytes);
  }
  return result;
}

export async function benchEdits(bench: BrowserBench, records: readonly StoredRecord[], count: number): Promise<EditResult> {
  const context = await bench.newContext(records);
  const page = await context.newPage();
  const small = await cycles(page, bench.app.origin, MAP_IDS.small, count);
  const big = await cycles(page, bench.app.origin, MAP_IDS.bigEditable, count);
  await context.close();
  return { small, big };
}
