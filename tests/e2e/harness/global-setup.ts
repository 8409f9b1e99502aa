// Runs once before the browser tests: finds Chromium, builds the app into a temp folder (or reuses
// FASCIA_E2E_DIST), serves it on a free localhost port and hands the address to the tests via provide().

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin the built app is served from, e.g. "http://127.0.0.1:40123". */
    appOrigin: string;
    /** Chromium executable the tests drive. */
    chromiumPath: string;
    /** Folder of the built app being served (for tests that serve a changed copy of it). */
    appDir: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((c): c is string => Boolean(c));
  return candidates.find((c) => existsSync(c)) ?? null;
}

function buildApp(outDir: string): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: repoRoot,
      // The production build users get: vitest sets NODE_ENV=test, which would make Vite bundle React's
      // development build (StrictMode's double effects included) instead.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit code ${code}): the browser tests need a building app`)),
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'Browser tests not run: Chromium not found (install Debian\'s chromium: sudo apt-get install chromium, or set CHROMIUM_PATH)',
    );
  }

  const reused = process.env.FASCIA_E2E_DIST;
  let builtDir: string | null = null;
  let served: string;
  if (reused) {
    served = path.resolve(repoRoot, reused);
    if (!existsSync(path.join(served, 'index.html'))) throw new Error(`FASCIA_E2E_DIST=${reused} has no index.html`);
  } else {
    builtDir = await mkdtemp(path.join(tmpdir(), 'fascia-map-e2e-build-'));
    const started = Date.now();
    await buildApp(builtDir);
    console.log(`[e2e] built the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    served = builtDir;
  }

  const server = await serveFolder(served);
  console.log(`[e2e] serving ${served} at ${server.origin} for ${chromiumPath}`);
  project.provide('appOrigin', server.origin);
  project.provide('chromiumPath', chromiumPath);
  project.provide('appDir', served);

  return async () => {
    await server.close();
    if (builtDir) await rm(builtDir, { recursive: true, force: true });
  };
}
