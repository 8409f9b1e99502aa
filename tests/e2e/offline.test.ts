// Issue 13: offline and installable. After one visit the app starts with the network off, and a point
// placed and annotated offline is still there after another offline reload. A new version is offered with a
// Reload button and never forced: the page keeps running the old one, mid-edit, until the therapist chooses.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ContextWatch, useBrowserSuite } from './harness/browser';
import { EditorPage } from './harness/editor-page';
import { serveFolder } from './harness/static-server';
import { checkForUpdate, hasWaitingWorker, waitOfflineReady } from './harness/service-worker';
import { seriousViolations } from './harness/axe';

/** Marks the page's window, so a test can tell whether the page was reloaded since. */
const MARK = '__notReloadedSince';

describe('offline', () => {
  const browser = useBrowserSuite();

  it('is installable: the page links a manifest that names the app, standalone, with icons; the worker imports nothing', async () => {
    const editor = await browser.openEditor();
    const href = await editor.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = (await (await editor.page.request.get(`${browser.appOrigin}${href}`)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Fascia Map', short_name: 'Fascia Map', start_url: '/', display: 'standalone' });
    expect(await editor.page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const response = await editor.page.request.get(`${browser.appOrigin}${icon.src}`);
      expect(response.status(), icon.src).toBe(200);
    }
    // The worker carries Workbox inside it: it loads no script, from here or from anywhere else.
    const worker = await (await editor.page.request.get(`${browser.appOrigin}/sw.js`)).text();
    expect(worker).toContain('precache');
    expect(worker).not.toMatch(/importScripts\s*\(/);
  });

  it('starts with the network off after one visit, and keeps a point placed and annotated offline', async () => {
    const editor = await browser.openEditor();
    await waitOfflineReady(editor.page);
    const context = editor.page.context();
    await context.setOffline(true);
    expect(await editor.page.evaluate(() => navigator.onLine)).toBe(false);

    await editor.reload();
    const opened = await editor.document();
    await editor.showView('Back');
    const point = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    await editor.selectPointRow((await editor.points()).findIndex((p) => p.id === point.id));
    await editor.setPain(7);
    await editor.writeNotes('Written offline');
    await editor.waitForDocument((d) => d.points[point.id]?.notes === 'Written offline', 'the note');
    await editor.waitSaved();

    await editor.reload();
    const reopened = await editor.document();
    expect(reopened.id).toBe(opened.id);
    expect(reopened.points[point.id]?.notes).toBe('Written offline');
    expect(Object.keys(reopened.points)).toHaveLength(Object.keys(opened.points).length + 1);
    await editor.selectPointRow((await editor.points()).findIndex((p) => p.id === point.id));
    expect(await editor.notesBox().inputValue()).toBe('Written offline');
    await context.setOffline(false);
  });

  it('offers a new version with a Reload button and never reloads by itself, even mid-edit', async () => {
    // A copy of the build on a server of its own, so this test can deploy a new version (a changed sw.js:
    // the old one plus a comment) without touching the build the other tests use.
    const dir = await mkdtemp(path.join(tmpdir(), 'fascia-map-update-'));
    await cp(inject('appDir'), dir, { recursive: true });
    const server = await serveFolder(dir);
    try {
      const context = await browser.unwatchedContext();
      const watch = await ContextWatch.attach(context, server.origin);
      const editor = new EditorPage(await context.newPage(), server.origin);
      const { page } = editor;
      await editor.open();
      await waitOfflineReady(page);

      const worker = path.join(dir, 'sw.js');
      await writeFile(worker, `${await readFile(worker, 'utf8')}\n// the next version\n`);
      await page.evaluate((mark) => Object.assign(window, { [mark]: true }), MARK);
      await checkForUpdate(page);

      const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await banner.waitFor({ timeout: 30_000 });
      const reloadButton = banner.getByRole('button', { name: 'Reload' });
      expect(await reloadButton.isVisible()).toBe(true);
      expect(await hasWaitingWorker(page)).toBe(true);
      expect(await seriousViolations(page, { include: '.update-banner' })).toBe('');

      // Editing goes on in the old version: nothing takes over, nothing reloads.
      await editor.showView('Back');
      const point = await editor.placePointAt({ layer: 'skin', angle: -2.7, height: 1.2 });
      await editor.selectPointRow((await editor.points()).findIndex((p) => p.id === point.id));
      await editor.writeNotes('Before the update');
      await editor.waitSaved();
      await page.waitForTimeout(2_000);
      expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark], MARK)).toBe(true);
      expect(await hasWaitingWorker(page)).toBe(true);
      expect(await banner.isVisible()).toBe(true);

      // The therapist chooses: the new version takes over and the page reloads into it, with nothing lost.
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), reloadButton.click()]);
      await editor.waitReady();
      expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark] ?? false, MARK)).toBe(false);
      expect(await hasWaitingWorker(page)).toBe(false);
      expect((await editor.document()).points[point.id]?.notes).toBe('Before the update');
      expect(await page.getByRole('status').filter({ hasText: 'A new version is ready' }).count()).toBe(0);
      expect(watch.problems).toEqual([]);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
