// The demo map a newcomer sees must show what it says: each demo spot lies on the muscle it names.

import { describe, expect, it } from 'vitest';
import { DEMO_POINTS, buildDemoMap } from '../../../src/app/demo-map';
import { regionAt } from '../../../src/anatomy/outlines';
import { isRegionId, regionById } from '../../../src/anatomy/regions';
import { validateDocument, SCHEMA_VERSION } from '../../../src/io';
import { testAnchor } from '../support/points';

describe('demo map', () => {
  it.each(DEMO_POINTS.map((spec) => [spec.expectedRegion, spec] as const))('places the %s point on that region', (expected, spec) => {
    expect(isRegionId(expected)).toBe(true);
    expect(regionAt(spec.layer, spec.angle, spec.height)).toBe(expected);
  });

  it('builds a valid map with one point per spot, sides taken from the regions', () => {
    const doc = buildDemoMap((layer, angle, height) => {
      const region = regionAt(layer, angle, height);
      return { anchor: testAnchor({ layer, angle, height }), region, side: regionById(region)!.side };
    });
    expect(Object.keys(doc.points)).toHaveLength(DEMO_POINTS.length);
    expect(doc.label).toMatch(/^Demo patient/);
    expect(validateDocument(doc, SCHEMA_VERSION)).toMatchObject({ ok: true });
    const sides = Object.values(doc.points).map((p) => p.side);
    expect(sides).toEqual(['left', 'right', 'left', 'right']);
  });
});
