// Comparing two sessions: each point's change (better / same / worse / new / resolved / not compared),
// the summary per session and by region, and a point's trend over sessions.

import { describe, expect, it } from 'vitest';
import { changeOf, compareSessions, trendOf } from '../../../src/model/compare';
import { sessionsInOrder } from '../../../src/model/sessions';
import type { MapDocument, Reading, Session, TriggerPoint } from '../../../src/model/types';
import { testDocument, testPoint } from '../support/points';

const S1: Session = { id: 'session-1', number: 1, date: '2026-11-01', note: '' };
const S2: Session = { id: 'session-2', number: 2, date: '2026-11-15', note: '' };
const S3: Session = { id: 'session-3', number: 3, date: '2026-11-29', note: '' };

const reading = (pain: number | null, status: Reading['status'] = 'present', ppt: number | null = null): Reading => ({ pain, ppt, status, techniques: [] });

function point(id: string, readings: Record<string, Reading>, overrides: Partial<TriggerPoint> = {}): TriggerPoint {
  return testPoint(id, `a${id}`, { readings, ...overrides });
}

function mapWith(points: TriggerPoint[]): MapDocument {
  return { ...testDocument(points), sessions: { [S1.id]: S1, [S2.id]: S2, [S3.id]: S3 } };
}

describe('change of a point between two sessions', () => {
  const doc = mapWith([]);
  it.each([
    ['pain down by 2 is better', { [S1.id]: reading(6) }, reading(4), 'better'],
    ['pain up by 1 is worse', { [S1.id]: reading(3) }, reading(4), 'worse'],
    ['the same pain is the same', { [S1.id]: reading(5) }, reading(5), 'same'],
    ['released now, not before, is resolved', { [S1.id]: reading(5) }, reading(0, 'released'), 'resolved'],
    ['released both times is the same', { [S1.id]: reading(0, 'released') }, reading(0, 'released'), 'same'],
    ['not assessed earlier is not compared', {}, reading(4), 'notCompared'],
    ['a higher pressure pain threshold without pain ratings is better', { [S1.id]: reading(null, 'present', 2.0) }, reading(null, 'present', 3.1), 'better'],
    ['a lower threshold by less than 0.5 kg/cm² is the same', { [S1.id]: reading(null, 'present', 3.0) }, reading(null, 'present', 2.7), 'same'],
    ['without numbers, improved after present is better', { [S1.id]: reading(null, 'present') }, reading(null, 'improved'), 'better'],
    ['back to present after improved is worse', { [S1.id]: reading(null, 'improved') }, reading(null, 'present'), 'worse'],
  ] as const)('%s', (_, earlier, later, expected) => {
    const p = point('p1', { ...earlier, [S2.id]: later });
    expect(changeOf(doc, p, S1, S2)).toBe(expected);
  });

  it('calls a point first recorded after the earlier session new, and not assessed later not compared', () => {
    const found = point('p1', { [S2.id]: reading(5) }, { session: S2.id });
    expect(changeOf(doc, found, S1, S2)).toBe('new');
    expect(changeOf(doc, found, S1, S3)).toBe('notCompared');
  });
});

describe('comparing sessions', () => {
  it('counts the changes and summarises both sessions and each region', () => {
    const doc = mapWith([
      point('p1', { [S1.id]: reading(7), [S3.id]: reading(2, 'improved') }, { kind: 'active' }),
      point('p2', { [S1.id]: reading(4), [S3.id]: reading(0, 'released') }, { region: 'other-muscle.right', side: 'right' }),
      point('p3', { [S1.id]: reading(3) }),
      point('p4', { [S3.id]: reading(6) }, { session: S3.id }),
    ]);
    const result = compareSessions(doc, S1, S3);
    expect(Object.fromEntries(result.changes)).toEqual({ p1: 'better', p2: 'resolved', p3: 'notCompared', p4: 'new' });
    expect(result.counts).toMatchObject({ better: 1, resolved: 1, notCompared: 1, new: 1, same: 0, worse: 0 });
    expect(result.summaryFrom).toMatchObject({ points: 3, assessed: 3, meanPain: (7 + 4 + 3) / 3 });
    expect(result.summaryFrom.byKind).toEqual({ active: 1, latent: 2, satellite: 0 });
    expect(result.summaryTo).toMatchObject({ points: 4, assessed: 3, meanPain: (2 + 0 + 6) / 3 });
    expect(result.summaryTo.byStatus).toEqual({ present: 1, improved: 1, released: 1, notAssessed: 1 });
    expect(result.regions).toEqual([
      { label: 'other muscle (right)', from: 1, to: 1, meanPainFrom: 4, meanPainTo: 0 },
      { label: 'test muscle (left)', from: 2, to: 3, meanPainFrom: 5, meanPainTo: 4 },
    ]);
  });

  it('has no mean pain for a session where no point was rated', () => {
    const doc = mapWith([point('p1', { [S1.id]: reading(null) })]);
    expect(compareSessions(doc, S1, S2).summaryTo.meanPain).toBeNull();
  });
});

describe('trend of a point', () => {
  it('lists its readings oldest first from the session it was found in, not assessed where missing', () => {
    const p = point('p1', { [S2.id]: reading(6, 'present', 2.5) }, { session: S2.id });
    const doc = mapWith([p]);
    const trend = trendOf(doc, sessionsInOrder(doc), p);
    expect(trend.map((t) => [t.session.number, t.pain, t.ppt, t.status])).toEqual([
      [2, 6, 2.5, 'present'],
      [3, null, null, 'notAssessed'],
    ]);
  });
});
