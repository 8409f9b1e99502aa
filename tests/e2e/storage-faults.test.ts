// Issue 11: nothing lost when storage misbehaves. Damaged records recover to the last good state (the user is
// told, the damaged records kept aside and exportable); a note typed just before the tab closes is there
// after reopening; a full storage raises an alert, loses nothing in memory and export still works;
// a browser without IndexedDB says exactly that, and editing and export work.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './harness/browser';
import { EditorPage } from './harness/editor-page';
import { LibraryPage } from './harness/library-page';
import { painOf, painsInOrder } from './harness/readings';

/** Runs `change` on the app's raw IndexedDB store in the page: the map's records as a key -> value list. */
async function withRecords(page: Page, mapId: string, change: 'deleteStep2' | 'garbageHead' | 'protoInLastStep'): Promise<void> {
  await page.evaluate(
    async ({ mapId: id, change: what }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('fascia-map');
        request.addEventListener('success', () => resolve(request.result));
        request.addEventListener('error', () => reject(request.error));
      });
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      const head: { firstSeq: number; count: number } = await new Promise((resolve) => {
        const request = store.get(['map', id, 'head']);
        request.addEventListener('success', () => resolve(request.result));
      });
      if (what === 'deleteStep2') store.delete(['map', id, 'entry', head.firstSeq + 1]);
      if (what === 'garbageHead') store.put('garbage', ['map', id, 'head']);
      if (what === 'protoInLastStep') {
        const key = ['map', id, 'entry', head.firstSeq + head.count - 1];
        const entry: { patches: unknown[] } = await new Promise((resolve) => {
          const request = store.get(key);
          request.addEventListener('success', () => resolve(request.result));
        });
        store.put({ ...entry, patches: [{ op: 'add', path: ['__proto__', 'polluted'], value: 'yes' }] }, key);
      }
      await new Promise((resolve) => tx.addEventListener('complete', resolve));
      db.close();
    },
    { mapId, change },
  );
}

async function asideCount(page: Page, mapId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((resolve) => {
      const request = indexedDB.open('fascia-map');
      request.addEventListener('success', () => resolve(request.result));
    });
    const count: number = await new Promise((resolve) => {
      const request = db.transaction('records').objectStore('records').count(IDBKeyRange.bound(['aside', id], ['aside', id, []]));
      request.addEventListener('success', () => resolve(request.result));
    });
    db.close();
    return count;
  }, mapId);
}

