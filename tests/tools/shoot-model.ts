// Screenshots the torso preview (tests/tools/preview.html) from several views with headless Chromium into
// tests/.artifacts/. Run: npx tsx tests/tools/shoot-model.ts [view[,view]:layer:colour[:extra query] ...]
// (view "flat" draws the layer's flat region map), or with --screenshots to refresh the committed pictures in
// tests/screenshots/.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const committed = fileURLToPath(new URL('../screenshots/', import.meta.url));
const refreshCommitted = process.argv.includes('--screenshots');
const out = refreshCommitted ? committed : artifacts;
mkdirSync(out, { recursive: true });

const DEFAULT_SHOTS = [
  'front:skin:layer', 'back:skin:layer', 'left:skin:layer',
  'back:superficialMuscle,skeleton:layer', 'front:superficialMuscle,skeleton:layer',
  'back:intermediateMuscle,deepMuscle,skeleton:layer', 'oblique-back:superficialMuscle,intermediateMuscle,deepMuscle,skeleton:layer',
  'back:deepMuscle,skeleton:layer', 'back:skeleton:layer', 'front:intermediateMuscle,deepMuscle,skeleton:layer',
];
/**
 * The committed pictures: skin from the front, the superficial muscles from the back, deep muscles + skeleton; and
 * for issue 10 the skeleton and the deep muscles from four sides, the low back peeled to the deep muscles, the
 * shoulder from above, the deep fascia over the deep muscles, a cross-section at L3 from above.
 */
const COMMITTED_SHOTS: Record<string, string> = {
  'front:skin:layer:label=0': 'torso-skin-front.png',
  'back:superficialMuscle,skeleton:layer:label=0': 'torso-superficial-muscles-back.png',
  'back:deepMuscle,skeleton:layer:label=0': 'torso-deep-muscles-skeleton-back.png',
  'front,back,left,oblique-back:skeleton:layer:label=0': 'torso-skeleton-four-views.png',
  'front,back,left,oblique-back:deepMuscle,skeleton:app:label=0': 'torso-deep-muscles-four-views.png',
  'back,oblique-back:deepMuscle,skeleton:app:label=0&tx=0&ty=1.12&dist=1.3': 'torso-low-back-deep-muscles.png',
  'above:intermediateMuscle,skeleton:app:label=0&tx=0.14&ty=1.42&dist=0.8': 'torso-shoulder-above.png',
  'back,oblique-back:deepFascia,deepMuscle,skeleton:app:label=0&tx=0&ty=1.12&dist=1.4': 'torso-deep-fascia-over-deep-muscles.png',
  'top:skin,superficialFascia,deepFascia,superficialMuscle,intermediateMuscle,deepMuscle,skeleton:app:label=0&cut=1.115&tx=0&ty=1.115&dist=1.2': 'torso-section-L3-from-above.png',
};
const requested = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const shots = refreshCommitted ? Object.keys(COMMITTED_SHOTS) : requested.length > 0 ? requested : DEFAULT_SHOTS;

const server = await createServer({ root, logLevel: 'error', server: { port: 5179, strictPort: false } });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? 'http://localhost:5179/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
    '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const shot of shots) {
    const [view = 'front', layer = 'skin', colour = 'layer', extra = ''] = shot.split(':');
    const width = view === 'flat' ? 2000 : 800 * view.split(',').length;
    const page = await browser.newPage({ viewport: { width: Math.min(width, 2400), height: view === 'flat' ? 1000 : 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    // view "flat" draws the flat region map of the layer instead of the model.
    const query = view === 'flat' ? `flat=${layer}&${extra}` : `view=${view}&layers=${layer}&colour=${colour}&${extra}`;
    const url = `${address}tests/tools/preview.html?${query}`;
    await page.goto(url);
    await page.waitForFunction(() => window.__previewReady === true, undefined, { timeout: 60_000 });
    const suffix = extra ? `-${extra.replace(/[^a-z0-9.]+/gi, '_')}` : '';
    const name = (refreshCommitted && COMMITTED_SHOTS[shot]) || `${layer.replaceAll(',', '+')}-${view.replaceAll(',', '+')}-${colour}${suffix}.png`;
    const file = `${out}${name}`;
    await page.screenshot({ path: file });
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
