// The library of maps as a therapist uses it, for the browser tests: every method is one thing they do on the
// "Maps" screen (start a map, open, rename, delete, restore), found by role and name.

import type { Locator, Page } from 'playwright-core';
import type { EditorPage } from './editor-page';
import { pollUntil } from './poll';

export class LibraryPage {
  constructor(readonly editor: EditorPage) {}

  get page(): Page {
    return this.editor.page;
  }

  /** From the editor: the "← Maps" button, then the list. */
  async showFromEditor(): Promise<void> {
    await this.page.getByRole('button', { name: 'Maps' }).first().click();
    await this.waitShown();
  }

  async waitShown(): Promise<void> {
    await pollUntil(() => this.editor.screen(), (s) => s === 'library', 'the library to show');
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Maps', exact: true });
  }

  /** The patient labels in the list, as shown (demo badge left out), top to bottom. */
  async labels(): Promise<string[]> {
    const names = await this.table().locator('tbody th .map-label').allInnerTexts();
    return names.map((n) => n.trim());
  }

  row(label: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label }) });
  }

  /** "New map", a label, "Create map": the new map opens in the editor. Returns its id. */
  async newMap(label: string): Promise<string> {
    await this.page.getByRole('button', { name: 'New map', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New map' });
    await dialog.getByLabel('Patient label').fill(label);
    await dialog.getByRole('button', { name: 'Create map' }).click();
    return this.waitEditorOpen();
  }

  async open(label: string): Promise<string> {
    await this.row(label).getByRole('button', { name: /^Open / }).click();
    return this.waitEditorOpen();
  }

  /** Waits until a map's editor is open and its body drawn; returns the map's id. */
  async waitEditorOpen(): Promise<string> {
    const screen = await pollUntil(() => this.editor.screen(), (s) => s.startsWith('map:'), 'a map to open', { timeout: 30_000 });
    await this.editor.waitReady();
    return screen.slice('map:'.length);
  }

  async rename(label: string, to: string): Promise<void> {
    await this.row(label).getByRole('button', { name: /^Rename / }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename map' });
    await dialog.getByLabel('Patient label').fill(to);
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await this.row(to).waitFor();
  }

  async delete(label: string): Promise<void> {
    await this.row(label).getByRole('button', { name: /^Delete / }).click();
    await this.page.getByRole('dialog', { name: 'Delete map' }).getByRole('button', { name: 'Delete map' }).click();
  }
}
