// One edit and its undo in Chromium, as the therapist makes them: a click on the body places a point, a click
// on Undo takes it back. Timed in the page from the pointerdown to the save indicator's "Saved" for that
// change (after "Saving…"), with the bytes written to IndexedDB, at 100 points and at 5,000, the two maps in
// turn, each in its own profile.

import type { Page } from 'playwright-core';
import { EditorPage } from '../../e2e/harness/editor-page';
import { PLACE_SPOT } from '../maps';
import { MAP_IDS, recordsOf } from './library-fixture';
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

/** A map's editor in its own profile, with the spot where a click places a point. */
async function openEditor(bench: BrowserBench, records: readonly StoredRecord[], mapId: string) {
  const page = await (await bench.newContext(recordsOf(records, [mapId]))).newPage();
  const editor = new EditorPage(page, bench.app.origin);
  await loadApp(page, bench.app.origin, `#/map/${mapId}`);
  return { page, editor, mapId, spot: await editor.screenPointFor(PLACE_SPOT) };
}

/** Places a point and undoes it; returns both timings. */
async function cycle({ page, editor, mapId, spot }: Awaited<ReturnType<typeof openEditor>>) {
  const edit = await untilSaved(page, () => page.mouse.click(spot.x, spot.y), 'placing a point');
  const placed = await historyTop(page);
  if (!placed.label?.startsWith('Place point')) throw new Error(`bench: the click did not place a point on ${mapId} (last step: ${placed.label})`);
  const undo = await untilSaved(page, () => editor.undo(), 'Undo');
  const left = await historyTop(page);
  if (left.cursor !== placed.cursor - 1) throw new Error(`bench: Undo did not take the point back on ${mapId}`);
  // The frame that shows the undo is drawn before the other map's turn, so it does not slow that one down.
  await settle(page);
  return { edit, undo };
}

function push(into: EditSamples, { edit, undo }: Awaited<ReturnType<typeof cycle>>): void {
  into.editMs.push(edit.ms);
  into.editBytes.push(edit.bytes);
  into.undoMs.push(undo.ms);
  into.undoBytes.push(undo.bytes);
}

/** The 100-point and the 5,000-point map, each in its own profile, edited in turn: cycle i of each is a pair. */
export async function benchEdits(bench: BrowserBench, records: readonly StoredRecord[], count: number): Promise<EditResult> {
  const small = await openEditor(bench, records, MAP_IDS.small);
  const big = await openEditor(bench, records, MAP_IDS.bigEditable);
  const result: EditResult = {
    small: { editMs: [], editBytes: [], undoMs: [], undoBytes: [] },
    big: { editMs: [], editBytes: [], undoMs: [], undoBytes: [] },
  };
  // The first cycle of each warms the code paths up and is not counted.
  await cycle(small);
  await cycle(big);
  for (let i = 0; i < count; i++) {
    push(result.small, await cycle(small));
    push(result.big, await cycle(big));
  }
  await small.page.context().close();
  await big.page.context().close();
  return result;
}
