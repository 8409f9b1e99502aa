// Takes the screenshots of sessions, zones and at-the-table work committed under tests/screenshots/sessions
// and tests/screenshots/table: `npx vite preview --port 4390` in one shell, then
// `node tests/tools/shoot-sessions.mjs [url]`. Debian chromium only.

import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4390/';
const out = (name) => new URL(`../screenshots/${name}.png`, import.meta.url).pathname;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

async function open(width, height, touch = false) {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__fasciaMap?.ready === true, undefined, { timeout: 90_000 });
  return { context, page };
}
const settle = (page) => page.waitForTimeout(1500);

{
  const { context, page } = await open(1400, 900);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'quadratus lumborum', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('slider', { name: /Peel/ }).focus();
  await page.keyboard.press('Home');
  await settle(page);
  await page.screenshot({ path: out('sessions/painted-zone') });
  await page.getByRole('button', { name: 'Show reference pattern' }).click();
  await settle(page);
  await page.screenshot({ path: out('sessions/reference-pattern') });
  await page.getByRole('region', { name: 'Trend' }).scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: 'Point details' }).screenshot({ path: out('sessions/trend') });
  await page.getByRole('button', { name: 'Hide reference pattern' }).click();
  await page.getByRole('button', { name: 'Compare sessions' }).click();
  await settle(page);
  await page.screenshot({ path: out('sessions/compare') });
  await context.close();
}
for (const [width, height, touch] of [[1400, 900, false], [1280, 720, false], [1024, 768, true]]) {
  const { context, page } = await open(width, height, touch);
  await page.getByRole('button', { name: 'gluteus medius', exact: true }).click();
  await settle(page);
  await page.screenshot({ path: out(`table/editor-${width}x${height}`) });
  await context.close();
}
{
  const { context, page } = await open(1400, 900);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('radio', { name: 'Superficial muscles' }).check();
  // Peel the skin and both fasciae (3 of 5 steps of 0.05).
  await page.getByRole('slider', { name: /Peel/ }).fill('3');
  await settle(page);
  const box = await page.locator('canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.42, box.y + box.height * 0.4);
  await page.mouse.move(box.x + box.width * 0.42 + 2, box.y + box.height * 0.4);
  await settle(page);
  await page.screenshot({ path: out('table/hover-preview') });
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await page.getByRole('radio', { name: 'Deep muscles' }).check();
  await page.getByRole('slider', { name: /Peel/ }).focus();
  await page.keyboard.press('Home');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.33);
  await settle(page);
  await page.screenshot({ path: out('table/miss-offer') });
  await context.close();
}
await browser.close();
