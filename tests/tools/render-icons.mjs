// Renders the installed app's PNG icons in public/ from the SVG icons beside them, with Debian's Chromium
// (nothing downloaded): `node tests/tools/render-icons.mjs`. Run again whenever an SVG icon changes.

import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const publicDir = new URL('../../public/', import.meta.url);

/** Which SVG makes which PNG, at what size; maskable (and Apple's) icons fill the
 * square with no transparent corners, and the platform cuts the shape. */
const ICONS = [
  { svg: 'favicon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'favicon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const icon of ICONS) {
    const svg = await readFile(new URL(icon.svg, publicDir), 'utf8');
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const sized = svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: new URL(icon.png, publicDir).pathname, omitBackground: true });
    await page.close();
    console.log(`${icon.png} (${icon.size} px) from ${icon.svg}`);
  }
} finally {
  await browser.close();
}
