/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit, scene and browser (e2e) test projects.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Health data stays local: the built app may only talk to its own origin. (Not applied in dev, where
 * the React refresh preamble is an inline script.) 'wasm-unsafe-eval' lets the bundled meshopt decoder run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fascia-map-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  assetsInclude: ['**/*.glb'],
  server: { port: 5173, strictPort: false },
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