describe('storage faults', () => {
  const browser = useBrowserSuite();

  it('recovers damaged records to the last good state, says so, keeps them aside and offers them as a file', async () => {
    const editor = await browser.openEditor();
    const mapId = (await editor.document()).id;
    const pains = [2, 3, 4, 5, 6, 7, 8, 9, 10];
    let next = 0;
    /** Three edits of the first point's pain; returns the pains set. */
    const threeEdits = async () => {
      await editor.selectPointRow(0);
      const set: number[] = [];
      for (let i = 0; i < 3; i++) {
        const pain = pains[next++]!;
        await editor.setPain(pain);
        await editor.waitForDocument((d) => Object.keys(d.points).some((id) => painOf(d, id) === pain), `pain ${pain}`);
        set.push(pain);
      }
      await editor.waitSaved();
      return set;
    };
    const firstPain = async () => painsInOrder(await editor.document())[0];
    const damageAlert = () => editor.page.getByRole('alert').filter({ hasText: 'Part of this map was damaged' });

    // One history step deleted: the map opens as it was before it.
    let set = await threeEdits();
    await withRecords(editor.page, mapId, 'deleteStep2');
    await editor.reload();
    expect(await firstPain()).toBe(set[0]);
    await expect.poll(() => damageAlert().innerText()).toMatch(/from step 2 on, were damaged/);
    expect(await asideCount(editor.page, mapId)).toBe(1);
    const [download] = await Promise.all([
      editor.page.waitForEvent('download'),
      damageAlert().getByRole('button', { name: 'Export damaged records' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-as-stored-/);

    // A garbage head (base and every step intact): every step is there again.
    set = await threeEdits();
    await withRecords(editor.page, mapId, 'garbageHead');
    await editor.reload();
    expect(await firstPain()).toBe(set[2]);
    await expect.poll(() => damageAlert().innerText()).toMatch(/\(the head\) was damaged, so it was rebuilt/);
    expect(await asideCount(editor.page, mapId)).toBe(2);

    // A __proto__ patch path in the last of three new steps: the two before it are kept, nothing is polluted,
    // and saving goes on.
    const before = (await editor.history()).cursor;
    set = await threeEdits();
    await withRecords(editor.page, mapId, 'protoInLastStep');
    await editor.reload();
    expect(await editor.page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect((await editor.history()).cursor).toBe(before + 2);
    expect(await firstPain()).toBe(set[1]);
    await editor.selectPointRow(0);
    await editor.setPain(1);
    await editor.waitSaved();
    await editor.reload();
    expect(await firstPain()).toBe(1);
    expect(await damageAlert().count()).toBe(0);
  });

  it('keeps a note typed just before the tab is closed', async () => {
    const profile = await browser.newProfileDir();
    const first = await browser.launchProfile(profile);
    const editor = new EditorPage(first.pages()[0] ?? (await first.newPage()), browser.appOrigin);
    await editor.open();
    const mapId = (await editor.document()).id;
    await editor.selectPointRow(1);
    await editor.notesBox().click();
    await editor.notesBox().pressSequentially(' Closed right away.', { delay: 5 });
    const typed = (await editor.document()).points;
    await browser.close(first);

    const second = await browser.launchProfile(profile);
    const reopened = new EditorPage(second.pages()[0] ?? (await second.newPage()), browser.appOrigin);
    await reopened.page.goto(`${browser.appOrigin}/#/map/${mapId}`);
    await reopened.waitReady();
    const notes = Object.values((await reopened.document()).points).map((p) => p.notes);
    expect(notes).toEqual(Object.values(typed).map((p) => p.notes));
    expect(notes.some((n) => n.endsWith(' Closed right away.'))).toBe(true);
  });

  it('raises an alert when storage is full, loses nothing in memory, exports, and saves again once there is room', async () => {
    const context = await browser.newContext();
    // Full storage on demand: every put fails with the browser's QuotaExceededError while the flag is set.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __storageFull?: boolean }).__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const editor = new EditorPage(await context.newPage(), browser.appOrigin);
    await editor.open();
    await editor.page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = true));

    await editor.showView('Back');
    const placed = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    const alert = editor.page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await expect.poll(() => alert.innerText()).toMatch(/storage is full/);
    expect((await editor.document()).points[placed.id]).toBeDefined();
    const exported = await editor.exportMap();
    expect(JSON.parse(exported.text).map.points[placed.id]).toBeDefined();

    // Leaving for the library and coming back shows the map as it is in this tab, not the older stored copy.
    await editor.page.getByRole('button', { name: 'Maps' }).first().click();
    await editor.page.getByRole('dialog', { name: 'Leave with unsaved changes' }).getByRole('button', { name: 'Go to maps' }).click();
    const library = new LibraryPage(editor);
    await library.waitShown();
    await editor.page.evaluate(() => ((window as unknown as { __storageFull?: boolean }).__storageFull = false));
    await library.open('Demo patient (low back pain)');
    expect((await editor.document()).points[placed.id]).toBeDefined();
    await editor.waitSaved();
    expect(await alert.count()).toBe(0);
    await editor.reload();
    expect((await editor.document()).points[placed.id]).toBeDefined();
  });

  it('says exactly that the browser stores nothing when IndexedDB is unavailable, and editing and export work', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is blocked here.', 'SecurityError');
        },
      });
    });
    const editor = new EditorPage(await context.newPage(), browser.appOrigin);
    await editor.open();
    await expect.poll(() => editor.alertTexts()).toContainEqual(expect.stringMatching(/does not let Fascia Map store anything on this device \(its storage, IndexedDB, is unavailable/));
    await editor.showView('Back');
    const placed = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    expect(JSON.parse((await editor.exportMap()).text).map.points[placed.id]).toBeDefined();
  });
});
