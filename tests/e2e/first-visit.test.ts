// Issue point 1: a first visit with empty storage opens the demo map, lists its four trigger points and
// draws the body, without a single request leaving the app's origin.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { expectedRegionName, normalise } from './harness/expectations';
import { drawnShare } from './harness/png';

/** The demo map's points, as the issue names them. */
const DEMO_POINTS = [
  { region: /quadratus.lumborum/i, side: 'left' },
  { region: /gluteus.medius/i, side: 'right' },
  { region: /iliocostalis|erector.spinae/i, side: 'left' },
  { region: /trapezius/i, side: 'right' },
] as const;

describe('first visit', () => {
  const browser = useBrowserSuite();

  it('opens the demo map with its four points listed and the body drawn', async () => {
    const editor = await browser.openEditor();

    expect(await editor.page.title()).toBe('Fascia Map');
    const doc = await editor.document();
    expect(doc.label).toMatch(/^Demo patient/);
    const points = pointsInOrder(doc);
    expect(points).toHaveLength(4);
    for (const expected of DEMO_POINTS) {
      const match = points.find((p) => expected.region.test(p.region) && p.side === expected.side);
      expect(match, `a demo point on ${expected.region} (${expected.side})`).toBeDefined();
    }

    const rows = await editor.pointsRows();
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const point = points[i];
      if (!point) throw new Error(`no point for row ${i}`);
      expect(normalise(row.Region ?? '')).toContain(expectedRegionName(point.region));
      expect(normalise(row.Side ?? '')).toBe(point.side);
    });

    await editor.moveMouseAway();
    const share = drawnShare(await editor.canvasPixels());
    expect(share, 'share of the canvas the body covers').toBeGreaterThan(0.05);
  });
});
