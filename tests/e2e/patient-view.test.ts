// Issue 9, patient view: entered from the toolbar, stepped through with keys, buttons and a swipe, "Step N of
// M" announced; labels name the patient's points by region and never overlap; no notes shown; Escape or
// "Back to editor" finds the editor exactly as it was (camera, layers, peel, selection, history).

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowserSuite } from './harness/browser';
import { changedShare } from './harness/png';
import type { EditorPage } from './harness/editor-page';

interface EditorSnapshot {
  selection: string | null;
  cursor: number;
  entries: number;
  peel: string;
  skeleton: boolean;
  picture: Awaited<ReturnType<EditorPage['canvasPixels']>>;
}

async function snapshot(editor: EditorPage): Promise<EditorSnapshot> {
  const history = await editor.history();
  return {
    selection: await editor.selection(),
    cursor: history.cursor,
    entries: history.entries.length,
    peel: await editor.page.getByRole('slider', { name: 'Peel' }).inputValue(),
    skeleton: await editor.page.getByRole('checkbox', { name: 'Skeleton', exact: true }).isChecked(),
    picture: await editor.canvasPixels(),
  };
}

/** A therapist's editor with something in every part of the view state. */
async function arrangeEditor(editor: EditorPage): Promise<void> {
  await editor.selectPointRow(1);
  await editor.writeNotes('Private: divorce stress');
  await editor.waitForDocument((d) => Object.values(d.points).some((p) => p.notes.includes('divorce')), 'the note');
  await editor.showView('Back');
  await editor.page.getByRole('slider', { name: 'Peel' }).fill('1.5');
  await editor.setLayerVisible('Skeleton', false);
  await editor.moveMouseAway();
}

async function expectSame(editor: EditorPage, before: EditorSnapshot): Promise<void> {
  const after = await snapshot(editor);
  expect(after.selection).toBe(before.selection);
  expect(after.cursor).toBe(before.cursor);
  expect(after.entries).toBe(before.entries);
  expect(after.peel).toBe(before.peel);
  expect(after.skeleton).toBe(before.skeleton);
  expect(changedShare(before.picture, after.picture)).toBeLessThan(0.002);
}

async function labelBoxes(view: Locator) {
  const items = view.getByRole('list', { name: 'Labels on the model' }).getByRole('listitem');
  const boxes = [];
  for (let i = 0; i < (await items.count()); i++) boxes.push({ text: await items.nth(i).innerText(), box: (await items.nth(i).boundingBox())! });
  return boxes;
}

