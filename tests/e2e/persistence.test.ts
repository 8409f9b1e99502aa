// Issue point 7: the map and its history live in the browser's IndexedDB: a reload keeps both (and undo
// still works), and so does closing the browser and opening it again on the same profile.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { EditorPage, pointsInOrder } from './harness/editor-page';
import { LibraryPage } from './harness/library-page';
import { painOf } from './harness/readings';

describe('saving in the browser', () => {
  const browser = useBrowserSuite();

  it('keeps the map and its history across a reload, and undo still works', async () => {
    const editor = await browser.openEditor();
    const opened = await editor.document();
    const point = pointsInOrder(opened)[0];
    if (!point) throw new Error('the demo map has no points');
    const start = (await editor.history()).cursor;

    await editor.selectPointRow(0);
    await editor.setPain(painOf(opened, point.id) === 4 ? 5 : 4);
    await editor.waitForCursor(start + 1);
    const beforeKind = await editor.document();
    await editor.setKind(point.kind === 'latent' ? 'Satellite' : 'Latent');
    await editor.waitForCursor(start + 2);
    await editor.waitSaved();
    const saved = await editor.document();
    const history = await editor.history();

    await editor.reload();
    expect(await editor.document()).toEqual(saved);
    const reloaded = await editor.history();
    expect(reloaded.cursor).toBe(history.cursor);
    expect(reloaded.entries.map((e) => e.label)).toEqual(history.entries.map((e) => e.label));

    await editor.undo();
    await editor.waitForCursor(start + 1);
    expect(await editor.document()).toEqual(beforeKind);
  });

  it('keeps the map when the browser is closed and opened again', async () => {
    const profile = await browser.newProfileDir();
    const first = await browser.launchProfile(profile);
    const editor = new EditorPage(first.pages()[0] ?? (await first.newPage()), browser.appOrigin);
    await editor.open();
    await editor.showView('Front');
    const placed = await editor.placePointAt({ layer: 'skin', angle: 0.3, height: 1.05 });
    await editor.waitSaved();
    const saved = await editor.document();
    const labels = (await editor.history()).entries.map((e) => e.label);
    await browser.close(first);

    const second = await browser.launchProfile(profile);
    const reopened = new EditorPage(second.pages()[0] ?? (await second.newPage()), browser.appOrigin);
    // A fresh start shows the library; the map is there, and opens as it was saved.
    await reopened.open();
    const library = new LibraryPage(reopened);
    await library.waitShown();
    expect(await library.open(saved.label)).toBe(saved.id);
    const doc = await reopened.document();
    expect(doc.points[placed.id]).toBeDefined();
    expect(doc).toEqual(saved);
    expect((await reopened.history()).entries.map((e) => e.label)).toEqual(labels);
  });
});
