// Screenshots of every patient-view step (desktop 1920x1080 and tablet 1024x768) and of the four-view sheet,
// into tests/screenshots/patient/ and tests/screenshots/exports/: serve a build (e.g. `npx vite preview
// --port 5181`), then `node tests/tools/shoot-patient.mjs [url]`. Debian chromium only.

import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://localhost:5181/';
const only = process.argv[3] ?? 'all';
const patientDir = new URL('../screenshots/patient/', import.meta.url);
const exportsDir = new URL('../screenshots/exports/', import.meta.url);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--no-first-run'],
});

async function openEditor(viewport, options = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  await page.goto(url);
  await page.waitForFunction(() => window.__fasciaMap?.ready === true, null, { timeout: 90_000 });
  return { context, page };
}

async function patientSteps(name, viewport, options) {
  const { context, page } = await openEditor(viewport, options);
  await page.getByRole('button', { name: 'Patient view', exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Patient view' });
  await view.waitFor();
  for (let step = 1; step <= 7; step++) {
    await page.waitForTimeout(2200);
    const title = await view.getByRole('heading', { level: 1 }).innerText();
    await page.screenshot({ path: new URL(`${name}-step-${step}.png`, patientDir).pathname });
    console.log(name, step, title);
    if (step < 7) await view.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await context.close();
}

async function sheet() {
  const { context, page } = await openEditor({ width: 1400, height: 900 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Four-view sheet', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export Four-view sheet' });
  await page.screenshot({ path: new URL('export-dialog.png', exportsDir).pathname });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Export/ }).click()]);
  await download.saveAs(new URL('four-view-sheet.png', exportsDir).pathname);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Image (PNG)', exact: true }).click();
  const [image] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Export Image (PNG)' }).getByRole('button', { name: /^Export/ }).click()]);
  await image.saveAs(new URL('view-image.png', exportsDir).pathname);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Report', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export Report' }).getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('region', { name: 'Report' }).waitFor();
  await page.waitForTimeout(500);
  await page.emulateMedia({ media: 'print' });
  await writeFile(new URL('report.pdf', exportsDir), await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await context.close();
}

if (only === 'all' || only === 'desktop') await patientSteps('desktop', { width: 1920, height: 1080 });
if (only === 'all' || only === 'tablet') await patientSteps('tablet', { width: 1024, height: 768 }, { hasTouch: true, isMobile: false });
if (only === 'all' || only === 'sheet') await sheet();
await browser.close();
console.log('screenshots written');
