// `npm run bench`: issue 13's benchmark suite. Builds the app, measures in Node (picking, the library,
// exports) and in headless Chromium (start-up, frames, edits, undo, opening, import), prints the median of
// several runs with each comparison's ratio measured side by side in the same run, PASS/FAIL per budget,
// and writes everything to .artifacts/bench/results.json. A FAIL is a finding, not an error: the exit code
// is 0 unless a measurement itself broke.

import 'fake-indexeddb/auto';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { exportMap } from '../../src/io/export';
import { APP_DIST, CUBE_DIST, buildAll, repoRoot } from './build';
import { benchEdits } from './browser/edits';
import { benchFrames } from './browser/frames';
import { benchImports } from './browser/imports';
import { BIG, SMALL, STORED_STEPS, benchLibrary as browserLibrary } from './browser/library-fixture';
import { benchOpens } from './browser/opens';
import { startBrowserBench } from './browser/session';
import { benchStartup } from './browser/startup';
import { benchExports } from './exports';
import { benchLibrary } from './library';
import { benchModel, spreadMap } from './maps';
import { benchPicking } from './picking';
import { formatTable, ratioRow, valueRow, writeJson, type Row } from './report';
import { median, samples } from './stats';

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 4));
const FRAMES = Math.max(3, Number(process.env.BENCH_FRAMES ?? 5));
const RESULTS = path.join(repoRoot, '.artifacts/bench/results.json');

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    chromium: 'not started',
    webgl: 'SwiftShader (software), --use-angle=swiftshader',
  };
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ${RUNS} runs`);

  log('building the app and the cube page');
  const { appBuildSeconds } = await buildAll();

  log('Node: picking (BVH vs brute force)');
  const model = await benchModel();
  const picking = benchPicking(model, RUNS);
  log('Node: library open/list with 1 and 200 maps');
  const library = await benchLibrary(RUNS);
  log('Node: exports at 5,000 points');
  const bigDoc = await spreadMap(BIG, 'bench-import-5000', 'Bench import 5,000 points');
  const smallDoc = await spreadMap(SMALL, 'bench-import-100', 'Bench import 100 points');
  const exports = benchExports(bigDoc, RUNS);

  log(`seeding the stored library (a 5,000-point map with ${STORED_STEPS} steps among others)`);
  const { records } = await browserLibrary();
  const files = { small: { text: exportMap(smallDoc), points: SMALL }, big: { text: exportMap(bigDoc), points: BIG } };

  const browser = await startBrowserBench(APP_DIST, CUBE_DIST);
  machine.chromium = browser.chromiumVersion;
  let chromiumResults;
  try {
    log(`Chromium ${browser.chromiumVersion}: start-up vs the cube page`);
    const startup = await benchStartup(browser, APP_DIST, RUNS);
    log('Chromium: frame time, empty map vs 5,000 points');
    const frames = await benchFrames(browser, records, FRAMES);
    log('Chromium: one edit and its undo at 100 and 5,000 points');
    const edits = await benchEdits(browser, records, RUNS);
    log('Chromium: opening maps');
    const opens = await benchOpens(browser, records, RUNS);
    log('Chromium: importing 100- and 5,000-point files');
    const imports = await benchImports(browser, records, files, RUNS);
    chromiumResults = { startup, frames, edits, opens, imports };
  } finally {
    await browser.close();
  }
  const { startup, frames, edits, opens, imports } = chromiumResults;

  const jsGzipKb = startup.scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1000;
  const budgets: Row[] = [
    valueRow('js-before-first-frame', `JS before first torso frame, gzip (${startup.scripts.length} file${startup.scripts.length === 1 ? '' : 's'})`, samples('JS gzip', 'kB', [jsGzipKb]), { op: '<=', limit: 320, unit: 'kB' }),
    ratioRow('frame-time', 'frame time, 5,000 points vs empty map', samples('5,000 points', 'ms', frames.bigMs), samples('empty', 'ms', frames.emptyMs), { op: '<=', limit: 1.5, unit: 'x' }),
    ratioRow('edit-time', 'one edit (click to "Saved"), 5,000 vs 100 points', samples('5,000', 'ms', edits.big.editMs), samples('100', 'ms', edits.small.editMs), { op: '<=', limit: 1.5, unit: 'x' }),
    ratioRow('edit-bytes', 'bytes written by that edit, 5,000 vs 100', samples('5,000', 'B', edits.big.editBytes), samples('100', 'B', edits.small.editBytes), { op: '<=', limit: 1.2, unit: 'x' }),
    ratioRow('undo-time', 'undo (click to "Saved"), 5,000 vs 100 points', samples('5,000', 'ms', edits.big.undoMs), samples('100', 'ms', edits.small.undoMs), { op: '<=', limit: 1.5, unit: 'x' }),
    ratioRow('open-history-vs-demo', `open 5,000 points + ${STORED_STEPS} steps vs the demo map`, samples('5,000 + history', 'ms', opens.bigWithHistoryMs), samples('demo', 'ms', opens.demoMs), { op: '<=', limit: 1.3, unit: 'x' }),
    ratioRow('open-history-vs-plain', `open 5,000 points + ${STORED_STEPS} steps vs without history`, samples('5,000 + history', 'ms', opens.bigWithHistoryMs), samples('5,000', 'ms', opens.bigMs), { op: '<=', limit: 1.2, unit: 'x' }),
    ratioRow('import-time', 'import a file (to open and "Saved"), 5,000 vs 100 points', samples('5,000', 'ms', imports.bigMs), samples('100', 'ms', imports.smallMs), { op: '<=', limit: 10, unit: 'x' }),
    ...picking.map((p) =>
      ratioRow(`picking-${p.layer}`, `picking ${p.layer}: brute force vs BVH per ray`, samples('brute', 'µs', p.bruteUs), samples('BVH', 'µs', p.bvhUs), { op: '>=', limit: 1000, unit: 'x' }),
    ),
    ratioRow('startup', 'start to first torso frame vs bare three.js cube', samples('app', 'ms', startup.appFirstFrameMs), samples('cube', 'ms', startup.cubeFirstFrameMs), { op: '<=', limit: 2, unit: 'x' }),
  ];
  const [oneMap, manyMaps] = library;
  const info: Row[] = [
    ratioRow('undo-bytes', 'bytes written by undo, 5,000 vs 100', samples('5,000', 'B', edits.big.undoBytes), samples('100', 'B', edits.small.undoBytes), null),
    ratioRow('open-plain-vs-demo', 'open 5,000 points (no history) vs the demo map', samples('5,000', 'ms', opens.bigMs), samples('demo', 'ms', opens.demoMs), null),
    ...(oneMap && manyMaps
      ? [
          ratioRow('library-open', 'library (Node): open one map, 200 vs 1 stored', samples('200 maps', 'ms', manyMaps.openMs), samples('1 map', 'ms', oneMap.openMs), null),
          ratioRow('library-list', 'library (Node): list, 200 vs 1 stored', samples('200 maps', 'ms', manyMaps.listMs), samples('1 map', 'ms', oneMap.listMs), null),
        ]
      : []),
    ...exports.map((e) => valueRow(`export-${e.what}`, `${e.what} at 5,000 points (Node, ${(e.bytes / 1e6).toFixed(1)} MB)`, samples(e.what, 'ms', e.ms), null)),
  ];

  const failed = budgets.filter((r) => r.verdict === 'FAIL').length;
  const seconds = (Date.now() - started) / 1000;
  console.log('');
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium} (${machine.webgl})`);
  console.log(`Median of ${RUNS} runs (frame time: ${FRAMES} frames of one orbit); ratios from samples measured side by side in the same run.\n`);
  console.log(formatTable('Budgets (issue 13)', budgets));
  console.log('');
  console.log(formatTable('Also measured (no budget)', info));
  console.log('');
  console.log(`Scripts before the first torso frame: ${startup.scripts.map((s) => `${s.path} ${(s.gzipBytes / 1000).toFixed(1)} kB gzip`).join(', ')}${startup.sameScriptsEveryRun ? '' : ' (the list differed between runs)'}`);
  const at = (key: keyof (typeof startup.milestones)[number]) => median(startup.milestones.map((m) => m[key])).toFixed(0);
  console.log(
    `Start-up milestones (median ms from navigation start): scripts loaded ${at('scriptsLoaded')}, DOMContentLoaded ${at('domContentLoaded')}, model loaded ${at('modelLoaded')}, first torso frame ${at('firstFrame')}; cube page ${median(startup.cubeFirstFrameMs).toFixed(0)}.`,
  );
  console.log(`${budgets.length - failed} of ${budgets.length} budgets PASS, ${failed} FAIL. This is a report: the exit code is 0 even when a budget fails.`);
  console.log(`Results: ${path.relative(repoRoot, RESULTS)}; took ${seconds.toFixed(0)} s (app build ${appBuildSeconds.toFixed(1)} s).`);

  writeJson(RESULTS, {
    generatedAt: new Date().toISOString(),
    seconds,
    runs: RUNS,
    frames: FRAMES,
    machine,
    budgets,
    info,
    raw: { picking, library, exports: exports, startup, frames, edits, opens, imports },
  });
}

main().catch((error: unknown) => {
  console.error('[bench] a measurement broke; no verdict:');
  console.error(error);
  process.exit(1);
});
