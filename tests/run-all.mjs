#!/usr/bin/env node
// `npm test`: runs every check of Fascia Map in order (type check, lint, unit + scene tests, browser tests),
// keeps going after a failure, streams each tool's output, and ends with one line "N passed, N failed".

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const isCi = process.env.CI === 'true' || process.env.CI === '1';

/** @type {{ step: string; passed: number; failed: number; note?: string }[]} */
const results = [];

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/** Runs a command with its output streamed to ours; resolves to its exit code (127 if it could not start). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A tool that counts as one test: passed when it exits 0. */
async function runAsOneTest(step, command, args) {
  heading(step);
  const started = Date.now();
  const code = await run(command, args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: `${seconds} s` });
}

/**
 * Runs vitest projects with the default reporter on screen and a JSON report on the side, and counts
 * the tests. A file that failed to load, or a run that failed without a failing test (unhandled error,
 * global setup), counts as one failure so it cannot pass unnoticed.
 */
async function runVitest(step, projects, env = {}) {
  heading(step);
  const started = Date.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'fascia-map-vitest-'));
  const report = path.join(dir, 'report.json');
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const code = await run(bin('vitest'), args, env);
  let passed = 0;
  let failed = 0;
  try {
    const json = JSON.parse(await readFile(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    for (const file of json.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((t) => t.status === 'failed');
      if (file.status === 'failed' && !failedInside) failed += 1;
    }
  } catch {
    // No report: vitest itself failed before or while running; the exit code below says so.
  }
  if (code !== 0 && failed === 0) failed = 1;
  await rm(dir, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ step, passed, failed, note: `${seconds} s` });
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((c) => existsSync(c)) ?? null;
}

const started = Date.now();

await runAsOneTest('Type check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
await runAsOneTest('Lint (oxlint)', bin('oxlint'), ['-c', '.oxlintrc.json', 'src', 'models', 'tests']);
await runVitest('Unit and scene tests (vitest)', ['unit', 'scene']);

const chromium = findChromium();
if (chromium) {
  await runVitest('Browser tests (vitest + Chromium)', ['e2e'], { CHROMIUM_PATH: chromium });
} else {
  heading('Browser tests (vitest + Chromium)');
  console.log(
    "Browser tests not run: Chromium not found (install Debian's chromium: sudo apt-get install chromium, or set CHROMIUM_PATH)",
  );
  results.push({ step: 'Browser tests (vitest + Chromium)', passed: 0, failed: isCi ? 1 : 0, note: 'not run' });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
heading(`Summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const r of results) {
  const mark = r.failed > 0 ? 'FAIL' : r.passed === 0 && r.note === 'not run' ? 'skip' : 'ok  ';
  console.log(`${mark}  ${r.step}: ${r.passed} passed, ${r.failed} failed (${r.note})`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
