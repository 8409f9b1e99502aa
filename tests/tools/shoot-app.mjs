// Takes the app screenshots committed under tests/screenshots/ (front, back, left, oblique back, lens):
// `npx vite --port 5180` in one shell, then `node tests/tools/shoot-app.mjs [url]`. Debian chromium only.

import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://localhost:5180/';
const out = new URL('../screenshots/', import.meta.url);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--no-first-run'],
});

async function shot(name, steps) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__fasciaMap?.ready === true, null, { timeout: 60_000 });
  for (const step of steps) {
    await step(page);
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1200);
  await page.screenshot({ path: new URL(`${name}.png`, out).pathname });
  await page.close();
}

const view = (name) => (page) => page.getByRole('button', { name, exact: true }).click();
const peel = (share) => async (page) => {
  const slider = page.getByRole('slider', { name: 'Peel' });
  const max = Number(await slider.getAttribute('max'));
  await slider.fill(String(max * share));
};
const orbit = (dx, dy) => async (page) => {
  const box = await page.getByRole('region', { name: '3D body view' }).boundingBox();
  // Start beside the body so the drag orbits instead of picking a marker.
  const x = box.x + 40;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
};

await shot('editor-front', [view('Front')]);
await shot('editor-back-superficial-muscles', [view('Back'), peel(0.6)]);
await shot('editor-left', [view('Left')]);
await shot('editor-oblique-back-deep', [view('Back'), orbit(-70, 0), peel(1)]);
await shot('editor-lens', [
  view('Back'),
  (page) => page.getByRole('checkbox', { name: 'X-ray lens' }).check(),
  async (page) => {
    const box = await page.getByRole('region', { name: '3D body view' }).boundingBox();
    await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height * 0.55);
  },
]);
await browser.close();
console.log('screenshots written to tests/screenshots/');
