// Recording a point's pain, pressure pain threshold, status and techniques in a session: what each edit
// changes, that a no-op or a value out of range records nothing, and the cap on readings per map.
import { describe, expect, it } from 'vitest';
import { setPain, setPpt, setStatus, setTechnique } from '../../../src/model/reading-operations';
import { placePoint } from '../../../src/model/operations';
import { readingCount, readingIn } from '../../../src/model/sessions';
import { MAX_READINGS, MAX_TECHNIQUES, MAX_TECHNIQUE_LENGTH } from '../../../src/model/limits';
import type { MapDocument, PointStatus, Reading, TriggerPoint } from '../../../src/model/types';
import { undo } from '../../../src/history/history';
import { testPoint } from '../../fixtures/maps';
import { changed, mapWithSessions, reading, run } from '../support/sessions';

/** p0 (pain 0) and p1 (pain 1) found in session 1; session 2 started, nobody assessed there yet. */
const twoSessions = () => mapWithSessions(['2026-11-29', '2026-12-06']);

const readingOf = (doc: MapDocument, id: string, session: string) => readingIn(doc.points[id]!, session);

describe('setting pain in a session', () => {
  it('sets and clears pain in that session only, as one small step', () => {
    const doc = twoSessions();
    const edit = setPain('p1', 'session-1', 7);
    expect(edit.label).toBe('Set pain to 7');
    const { doc: next, entry } = changed(doc, edit);
    expect(readingOf(next, 'p1', 'session-1').pain).toBe(7);
    expect(entry.patches).toEqual([{ op: 'replace', path: ['points', 'p1', 'readings', 'session-1', 'pain'], value: 7 }]);
    expect(readingOf(next, 'p1', 'session-2')).toMatchObject({ status: 'notAssessed', pain: null });
    expect(setPain('p1', 'session-1', null).label).toBe('Clear pain');
    expect(readingOf(changed(next, setPain('p1', 'session-1', null)).doc, 'p1', 'session-1').pain).toBeNull();
  });

  it('on a point not yet assessed in the session, records it as present there in the same step', () => {
    const { doc, entry } = changed(twoSessions(), setPain('p0', 'session-2', 4));
    expect(doc.points.p0?.readings['session-2']).toEqual({ pain: 4, ppt: null, status: 'present', techniques: [] });
    expect(entry.patches).toEqual([{ op: 'add', path: ['points', 'p0', 'readings', 'session-2'], value: { pain: 4, ppt: null, status: 'present', techniques: [] } }]);
  });

  it('records nothing for the same pain, or a pain off the 0-10 scale', () => {
    const doc = twoSessions(); // p1 has pain 1 in session 1
    expect(run(doc, setPain('p1', 'session-1', 1))).toBeNull();
    for (const bad of [11, 12, -1, 2.5, Number.NaN, Infinity]) {
      expect(run(doc, setPain('p1', 'session-1', bad)), String(bad)).toBeNull();
      // Not even an empty "present" reading in a session the point was not assessed in.
      expect(run(doc, setPain('p1', 'session-2', bad)), String(bad)).toBeNull();
    }
  });

  it('records nothing for an unknown point or session', () => {
    const doc = twoSessions();
    expect(run(doc, setPain('nope', 'session-1', 5))).toBeNull();
    for (const session of ['session-9', '__proto__', 'constructor', 'toString']) expect(run(doc, setPain('p0', session, 5)), session).toBeNull();
  });

  // Clearing a pain that was never recorded changes nothing the therapist can see, so it should not mark the
  // point "present" nor add an undo step (removing a technique that was never applied already works so).
  it('clearing pain on a point not assessed in the session records nothing', () => {
    expect(run(twoSessions(), setPain('p0', 'session-2', null))).toBeNull();
  });
});

describe('setting the pressure pain threshold in a session', () => {
  it('sets and clears it, as one small step', () => {
    const doc = twoSessions();
    const edit = setPpt('p0', 'session-1', 3.25);
    expect(edit.label).toBe('Set pressure pain threshold to 3.25 kg/cm²');
    const { doc: next, entry } = changed(doc, edit);
    expect(readingOf(next, 'p0', 'session-1').ppt).toBe(3.25);
    expect(entry.patches).toEqual([{ op: 'replace', path: ['points', 'p0', 'readings', 'session-1', 'ppt'], value: 3.25 }]);
    expect(setPpt('p0', 'session-1', null).label).toBe('Clear pressure pain threshold');
    expect(readingOf(changed(next, setPpt('p0', 'session-1', null)).doc, 'p0', 'session-1').ppt).toBeNull();
  });

  it('on a point not yet assessed in the session, records it as present there', () => {
    const { doc } = changed(twoSessions(), setPpt('p1', 'session-2', 5.5));
    expect(doc.points.p1?.readings['session-2']).toEqual({ pain: null, ppt: 5.5, status: 'present', techniques: [] });
  });

  it('records nothing for the same value, 0 or less, above 20 kg/cm², or more than two decimals', () => {
    const doc = changed(twoSessions(), setPpt('p0', 'session-1', 4)).doc;
    expect(run(doc, setPpt('p0', 'session-1', 4))).toBeNull();
    for (const bad of [0, -1, 20.01, 25, 3.456, Number.NaN, Infinity]) {
      expect(run(doc, setPpt('p0', 'session-1', bad)), String(bad)).toBeNull();
      expect(run(doc, setPpt('p1', 'session-2', bad)), String(bad)).toBeNull();
    }
    expect(readingOf(changed(doc, setPpt('p0', 'session-1', 20)).doc, 'p0', 'session-1').ppt).toBe(20);
  });

  it('records nothing for an unknown point or session', () => {
    const doc = twoSessions();
    expect(run(doc, setPpt('nope', 'session-1', 3))).toBeNull();
    expect(run(doc, setPpt('p0', 'session-9', 3))).toBeNull();
  });
});

