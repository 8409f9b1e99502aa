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
 * the tests. A file that failed to load, a run that failed without a failing test (unhandled error,
 * global setup), or a project that ran no test at all counts as a failure so it cannot pass unnoticed.
 */
async function runVitest(step, projects, env = {}) {
  heading(step);
  const started = Date.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'fascia-map-vitest-'));
  const report = path.join(dir, 'report.json');
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const code = await run(bin('vitest'), args, env);
  let passed = 0;
  let failed = 0;
  const notes = [];
  try {
    const json = JSON.parse(await readFile(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    const ranIn = Object.fromEntries(projects.map((p) => [p, 0]));
    for (const file of json.testResults ?? []) {
      const tests = file.assertionResults ?? [];
      if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) failed += 1;
      const project = projects.find((p) => path.relative(root, file.name ?? '').startsWith(`tests${path.sep}${p}${path.sep}`));
      if (project) ranIn[project] += tests.filter((t) => t.status === 'passed' || t.status === 'failed').length;
    }
    for (const [project, count] of Object.entries(ranIn)) {
      if (count > 0) continue;
      failed += 1;
      notes.push(`the ${project} tests ran no test`);
      console.error(`FAIL: the "${project}" test project ran no test (tests/${project}/ has none, or none was collected)`);
    }
  } catch {
    // No report: vitest itself failed before or while running; the exit code below says so.
    notes.push('vitest wrote no report');
  }
  if (code !== 0 && failed === 0) failed = 1;
  await rm(dir, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ step, passed, failed, note: [`${seconds} s`, ...notes].join(', ') });
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
  console.error(
    "FAIL: browser tests not run: Chromium not found (install Debian's chromium: sudo apt-get install chromium, or set CHROMIUM_PATH)",
  );
  results.push({ step: 'Browser tests (vitest + Chromium)', passed: 0, failed: 1, note: 'not run: Chromium not found' });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
heading(`Summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const r of results) {
  const mark = r.failed > 0 ? 'FAIL' : 'ok  ';
  console.log(`${mark}  ${r.step}: ${r.passed} passed, ${r.failed} failed (${r.note})`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
