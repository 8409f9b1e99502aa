// Builds what the browser benchmark serves: the app as users get it (production vite build) and the bare
// three.js cube page, each into its own folder under .artifacts/ (git-ignored), replaced on every run.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const APP_DIST = path.join(repoRoot, '.artifacts/bench-dist');
export const CUBE_DIST = path.join(repoRoot, '.artifacts/bench-cube-dist');

function viteBuild(args: readonly string[]): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', ...args, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench: vite build ${args.join(' ')} failed (exit code ${code})`))));
  });
}

/** Builds the app and the cube page; resolves with the seconds the app's build took. */
export async function buildAll(): Promise<{ appBuildSeconds: number }> {
  const started = Date.now();
  await viteBuild(['--outDir', APP_DIST]);
  const appBuildSeconds = (Date.now() - started) / 1000;
  await viteBuild(['--config', path.join(repoRoot, 'tests/bench/cube/vite.config.ts'), '--outDir', CUBE_DIST]);
  return { appBuildSeconds };
}
