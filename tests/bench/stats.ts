// Small statistics for the benchmark: medians, spreads, and comparisons whose ratio is taken from samples
// measured side by side in the same run, so the machine's speed cancels out.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Smallest and largest sample. */
export function spread(values: readonly number[]): [number, number] {
  return values.length === 0 ? [NaN, NaN] : [Math.min(...values), Math.max(...values)];
}

/** Samples of one quantity: ms, bytes or µs, one per run. */
export interface Samples {
  readonly label: string;
  readonly unit: string;
  readonly samples: readonly number[];
}

export interface Ratio {
  /** median(subject) / median(baseline). */
  readonly ratio: number;
  /** subject[i] / baseline[i]: the ratio in each run, whose spread says how stable the figure is. */
  readonly perRun: readonly number[];
}

export function ratioOf(subject: Samples, baseline: Samples): Ratio {
  const n = Math.min(subject.samples.length, baseline.samples.length);
  const perRun: number[] = [];
  for (let i = 0; i < n; i++) perRun.push(subject.samples[i]! / baseline.samples[i]!);
  return { ratio: median(subject.samples) / median(baseline.samples), perRun };
}

export function samples(label: string, unit: string, values: readonly number[]): Samples {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) throw new Error(`bench: ${label} has no valid samples (${values.join(', ')})`);
  return { label, unit, samples: values };
}
