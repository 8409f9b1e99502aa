// Issue 11: health data stays local. A whole session (place, annotate, export, import) makes no request off
// the app's origin and raises no Content-Security-Policy violation; and the watch that checks every browser
// test provably catches both.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite, ContextWatch } from './harness/browser';

describe('nothing leaves the page', () => {
  const browser = useBrowserSuite();

  it('a whole session stays on the origin, under the strict policy sent as a header', async () => {
    const editor = await browser.openEditor();
    const watch = browser.watchOf(editor.page.context());
    const response = await editor.page.reload();
    await editor.waitReady();
    expect(response?.headers()['content-security-policy'] ?? '').toMatch(/default-src 'none'/);
    expect(await editor.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/default-src 'none'/);

    await editor.showView('Back');
    const point = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
    await editor.selectPointRow((await editor.points()).findIndex((p) => p.id === point.id));
    await editor.setPain(6);
    await editor.writeNotes('<img src="https://example.com/x.png"> stays text');
    await editor.waitSaved();
    const exported = await editor.exportMap();
    await editor.importFile(exported.text, exported.fileName);
    await editor.waitForDocument((d) => d.id !== (JSON.parse(exported.text) as { map: { id: string } }).map.id, 'the imported copy');

    expect(await editor.page.locator('img').count()).toBe(0);
    expect(watch.requests.length).toBeGreaterThan(3);
    expect(watch.requests.filter((url) => !url.startsWith(browser.appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('the watch catches a request to another origin and a policy violation', async () => {
    const context = await browser.unwatchedContext();
    const watch = await ContextWatch.attach(context, browser.appOrigin);
    const page = await context.newPage();
    // A page of the origin without the app's policy, so the request is actually made (and then blocked by the
    // watch's route), and one with it, where an inline style is a violation.
    await page.route('**/no-policy', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }));
    await page.goto(`${browser.appOrigin}/no-policy`);
    await page.evaluate(() => fetch('https://example.com/leak').catch(() => undefined));
    await expect.poll(() => watch.problems.join('\n')).toMatch(/Request off the app's origin: GET https:\/\/example\.com\/leak/);

    await page.goto(`${browser.appOrigin}/`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(() => watch.problems.join('\n')).toMatch(/CSP violation: style-src/);
  });
});
