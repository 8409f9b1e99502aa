/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit, scene and browser (e2e) test projects.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Health data stays local, so the built app may load and talk to nothing but its own origin, and may run
 * only its own bundled scripts. Each source below is there because something needs it:
 * - script-src 'wasm-unsafe-eval': the bundled meshopt decoder compiles WebAssembly to unpack the body model
 *   (no eval: zod runs jitless, see src/io/schema.ts).
 * - connect-src 'self': the body model (.glb) is fetched from the app's own origin. GLTFLoader would also
 *   load textures inside a .glb from blob: URLs (by fetch, or by <img> under img-src); the model has no
 *   textures, so blob: is not allowed. No data: either: Vite turns only assets under 4 kB into data: URLs,
 *   and the model is 1.7 MB.
 * - img-src 'self': the favicon. The app shows no other images.
 * - style-src 'self': the built stylesheet. React and R3F set styles through element.style, which CSP does
 *   not govern; nothing adds <style> elements or style="" attributes, so no 'unsafe-inline'.
 * No fonts (system fonts only), workers, frames, manifest or plugins, so default-src 'none' covers them.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), threeElementCatalogue()],
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
