// Labels on the model never overlap, also when many spots sit close together.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, overlaps } from '../../../../src/ui/patient/label-layout';
import { PATIENT_STEPS, wordedSteps } from '../../../../src/ui/patient/steps';

describe('layoutLabels', () => {
  it('separates labels whose spots are on top of each other', () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({ id: `l${i}`, x: 700, y: 400 + i, width: 220, height: 36 }));
    const placed = layoutLabels(requests, { width: 1280, height: 800 });
    expect(placed).toHaveLength(6);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('never overlaps, for any spots that fit the area', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 1024 }), y: fc.integer({ min: 0, max: 768 }), width: fc.integer({ min: 60, max: 260 }) }), { maxLength: 10 }),
        (spots) => {
          const placed = layoutLabels(spots.map((s, i) => ({ id: String(i), ...s, height: 34 })), { width: 1024, height: 768 });
          expect(placed).toHaveLength(spots.length);
          for (let i = 0; i < placed.length; i++) {
            for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('patient steps', () => {
  it('has the seven steps of the issue, and a clinic wording replaces the built-in text', () => {
    expect(PATIENT_STEPS.map((s) => s.id)).toEqual(['skin', 'superficialFascia', 'deepFascia', 'muscles', 'referral', 'continuity', 'release']);
    const steps = wordedSteps({ skin: { title: 'Die Haut', text: '' } });
    expect(steps[0]!.title).toBe('Die Haut');
    expect(steps[0]!.text).toBe(PATIENT_STEPS[0]!.text);
  });
});
