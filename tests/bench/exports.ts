// The exports at 5,000 points, in Node with the app's own functions (no budget; reported): the JSON file, the
// FHIR bundle, and reading the JSON file back (import validation). The PNG export draws in the browser and
// meta-png does not load as an ES module under tsx, so PNG is not timed here.

import { performance } from 'node:perf_hooks';
import { exportMap } from '../../src/io/export';
import { fhirBundleText } from '../../src/io/fhir';
import { importMap } from '../../src/io/import';
import type { MapDocument } from '../../src/model/types';

export interface ExportTiming {
  readonly what: string;
  readonly ms: number[];
  readonly bytes: number;
}

function timed(what: string, runs: number, task: () => { length: number }): ExportTiming {
  let bytes = task().length;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = task().length;
    ms.push(performance.now() - t0);
  }
  return { what, ms, bytes };
}

export function benchExports(doc: MapDocument, runs: number): ExportTiming[] {
  const now = new Date('2026-11-30T10:00:00.000Z');
  let counter = 0;
  const json = exportMap(doc, now);
  return [
    timed('JSON export', runs, () => exportMap(doc, now)),
    timed('FHIR bundle', runs, () => fhirBundleText(doc, { anonymise: false, now, newId: () => `id-${counter++}` })),
    timed('JSON import (validate)', runs, () => {
      const result = importMap(json);
      if (!result.ok) throw new Error(`bench: the exported file does not import: ${result.message}`);
      return json;
    }),
  ];
}
