// One-off maker of tests/fixtures/maps/v2-*.json: opens the built app in Chromium on a fresh profile, places
// points by clicking the body (on the skin, a fascia and a muscle layer), annotates one, and saves the file
// the Export button writes. Usage: `npx vite preview --port 4390` in one shell, then
// `npx tsx tests/tools/write-v2-fixture.ts http://127.0.0.1:4390 tests/fixtures/maps/v2-app-export.json`.

import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { EditorPage } from '../e2e/harness/editor-page';

const [origin = 'http://127.0.0.1:4390', out = 'tests/fixtures/maps/v2-app-export.json'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, acceptDownloads: true });
const page = await context.newPage();
const editor = new EditorPage(page, origin);
await editor.open();
await editor.showView('Back');
await editor.setActiveLayer('Skin');
const skin = await editor.placePointAt({ layer: 'skin', angle: 2.7, height: 1.2 });
await editor.setActiveLayer('Deep fascia');
await editor.placePointAt({ layer: 'deepFascia', angle: 2.9, height: 1.0 });
await editor.setActiveLayer('Intermediate muscles');
await editor.placePointAt({ layer: 'intermediateMuscle', angle: -2.6, height: 1.35 });
await editor.selectPointRow((await editor.points()).findIndex((p) => p.id === skin.id));
await editor.writeNotes('Tender to touch <b>not html</b> & "quoted"');
await editor.waitSaved();
const exported = await editor.exportMap();
await writeFile(out, exported.text);
console.log(`wrote ${out} (${exported.text.length} bytes, file name ${exported.fileName})`);
await browser.close();
