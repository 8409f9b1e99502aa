// New points and maps start with the defaults a therapist expects.
import { describe, expect, it } from 'vitest';
import { newTriggerPoint } from '../../../src/model/points';
import { newMapDocument } from '../../../src/model/document';
import { DEFAULT_TECHNIQUES } from '../../../src/model/sessions';
import { CREATED_AT, testAnchor } from '../../fixtures/maps';

describe('newTriggerPoint', () => {
  it('starts latent, without pain, findings or notes, present in the session it was found in, with a fresh id', () => {
    const point = newTriggerPoint({ anchor: testAnchor(), region: 'upper-trapezius.left', side: 'left', order: 'a0', createdAt: CREATED_AT, session: 'session-3' });
    expect(point).toMatchObject({
      kind: 'latent',
      session: 'session-3',
      notes: '',
      findings: { tautBand: false, localTwitchResponse: false, jumpSign: false, familiarPainReproduced: false },
      order: 'a0',
      createdAt: CREATED_AT,
    });
    expect(point.readings).toEqual({ 'session-3': { pain: null, ppt: null, status: 'present', techniques: [] } });
    expect(point.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps what it is given', () => {
    const point = newTriggerPoint({
      id: 'p1',
      anchor: testAnchor(),
      region: 'upper-trapezius.left',
      side: 'left',
      kind: 'active',
      session: 'session-1',
      pain: 6,
      findings: { tautBand: true },
      notes: 'n',
      order: 'a1',
      createdAt: CREATED_AT,
    });
    expect(point).toMatchObject({ id: 'p1', kind: 'active', notes: 'n', findings: { tautBand: true, jumpSign: false } });
    expect(point.readings['session-1']).toEqual({ pain: 6, ppt: null, status: 'present', techniques: [] });
  });
});

describe('newMapDocument', () => {
  it('is an empty map with the given label and a first session dated the day it was started', () => {
    // Midday UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
    const doc = newMapDocument({ label: 'Demo patient A', createdAt: '2026-11-29T12:00:00.000Z' });
    expect(doc).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      label: 'Demo patient A',
      createdAt: '2026-11-29T12:00:00.000Z',
      sessions: { 'session-1': { id: 'session-1', number: 1, date: '2026-11-29', note: '' } },
      points: {},
      zones: {},
      homeCare: [],
      techniques: [...DEFAULT_TECHNIQUES],
    });
    expect(newMapDocument({ id: 'm1', label: 'x', createdAt: CREATED_AT }).id).toBe('m1');
  });

  it('takes the first session date when given, and a technique list of its own', () => {
    const doc = newMapDocument({ label: 'x', createdAt: CREATED_AT, sessionDate: '2026-10-05' });
    expect(doc.sessions['session-1']?.date).toBe('2026-10-05');
    expect(doc.techniques).not.toBe(DEFAULT_TECHNIQUES);
    expect(doc.techniques).toContain('Dry needling');
  });
});