describe('marking a point’s status in a session', () => {
  it('changes the status, labelled in words', () => {
    const edit = setStatus('p0', 'session-1', 'improved');
    expect(edit.label).toBe('Mark point as improved');
    expect(setStatus('p0', 'session-1', 'notAssessed').label).toBe('Mark point as not assessed');
    const { doc, entry } = changed(twoSessions(), edit);
    expect(readingOf(doc, 'p0', 'session-1').status).toBe('improved');
    expect(entry.patches).toEqual([{ op: 'replace', path: ['points', 'p0', 'readings', 'session-1', 'status'], value: 'improved' }]);
  });

  it('on a point not yet assessed in the session, records it with the status given (not "present")', () => {
    for (const status of ['improved', 'released'] as const) {
      const { doc, entry } = changed(twoSessions(), setStatus('p0', 'session-2', status));
      expect(doc.points.p0?.readings['session-2']).toEqual({ pain: null, ppt: null, status, techniques: [] });
      expect(entry.patches).toHaveLength(1);
    }
  });

  it('records nothing for the same status, an unknown status, point or session', () => {
    const doc = twoSessions();
    expect(run(doc, setStatus('p0', 'session-1', 'present'))).toBeNull();
    expect(run(doc, setStatus('p0', 'session-1', 'gone' as PointStatus))).toBeNull();
    expect(run(doc, setStatus('p0', 'session-2', 'toString' as PointStatus))).toBeNull();
    expect(run(doc, setStatus('nope', 'session-1', 'released'))).toBeNull();
    expect(run(doc, setStatus('p0', 'session-9', 'released'))).toBeNull();
  });

  // "Not assessed" is what no reading means: marking a point not assessed where it has no reading changes nothing.
  it('marking a point not assessed where it was never assessed records nothing', () => {
    expect(run(twoSessions(), setStatus('p0', 'session-2', 'notAssessed'))).toBeNull();
  });
});

describe('recording the techniques applied in a session', () => {
  it('adds and removes a technique, labelled with its name', () => {
    const add = setTechnique('p0', 'session-1', 'Ischaemic compression', true);
    expect(add.label).toBe('Add technique: Ischaemic compression');
    const withOne = changed(twoSessions(), add).doc;
    expect(readingOf(withOne, 'p0', 'session-1').techniques).toEqual(['Ischaemic compression']);
    const withTwo = changed(withOne, setTechnique('p0', 'session-1', 'Stretching', true)).doc;
    expect(readingOf(withTwo, 'p0', 'session-1').techniques).toEqual(['Ischaemic compression', 'Stretching']);
    const remove = setTechnique('p0', 'session-1', 'Ischaemic compression', false);
    expect(remove.label).toBe('Remove technique: Ischaemic compression');
    expect(readingOf(changed(withTwo, remove).doc, 'p0', 'session-1').techniques).toEqual(['Stretching']);
  });

  it('on a point not yet assessed in the session, records it as present with that technique', () => {
    const { doc } = changed(twoSessions(), setTechnique('p1', 'session-2', 'Foam roller', true));
    expect(doc.points.p1?.readings['session-2']).toEqual({ pain: null, ppt: null, status: 'present', techniques: ['Foam roller'] });
  });

  it('records nothing when the technique is already recorded, or removed where it was not', () => {
    const doc = changed(twoSessions(), setTechnique('p0', 'session-1', 'Stretching', true)).doc;
    expect(run(doc, setTechnique('p0', 'session-1', 'Stretching', true))).toBeNull();
    expect(run(doc, setTechnique('p0', 'session-1', 'Dry needling', false))).toBeNull();
    // Removing from a session the point was not assessed in does not make it "present" there.
    expect(run(doc, setTechnique('p0', 'session-2', 'Stretching', false))).toBeNull();
  });

  it('records nothing for an empty or over-long name, an unknown point or session', () => {
    const doc = twoSessions();
    for (const name of ['', '   ', 'x'.repeat(MAX_TECHNIQUE_LENGTH + 1)]) expect(run(doc, setTechnique('p0', 'session-1', name, true)), JSON.stringify(name)).toBeNull();
    const longest = 'x'.repeat(MAX_TECHNIQUE_LENGTH);
    expect(readingOf(changed(doc, setTechnique('p0', 'session-1', longest, true)).doc, 'p0', 'session-1').techniques).toEqual([longest]);
    expect(run(doc, setTechnique('nope', 'session-1', 'Stretching', true))).toBeNull();
    expect(run(doc, setTechnique('p0', 'session-9', 'Stretching', true))).toBeNull();
  });

  it(`keeps at most ${MAX_TECHNIQUES} techniques on one reading`, () => {
    const many = Array.from({ length: MAX_TECHNIQUES }, (_, i) => `Technique ${i}`);
    const base = twoSessions();
    const doc: MapDocument = { ...base, points: { ...base.points, p0: { ...base.points.p0!, readings: { 'session-1': reading({ techniques: many }) } } } };
    expect(run(doc, setTechnique('p0', 'session-1', 'One more', true))).toBeNull();
    expect(readingOf(changed(doc, setTechnique('p0', 'session-1', 'Technique 0', false)).doc, 'p0', 'session-1').techniques).toHaveLength(MAX_TECHNIQUES - 1);
  });
});

