// Issue 11: a crash loses nothing that was saved. Five times over: open the map, make edits, and kill the
// browser process (SIGKILL, no chance to clean up) right after the last edit; every edit is there after
// starting again.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { EditorPage } from './harness/editor-page';
import { painOf, painsInOrder } from './harness/readings';

/** Kills every Chromium process of this profile at once, as a crash or a power cut would end them. */
function killBrowserOf(profileDir: string): void {
  const pids = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profileDir}`))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

describe('a crash loop', () => {
  const browser = useBrowserSuite();

  it('loses none of the edits made before each crash', { timeout: 240_000 }, async () => {
    const profile = await browser.newProfileDir();
    let mapId: string | null = null;
    const expected: (number | null)[] = [];
    for (let cycle = 0; cycle < 5; cycle++) {
      const context = await browser.launchProfile(profile);
      const editor = new EditorPage(context.pages()[0] ?? (await context.newPage()), browser.appOrigin);
      if (mapId) {
        await editor.page.goto(`${browser.appOrigin}/#/map/${mapId}`);
        await editor.waitReady();
        // Everything before the last crash is there.
        expect(painsInOrder(await editor.document())).toEqual(expected);
      } else {
        await editor.open();
        mapId = (await editor.document()).id;
        expected.push(...painsInOrder(await editor.document()).map((pain) => pain ?? null));
      }
      // Four edits, one pain per point; the browser dies as soon as the last one shows "Saved".
      for (let row = 0; row < 4; row++) {
        const pain = (cycle * 4 + row) % 11;
        await editor.selectPointRow(row);
        await editor.setPain(pain);
        expected[row] = pain;
      }
      await editor.waitForDocument((d) => Object.keys(d.points).some((id) => painOf(d, id) === expected[3]), 'the last edit');
      await editor.waitSaved();
      browser.watchOf(context).crashExpected = true;
      killBrowserOf(profile);
      await browser.close(context).catch(() => undefined);
    }
    const context = await browser.launchProfile(profile);
    const editor = new EditorPage(context.pages()[0] ?? (await context.newPage()), browser.appOrigin);
    await editor.page.goto(`${browser.appOrigin}/#/map/${mapId}`);
    await editor.waitReady();
    expect(painsInOrder(await editor.document())).toEqual(expected);
    expect((await editor.history()).entries.length).toBe(5 * 4);
  });
});
