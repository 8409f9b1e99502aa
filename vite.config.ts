/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit, scene and browser (e2e) test projects.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/**
 * Health data stays local, so the built app may load and talk to nothing but its own origin, and may run
 * only its own bundled scripts. Each source below is there because something needs it:
 * - script-src 'wasm-unsafe-eval': the bundled meshopt decoder compiles WebAssembly to unpack the body model
 *   (no eval: zod runs jitless, see src/io/schema.ts).
 * - connect-src 'self': the body model (.glb) is fetched from the app's own origin. GLTFLoader would also
 *   load textures inside a .glb from blob: URLs (by fetch, or by <img> under img-src); the model has no
 *   textures, so blob: is not allowed. No data: either: Vite turns only assets under 4 kB into data: URLs,
 *   and the model is 1.7 MB.
 * - img-src 'self': the favicon and the app's icons. The app shows no other images.
 * - style-src 'self': the built stylesheet. React and R3F set styles through element.style, which CSP does
 *   not govern; nothing adds <style> elements or style="" attributes, so no 'unsafe-inline'.
 * - manifest-src 'self': the web app manifest (manifest.webmanifest), so the app can be installed.
 * - worker-src 'self': the service worker (sw.js) that keeps the app and the body model for offline use.
 *   Without it worker-src falls back to script-src, which says 'self' too; named so the reason is written
 *   down. The worker is a file of the build (Workbox bundled into it, nothing imported from elsewhere) and
 *   only ever fetches the app's own files, under connect-src 'self' when it is served with this header.
 * No fonts (system fonts only), frames or plugins, so default-src 'none' covers them.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

function policy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

/** The policy in a <meta> tag of the built index.html, for static hosting that sends no header. */
export const CONTENT_SECURITY_POLICY_META = policy(CSP_DIRECTIVES);

/**
 * The policy as an HTTP header, sent by `vite preview`: also forbids framing the app (clickjacking), which
 * only a header can say; browsers ignore frame-ancestors in a <meta> tag.
 */
export const CONTENT_SECURITY_POLICY_HEADER = policy({ ...CSP_DIRECTIVES, 'frame-ancestors': "'none'" });

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fascia-map-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        // Before every script and stylesheet, so the policy covers them all.
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * R3F's <Canvas> registers its whole `three` import as the catalogue of JSX elements (`extend(THREE)`), which
 * keeps all of three.js in the bundle. In the build, that one import resolves to src/scene/three-elements.ts,
 * the classes the app draws as elements, and the rest of three is tree-shaken as usual (R3F's "reducing
 * bundle size" recipe). Only the build: dev and the tests keep the full catalogue.
 */
function threeElementCatalogue(): Plugin {
  const canvasModule = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
  return {
    name: 'fascia-map-three-elements',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'three' || !importer || !canvasModule.test(importer)) return null;
      return fileURLToPath(new URL('./src/scene/three-elements.ts', import.meta.url));
    },
  };
}

/** The brand colour of src/app/app.css (.brand, the icon's background): the installed app's title bar. */
export const THEME_COLOR = '#2d5f73';

/** What a browser needs to install Fascia Map as an app of its own. */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  id: '/',
  name: 'Fascia Map',
  short_name: 'Fascia Map',
  description: 'Map myofascial trigger points on a layered 3D torso. Everything stays in this browser.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: '#f5f6f7',
  icons: [
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/** Files the service worker keeps for offline use: the whole build, the 1.9 MB body model included
 * (the plugin adds the manifest itself). */
export const PRECACHE_GLOBS: readonly string[] = ['**/*.{html,js,css,svg,png,glb,wasm}'];

/** Workbox skips precaching files above this size (2 MiB by default, which the body model nearly reaches). */
export const PRECACHE_MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The manifest and the service worker (vite-plugin-pwa, Workbox's generateSW). The worker precaches the
 * build, so after one visit the app starts with the network off. A new version waits until the therapist
 * chooses to reload (registerType 'prompt', see src/app/service-worker.ts): it never takes over mid-edit.
 * The plugin injects no script (injectRegister false, the CSP forbids inline scripts): the app registers the
 * worker itself. The Workbox runtime is bundled into sw.js (inlineWorkboxRuntime), so the worker imports
 * nothing. Not in dev (`npm start`): devOptions stays off, and the app registers only in a production build.
 */
function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: false,
    manifest: WEB_APP_MANIFEST,
    devOptions: { enabled: false },
    workbox: {
      globPatterns: [...PRECACHE_GLOBS],
      maximumFileSizeToCacheInBytes: PRECACHE_MAX_FILE_BYTES,
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once (nothing older to replace); an update still waits.
      clientsClaim: true,
      skipWaiting: false,
      // Every address of the single-page app opens the precached shell, also offline.
      navigateFallback: 'index.html',
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), threeElementCatalogue(), offlineApp()],
  assetsInclude: ['**/*.glb'],
  // No policy in dev: the React refresh preamble is an inline script and Vite injects styles as <style>
  // elements, so dev would need 'unsafe-inline' for both; the policy is checked on the built app instead.
  server: { port: 5173, strictPort: false },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'scene',
          include: ['tests/scene/**/*.test.tsx', 'tests/scene/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/unit.ts', 'tests/setup/scene.ts'],
          // Bundle the R3F packages through Vite so they use their ES module builds: their CommonJS
          // builds would load a second copy of three next to the one the scene code imports.
          server: { deps: { inline: ['@react-three/test-renderer', '@react-three/fiber'] } },
        },
        resolve: {
          alias: [
            { find: /^@react-three\/test-renderer$/, replacement: '@react-three/test-renderer/dist/react-three-test-renderer.esm.js' },
            { find: /^@react-three\/fiber$/, replacement: '@react-three/fiber/dist/react-three-fiber.esm.js' },
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
        },
      },
    ],
  },
});
