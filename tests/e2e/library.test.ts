// Issue 7: a library of patients' maps. Each map keeps its own points and undo history; the address names the
// open map; delete can be undone; import opens a file as a new map and never overwrites; a user of the
// single-map layout finds their map and its history in the library.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { EditorPage } from './harness/editor-page';
import { LibraryPage } from './harness/library-page';
import { pollUntil } from './harness/poll';
import { painOf } from './harness/readings';

const LAYOUT1 = JSON.parse(readFileSync(new URL('../fixtures/storage/layout1-single-map.json', import.meta.url), 'utf8')) as {
  history: { entries: { label: string }[]; cursor: number };
  records: unknown[];
};

describe('library of maps', () => {
  const browser = useBrowserSuite();

  it('lists the demo map, keeps two patients apart, renames, deletes and undoes the delete, and reopens by address', async () => {
    const editor = await browser.openEditor();
    const library = new LibraryPage(editor);
    const demoId = (await editor.document()).id;
    await library.showFromEditor();
    expect(await library.labels()).toEqual(['Demo patient (low back pain)']);
    expect(await library.row('Demo patient (low back pain)').getByText('Demo', { exact: true }).count()).toBe(1);

    // Two patients, each with a point and a history of its own.
    const first = await library.newMap('Patient 0142');
    expect(editor.page.url()).toMatch(new RegExp(`#/map/${first}$`));
    await editor.showView('Back');
    const firstPoint = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    await editor.waitSaved();
    await library.showFromEditor();

    const second = await library.newMap('Patient 0007');
    await editor.showView('Front');
    await editor.placePointAt({ layer: 'skin', angle: 0.4, height: 1.25 });
    await editor.placePointAt({ layer: 'skin', angle: -0.4, height: 1.25 });
    await editor.waitSaved();
    expect((await editor.history()).entries).toHaveLength(2);

    // The browser's Back button returns to the library, which shows both with their counts.
    await editor.page.goBack();
    await library.waitShown();
    expect((await library.labels()).sort()).toEqual(['Demo patient (low back pain)', 'Patient 0007', 'Patient 0142']);
    await expect.poll(async () => (await library.row('Patient 0007').getByRole('cell').allInnerTexts()).slice(1, 3)).toEqual(['2', '0']);

    expect(await library.open('Patient 0142')).toBe(first);
    const firstDoc = await editor.document();
    expect(Object.keys(firstDoc.points)).toEqual([firstPoint.id]);
    expect((await editor.history()).entries.map((e) => e.label)).toEqual([expect.stringMatching(/^Place point on /)]);

    // Reloading on the map's address opens that map again.
    await editor.reload();
    expect(await editor.screen()).toBe(`map:${first}`);
    expect((await editor.document()).points).toEqual(firstDoc.points);

    // Rename and delete from the library; the delete can be undone.
    await library.showFromEditor();
    await library.rename('Patient 0007', 'Patient 0007 (neck)');
    await library.delete('Patient 0007 (neck)');
    await pollUntil(() => library.labels(), (labels) => !labels.includes('Patient 0007 (neck)'), 'the deleted map to leave the list');
    await expect.poll(() => editor.page.getByRole('region', { name: 'Recently deleted' }).or(editor.page.getByRole('table', { name: 'Recently deleted maps' })).first().isVisible()).toBe(true);
    await editor.page.getByRole('button', { name: 'Undo delete' }).click();
    await pollUntil(() => library.labels(), (labels) => labels.includes('Patient 0007 (neck)'), 'the restored map in the list');
    expect(await library.open('Patient 0007 (neck)')).toBe(second);
    expect(Object.keys((await editor.document()).points)).toHaveLength(2);
    expect((await editor.history()).entries.map((e) => e.label).at(-1)).toBe('Rename map');

    // The demo map was never touched.
    await library.showFromEditor();
    expect((await editor.maps()).find((m) => m.id === demoId)?.summary).toMatchObject({ pointCount: 4, demo: true, deletedAt: null });
  });

  it('imports a file as a new map beside the open one, which stays as it was', async () => {
    const editor = await browser.openEditor();
    const open = await editor.document();
    const exported = await editor.exportMap();
    const changed = exported.text.replace(open.label, 'Patient from another clinic');

    await editor.importFile(changed, 'from-another-clinic.fascia-map.json');
    const imported = await editor.waitForDocument((d) => d.label === 'Patient from another clinic', 'the imported map to open');
    expect(imported.id).not.toBe(open.id);
    expect(imported.points).toEqual(open.points);
    await expect.poll(() => editor.page.getByRole('status').filter({ hasText: /as a new map/ }).count()).toBe(1);

    const library = new LibraryPage(editor);
    await library.showFromEditor();
    expect((await library.labels()).sort()).toEqual(['Demo patient (low back pain)', 'Patient from another clinic']);
    expect(await library.open('Demo patient (low back pain)')).toBe(open.id);
    expect(await editor.document()).toEqual(open);
  });

  it("carries a user's map and its undo history over from the storage layout before the library", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A blank page of the app's origin (answered here, not by the server) to put the old records in place first.
    await page.route('**/seed-storage', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
    await page.goto(`${browser.appOrigin}/seed-storage`);
    await page.evaluate(async (json) => {
      const records = JSON.parse(json) as [IDBValidKey, unknown][];
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('fascia-map');
        request.addEventListener('upgradeneeded', () => request.result.createObjectStore('records'));
        request.addEventListener('success', () => resolve(request.result));
        request.addEventListener('error', () => reject(request.error));
      });
      const tx = db.transaction('records', 'readwrite');
      for (const [key, value] of records) tx.objectStore('records').put(value, key);
      await new Promise((resolve) => tx.addEventListener('complete', resolve));
      db.close();
    }, JSON.stringify(LAYOUT1.records));

    const editor = new EditorPage(page, browser.appOrigin);
    await page.goto(`${browser.appOrigin}/`);
    const library = new LibraryPage(editor);
    await library.waitShown();
    expect(await library.labels()).toEqual(['Demo patient (low back pain)']);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Your map and its undo history are here/ }).count()).toBe(1);
    await expect.poll(async () => (await library.row('Demo patient (low back pain)').getByRole('cell').allInnerTexts()).slice(1, 3)).toEqual(['5', '2']);

    await library.open('Demo patient (low back pain)');
    // Its history is all there; the body model has been refined since, and the map says once which points now
    // lie on another structure, as one more step that can be undone.
    const renamed = /^Name \d+ points? by the refined body model$/;
    // Looked at once picking has its BVHs, just after the body is first drawn.
    await expect.poll(async () => (await editor.history()).entries.at(-1)?.label ?? '').toMatch(renamed);
    const history = await editor.history();
    expect(history.entries.slice(0, -1).map((e) => e.label)).toEqual(LAYOUT1.history.entries.map((e) => e.label));
    expect(history.entries.at(-1)?.label).toMatch(renamed);
    expect(history.cursor).toBe(LAYOUT1.history.cursor + 1);
    await expect.poll(() => page.getByRole('note').innerText()).toMatch(/The body model was refined: \d+ points? now lies? on another structure \(.+ → .+\)/);
    const placed = (await editor.points()).at(-1);
    expect(painOf(await editor.document(), placed!.id)).toBe(6);
    await editor.undo();
    await editor.waitForCursor(LAYOUT1.history.cursor);
    await editor.undo();
    await editor.waitForDocument((d) => painOf(d, placed!.id) === null, 'the pain to be undone');
  });
});
