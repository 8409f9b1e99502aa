// Issue 13: accessibility. axe-core finds no serious or critical violation in the editor (with a point
// selected and its details open), the Export menu and its dialog, the settings dialog, the library of maps
// and the patient view.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { axeViolations, describeViolations, seriousOrCritical, seriousViolations } from './harness/axe';
import { LibraryPage } from './harness/library-page';

describe('accessibility', () => {
  const browser = useBrowserSuite();

  it('the editor with a point selected, the Export menu and dialog, and the settings dialog', async () => {
    const editor = await browser.openEditor();
    const { page } = editor;
    await editor.selectPointRow(1);
    await editor.inspector().getByRole('textbox', { name: 'Notes', exact: true }).waitFor();
    expect.soft(await seriousViolations(page)).toBe('');

    await editor.button('Export').click();
    await page.getByRole('menuitem', { name: 'JSON', exact: true }).waitFor();
    expect.soft(await seriousViolations(page)).toBe('');
    await page.getByRole('menuitem', { name: 'JSON', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export JSON' });
    await exportDialog.waitFor();
    expect.soft(await seriousViolations(page)).toBe('');
    await exportDialog.getByRole('button', { name: 'Cancel' }).click();
    await exportDialog.waitFor({ state: 'detached' });

    await editor.button('Settings').click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    expect.soft(await seriousViolations(page)).toBe('');
  });

  it('the library of maps', async () => {
    const editor = await browser.openEditor();
    const library = new LibraryPage(editor);
    await library.showFromEditor();
    expect(await seriousViolations(editor.page)).toBe('');
  });

  it('the patient view', async () => {
    const editor = await browser.openEditor();
    await editor.button('Patient view').click();
    await editor.page.getByRole('dialog', { name: 'Patient view' }).waitFor();
    expect(await seriousViolations(editor.page)).toBe('');
  });

  it('the check itself finds a serious violation when there is one', async () => {
    const editor = await browser.openEditor();
    // An unnamed button (axe: button-name, critical), added to the page for this check only.
    await editor.page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { id: 'unnamed' })));
    const found = seriousOrCritical(await axeViolations(editor.page));
    expect(describeViolations(found)).toMatch(/critical button-name .*#unnamed/);
  });
});