describe('undoing a reading', () => {
  it('takes away a reading recorded in a new session, leaving the point not assessed there', () => {
    const doc = twoSessions();
    const { doc: next, entry } = changed(doc, setPain('p0', 'session-2', 6));
    const back = undo(next, { entries: [entry], cursor: 1 })!;
    expect(back.doc).toEqual(doc);
    expect(readingOf(back.doc, 'p0', 'session-2').status).toBe('notAssessed');
  });
});

describe(`the cap of ${MAX_READINGS.toLocaleString('en')} readings per map`, () => {
  const SESSIONS = 100;
  const POINTS = MAX_READINGS / SESSIONS;

  /**
   * 1,000 points each read in sessions 1..100 (exactly the cap), and session 101 just started. Built
   * directly: recording 100,000 readings edit by edit would take far too long.
   */
  function mapAtTheCap(): MapDocument {
    const dates = Array.from({ length: SESSIONS + 1 }, () => '2026-01-05');
    const base = mapWithSessions(dates, 0);
    const readings: Record<string, Reading> = {};
    for (let s = 1; s <= SESSIONS; s++) readings[`session-${s}`] = reading({ pain: 2 });
    const points: Record<string, TriggerPoint> = {};
    for (let i = 0; i < POINTS; i++) points[`p${i}`] = { ...testPoint(`p${i}`), readings };
    return { ...base, points };
  }

  const doc = mapAtTheCap();

  it('is what the test map holds', () => {
    expect(readingCount(doc)).toBe(MAX_READINGS);
    expect(Object.hasOwn(doc.sessions, `session-${SESSIONS + 1}`)).toBe(true);
  });

  it('refuses a new reading in any way it could be made', () => {
    const next = `session-${SESSIONS + 1}`;
    expect(run(doc, setPain('p0', next, 5))).toBeNull();
    expect(run(doc, setPpt('p0', next, 3))).toBeNull();
    expect(run(doc, setStatus('p0', next, 'released'))).toBeNull();
    expect(run(doc, setTechnique('p0', next, 'Stretching', true))).toBeNull();
    expect(run(doc, placePoint(testPoint('one-more', { session: next })))).toBeNull();
  });

  it('still lets the therapist change readings that exist', () => {
    expect(readingOf(changed(doc, setPain('p0', 'session-1', 5)).doc, 'p0', 'session-1').pain).toBe(5);
  });

  it('lets a reading be recorded again once there is room', () => {
    const { p0, ...others } = doc.points;
    const { 'session-1': _dropped, ...rest } = p0!.readings;
    const roomForOne: MapDocument = { ...doc, points: { ...others, p0: { ...p0!, readings: rest } } };
    expect(readingCount(roomForOne)).toBe(MAX_READINGS - 1);
    const { doc: after } = changed(roomForOne, setPain('p1', `session-${SESSIONS + 1}`, 5));
    expect(readingCount(after)).toBe(MAX_READINGS);
    expect(run(after, setPain('p2', `session-${SESSIONS + 1}`, 5))).toBeNull();
  });
});

describe('counting readings', () => {
  it('counts every reading of every point over all sessions', () => {
    const doc = twoSessions();
    expect(readingCount(doc)).toBe(2);
    expect(readingCount(changed(doc, setPain('p0', 'session-2', 3)).doc)).toBe(3);
    expect(readingCount({ points: {} })).toBe(0);
  });
});
