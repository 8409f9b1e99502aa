// The benchmark's verdicts and output: each budget of issue 13 as a row (median of the runs, the ratio
// measured side by side, its spread over the runs, PASS or FAIL), printed as a table and kept as JSON.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, ratioOf, spread, type Samples } from './stats';

export interface Budget {
  readonly op: '<=' | '>=';
  readonly limit: number;
  /** "x" for a ratio, else the unit of the value. */
  readonly unit: string;
}

export interface Row {
  readonly id: string;
  readonly what: string;
  /** The measured side (the big map, the app) and what it is compared with, when it is a ratio. */
  readonly subject: Samples;
  readonly baseline: Samples | null;
  /** The ratio of the medians, or the subject's median when there is no baseline. */
  readonly value: number;
  /** The ratio in each run (or each sample when there is no baseline): its spread says how stable it is. */
  readonly perRun: readonly number[];
  readonly budget: Budget | null;
  readonly verdict: 'PASS' | 'FAIL' | 'info';
}

function verdictOf(value: number, budget: Budget | null): Row['verdict'] {
  if (!budget) return 'info';
  return (budget.op === '<=' ? value <= budget.limit : value >= budget.limit) ? 'PASS' : 'FAIL';
}

export function ratioRow(id: string, what: string, subject: Samples, baseline: Samples, budget: Budget | null): Row {
  const { ratio, perRun } = ratioOf(subject, baseline);
  return { id, what, subject, baseline, value: ratio, perRun, budget, verdict: verdictOf(ratio, budget) };
}

export function valueRow(id: string, what: string, subject: Samples, budget: Budget | null): Row {
  const value = median(subject.samples);
  return { id, what, subject, baseline: null, value, perRun: subject.samples, budget, verdict: verdictOf(value, budget) };
}

function amount(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function ratioText(value: number): string {
  return value >= 100 ? `${value.toFixed(0)}x` : `${value.toFixed(2)}x`;
}

function cells(row: Row): string[] {
  const [low, high] = spread(row.perRun);
  const measured = amount(median(row.subject.samples), row.subject.unit);
  const against = row.baseline ? amount(median(row.baseline.samples), row.baseline.unit) : '';
  const value = row.baseline ? ratioText(row.value) : amount(row.value, row.subject.unit);
  const range = row.baseline ? `${ratioText(low)}-${ratioText(high)}` : `${amount(low, row.subject.unit)}-${amount(high, row.subject.unit)}`;
  const budget = row.budget ? `${row.budget.op} ${row.budget.unit === 'x' ? `${row.budget.limit}x` : amount(row.budget.limit, row.budget.unit)}` : '';
  return [row.what, measured, against, value, range, budget, row.verdict === 'info' ? '' : row.verdict];
}

export function formatTable(title: string, rows: readonly Row[]): string {
  const header = ['what', 'measured', 'vs', 'result', 'spread over runs', 'budget', ''];
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  ').trimEnd(), ...body.map(line)].join('\n');
}

export function writeJson(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
