// New points and maps start with the defaults a therapist expects.
import { describe, expect, it } from 'vitest';
import { newTriggerPoint } from '../../../src/model/points';
import { newMapDocument } from '../../../src/model/document';
import { CREATED_AT, testAnchor } from '../../fixtures/maps';

describe('newTriggerPoint', () => {
  it('starts latent, without pain, findings or notes, with a fresh id', () => {
    const point = newTriggerPoint({ anchor: testAnchor(), region: 'upper-trapezius.left', side: 'left', order: 'a0', createdAt: CREATED_AT });
    expect(point).toMatchObject({
      kind: 'latent',
      painNrs: null,
      notes: '',
      findings: { tautBand: false, localTwitchResponse: false, jumpSign: false, familiarPainReproduced: false },
      order: 'a0',
      createdAt: CREATED_AT,
    });
    expect(point.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps what it is given', () => {
    const point = newTriggerPoint({
      id: 'p1',
      anchor: testAnchor(),
      region: 'upper-trapezius.left',
      side: 'left',
      kind: 'active',
      painNrs: 6,
      findings: { tautBand: true },
      notes: 'n',
      order: 'a1',
      createdAt: CREATED_AT,
    });
    expect(point).toMatchObject({ id: 'p1', kind: 'active', painNrs: 6, notes: 'n', findings: { tautBand: true, jumpSign: false } });
  });
});

describe('newMapDocument', () => {
  it('is an empty map with the given label', () => {
    const doc = newMapDocument({ label: 'Demo patient A', createdAt: CREATED_AT });
    expect(doc).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]+$/), label: 'Demo patient A', createdAt: CREATED_AT, points: {} });
    expect(newMapDocument({ id: 'm1', label: 'x', createdAt: CREATED_AT }).id).toBe('m1');
  });
});