function overlapping(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('patient view', () => {
  const browser = useBrowserSuite();

  it('steps through with keys and buttons, labels the points, and Escape restores the editor exactly', async () => {
    const editor = await browser.openEditor();
    await arrangeEditor(editor);
    const before = await snapshot(editor);

    await editor.button('Patient view').click();
    const view = editor.page.getByRole('dialog', { name: 'Patient view' });
    await view.waitFor();
    const progress = view.getByText(/^Step \d of 7/);
    await expect(progress.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(progress.innerText()).resolves.toMatch(/^Step 1 of 7/);
    await expect(view.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Your skin');
    // No clinical chrome and no notes.
    await expect(view.getByRole('toolbar').count()).resolves.toBe(0);
    expect(await view.innerText()).not.toContain('divorce');

    await editor.page.keyboard.press('ArrowRight');
    await expect(progress.innerText()).resolves.toMatch(/^Step 2 of 7/);
    await view.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(progress.innerText()).resolves.toMatch(/^Step 3 of 7: The deep fascia/);
    await view.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(progress.innerText()).resolves.toMatch(/^Step 4 of 7/);
    await editor.page.waitForTimeout(1500);
    const labels = await labelBoxes(view);
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Quadratus lumborum (left)', 'Gluteus medius (right)']));
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlapping(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);

    await view.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect(progress.innerText()).resolves.toMatch(/^Step 3 of 7/);
    await editor.page.keyboard.press('End');
    await expect(progress.innerText()).resolves.toMatch(/^Step 7 of 7/);
    await expect(view.getByRole('list', { name: 'Your home care' }).getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    await expect(view.getByRole('button', { name: 'Next', exact: true }).isDisabled()).resolves.toBe(true);
    await editor.page.keyboard.press('ArrowLeft');
    await expect(progress.innerText()).resolves.toMatch(/^Step 6 of 7: How it is all connected/);
    await editor.page.waitForTimeout(1500);
    const lineLabels = (await labelBoxes(view)).map((l) => l.text);
    expect(lineLabels).toEqual(expect.arrayContaining(['Sacrum', 'Erector spinae (the long back muscles)']));

    await editor.page.keyboard.press('Escape');
    await expect(view.count()).resolves.toBe(0);
    await expectSame(editor, before);
    await expect(editor.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Patient view');
  });

  it('moves on a swipe and leaves with "Back to editor"', async () => {
    const editor = await browser.openEditor();
    await arrangeEditor(editor);
    const before = await snapshot(editor);
    await editor.button('Patient view').click();
    const view = editor.page.getByRole('dialog', { name: 'Patient view' });
    await view.waitFor();
    const progress = view.getByText(/^Step \d of 7/);
    const stage = (await view.locator('.patient-stage').boundingBox())!;
    const y = stage.y + stage.height / 2;
    await editor.page.mouse.move(stage.x + stage.width * 0.7, y);
    await editor.page.mouse.down();
    await editor.page.mouse.move(stage.x + stage.width * 0.3, y, { steps: 6 });
    await editor.page.mouse.up();
    await expect(progress.innerText()).resolves.toMatch(/^Step 2 of 7/);
    await editor.page.mouse.move(stage.x + stage.width * 0.3, y);
    await editor.page.mouse.down();
    await editor.page.mouse.move(stage.x + stage.width * 0.7, y, { steps: 6 });
    await editor.page.mouse.up();
    await expect(progress.innerText()).resolves.toMatch(/^Step 1 of 7/);
    await view.getByRole('button', { name: 'Back to editor', exact: true }).click();
    await expect(view.count()).resolves.toBe(0);
    await expectSame(editor, before);
  });
});

describe('patient view texts in the settings', () => {
  const browser = useBrowserSuite();

  it('a clinic rewords a step, the patient view shows it, and the settings export and import', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    await editor.button('Settings').click();
    let dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('textbox', { name: 'Clinic name (printed on reports)' }).fill('Praxis am Park');
    await dialog.getByRole('textbox', { name: 'Step 1 title', exact: true }).fill('Ihre Haut');
    await dialog.getByRole('textbox', { name: 'Step 1 text', exact: true }).fill('Das ist Ihr Rücken.');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export settings' }).click()]);
    const settingsFile = await readFile((await download.path())!);
    await dialog.getByRole('button', { name: 'Save settings' }).click();

    await editor.button('Patient view').click();
    const view = page.getByRole('dialog', { name: 'Patient view' });
    await expect(view.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Ihre Haut');
    await expect(view.getByText('Das ist Ihr Rücken.').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');

    // Reset, then bring the clinic's wording back from the file.
    await editor.button('Settings').click();
    dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('button', { name: 'Reset step texts' }).click();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await editor.button('Patient view').click();
    await expect(view.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Your skin');
    await page.keyboard.press('Escape');
    await editor.button('Settings').click();
    dialog = page.getByRole('dialog', { name: 'Settings' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Import settings', exact: true }).click()]);
    await chooser.setFiles({ name: 'fascia-map-settings.json', mimeType: 'application/json', buffer: settingsFile });
    await dialog.getByRole('status').filter({ hasText: 'Settings read from' }).waitFor();
    await expect(dialog.getByRole('textbox', { name: 'Step 1 title', exact: true }).inputValue()).resolves.toBe('Ihre Haut');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    // Kept in this browser: still there after a reload.
    await editor.reload();
    await editor.button('Patient view').click();
    await expect(view.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Ihre Haut');
  });
});
