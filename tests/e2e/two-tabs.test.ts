// Issue 11: two tabs (or windows) on the same map never lose or silently overwrite an edit. One tab writes;
// the other shows the map read-only, follows each stored change live, and can take editing over.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { EditorPage } from './harness/editor-page';

describe('two tabs on one map', () => {
  const browser = useBrowserSuite();

  it('one writes, the other follows live and can take editing over; after reloading both, no edit is lost', async () => {
    const context = await browser.newContext();
    const first = new EditorPage(await context.newPage(), browser.appOrigin);
    await first.open();
    const mapId = (await first.document()).id;

    const second = new EditorPage(await context.newPage(), browser.appOrigin);
    await second.page.goto(`${browser.appOrigin}/#/map/${mapId}`);
    await second.waitReady();
    const editHere = (tab: EditorPage) => tab.page.getByRole('button', { name: 'Edit here instead' });
    await editHere(second).waitFor();
    expect(await editHere(first).count()).toBe(0);

    // The writer places a point; the reader follows without a reload.
    await first.showView('Back');
    const fromFirst = await first.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    await first.waitSaved();
    await second.waitForDocument((d) => d.points[fromFirst.id] !== undefined, 'the second tab to follow the first');

    // The reader cannot change the map: undo is off, and a click on the body places nothing and says why.
    expect(await second.button('Undo').isDisabled()).toBe(true);
    const before = await second.document();
    await second.showView('Back');
    const spot = await second.screenPointFor({ layer: 'skin', angle: -2.0, height: 1.35 });
    await second.page.mouse.click(spot.x, spot.y);
    await expect.poll(() => second.alertTexts()).toContainEqual(expect.stringMatching(/being edited in another tab or window/));
    expect(await second.document()).toEqual(before);

    // Editing moves to the second tab; the first becomes the reader and follows.
    await editHere(second).click();
    await editHere(first).waitFor();
    await expect.poll(() => editHere(second).count()).toBe(0);
    await second.showView('Back');
    const fromSecond = await second.placePointAt({ layer: 'skin', angle: -2.7, height: 1.2 });
    await second.waitSaved();
    await first.waitForDocument((d) => d.points[fromSecond.id] !== undefined, 'the first tab to follow the second');

    // Both edits are stored: each tab, reloaded, has both points and the whole history.
    for (const tab of [first, second]) {
      await tab.reload();
      const doc = await tab.document();
      expect(doc.points[fromFirst.id]).toBeDefined();
      expect(doc.points[fromSecond.id]).toBeDefined();
      expect((await tab.history()).entries.map((e) => e.label)).toEqual([
        expect.stringMatching(/^Place point on /),
        expect.stringMatching(/^Place point on /),
      ]);
    }
  });
});
