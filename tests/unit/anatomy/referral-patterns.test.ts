// Reference referral patterns: every structure anatomy.md gives a referral for has one, the right side is the
// mirror of the left, and the patches sit where the words say (e.g. quadratus lumborum's reach the buttock).

import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/anatomy/regions';
import { inPatches, patternPatches, referencePatternFor } from '../../../src/anatomy/referral-patterns';

describe('reference referral patterns', () => {
  it('exist for exactly the regions with a referral in the catalog, with the same words', () => {
    for (const region of REGIONS) {
      const pattern = referencePatternFor(region.id);
      if (region.referral) {
        expect(pattern?.words, region.id).toBe(region.referral);
        expect(patternPatches(region.id, 1.1).length, region.id).toBeGreaterThan(0);
      } else {
        expect(pattern, region.id).toBeUndefined();
      }
    }
  });

  it('mirror the left side for the right', () => {
    const left = patternPatches('quadratus-lumborum.left', 1.1);
    const right = patternPatches('quadratus-lumborum.right', 1.1);
    expect(right.map((p) => p.angle)).toEqual(left.map((p) => -p.angle));
    // The left sacroiliac joint region is in the left pattern, not in the right one.
    expect(inPatches(left, 163, 0.98)).toBe(true);
    expect(inPatches(right, 163, 0.98)).toBe(false);
    expect(inPatches(right, -163, 0.98)).toBe(true);
  });

  it('put quadratus lumborum pain on the buttock, the trochanter and the groin, not on the chest', () => {
    const ql = patternPatches('quadratus-lumborum.left', 1.1);
    expect(inPatches(ql, 145, 0.85)).toBe(true); // lower buttock
    expect(inPatches(ql, 92, 0.9)).toBe(true); // greater trochanter
    expect(inPatches(ql, 38, 0.86)).toBe(true); // groin
    expect(inPatches(ql, 20, 1.3)).toBe(false); // chest
  });

  it('put multifidus pain at the spine at or below the point, wrapping across the back midline', () => {
    const at = patternPatches('multifidus.left', 1.12);
    expect(inPatches(at, 179, 1.1)).toBe(true);
    expect(inPatches(at, -179, 1.1)).toBe(true);
    expect(inPatches(at, 180, 1.25)).toBe(false);
  });
});
