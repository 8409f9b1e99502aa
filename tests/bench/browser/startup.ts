// Start-up in Chromium: navigation start to the editor's first finished torso frame on a first visit (fresh
// profile, the demo map), against a bare three.js cube page; and the JavaScript fetched before that frame.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { FIRST_FRAME_MARK } from '../../../src/scene/viewport-api';
import type { BrowserBench } from './session';
import { waitForProbe } from './session';

export interface StartupResult {
  readonly appFirstFrameMs: number[];
  readonly cubeFirstFrameMs: number[];
  /** Each script fetched before the first torso frame, with its size as built and gzipped (zlib default level). */
  readonly scripts: { path: string; bytes: number; gzipBytes: number }[];
  /** False when the scripts before the first frame were not the same in every run. */
  readonly sameScriptsEveryRun: boolean;
  /** Where the app's start-up time went, per run: ms from navigation start until each was done. */
  readonly milestones: Milestones[];
}

export interface Milestones {
  readonly scriptsLoaded: number;
  readonly domContentLoaded: number;
  readonly modelLoaded: number;
  readonly firstFrame: number;
}

/**
 * Runs in the page: when the scripts and the model had arrived, and when the document was parsed and run.
 * (No named functions inside: the Node side's compiler would wrap them in a helper the page does not have.)
 */
function readMilestones(firstFrame: number): Milestones {
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname, end: e.responseEnd }));
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    scriptsLoaded: Math.max(0, ...resources.filter((e) => e.path.endsWith('.js')).map((e) => e.end)),
    domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0,
    modelLoaded: Math.max(0, ...resources.filter((e) => e.path.endsWith('.glb')).map((e) => e.end)),
    firstFrame,
  };
}

function markTime(page: Page, mark: string): Promise<number> {
  return waitForProbe(page, (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null, `the mark ${mark}`, mark);
}

export async function benchStartup(bench: BrowserBench, appDist: string, runs: number): Promise<StartupResult> {
  const appFirstFrameMs: number[] = [];
  const cubeFirstFrameMs: number[] = [];
  const scriptLists: string[][] = [];
  const milestones: Milestones[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const appContext = await bench.newContext();
    const page = await appContext.newPage();
    await page.goto(`${bench.app.origin}/`);
    const firstFrame = await markTime(page, FIRST_FRAME_MARK);
    const scripts = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < before && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname),
      firstFrame,
    );
    const times = await page.evaluate(readMilestones, firstFrame);
    await appContext.close();

    const cubeContext = await bench.newContext();
    const cubePage = await cubeContext.newPage();
    await cubePage.goto(`${bench.cube.origin}/`);
    const cubeFrame = await markTime(cubePage, 'cube:first-frame');
    await cubeContext.close();
    // The first run warms the disk cache and Chromium's processes; it is not counted.
    if (run === 0) continue;
    appFirstFrameMs.push(firstFrame);
    milestones.push(times);
    cubeFirstFrameMs.push(cubeFrame);
    scriptLists.push(scripts.sort());
  }
  const first = scriptLists[0] ?? [];
  if (first.length === 0) throw new Error('bench: no script was fetched before the first torso frame');
  const scripts = first.map((urlPath) => {
    const content = readFileSync(path.join(appDist, urlPath));
    return { path: urlPath, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return { appFirstFrameMs, cubeFirstFrameMs, scripts, sameScriptsEveryRun: scriptLists.every((list) => list.join() === first.join()), milestones };
}
