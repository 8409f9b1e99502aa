// Runs axe-core's accessibility rules in a page of the browser tests and reports what it finds, so a test
// can require that a screen has no serious or critical violation.

import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

type AxeWindow = Window & { axe?: typeof axe };

/** Which part of the page to check: all of it, or what `include` selects, less what `exclude` selects. */
export interface AxeScope {
  readonly include?: string;
  readonly exclude?: readonly string[];
}

/**
 * Every violation of axe's rules (WCAG 2.x A and AA, and its best practices) in the page, or in the part
 * of it that `scope` says. axe's script is evaluated through the browser's debugging protocol, which
 * the page's Content-Security-Policy does not govern, so the app's policy stays as strict as it ships.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source);
  return page.evaluate(async ({ include, exclude }) => {
    const engine = (window as AxeWindow).axe;
    if (!engine) throw new Error('axe-core did not load in the page');
    const context = { include: include ? [[include]] : [[':root']], exclude: (exclude ?? []).map((selector) => [selector]) };
    const results = await engine.run(context, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
    }));
  }, { include: scope.include, exclude: scope.exclude ? [...scope.exclude] : undefined });
}

/** The violations a screen may not have: axe rates them serious or critical. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation and element, for a failing test's message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target}\n    ${n.html}\n    ${n.summary.replace(/\n/g, ' ')}`))
    .join('\n');
}

/**
 * The serious and critical violations in the page (or the part `scope` says), one line each: a test
 * expects '' and, failing, shows what is wrong where.
 */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string> {
  return describeViolations(seriousOrCritical(await axeViolations(page, scope)));
}
