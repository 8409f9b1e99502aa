// Treatment sessions: their order, the current and shown session, "not assessed" readings, session dates and
// PPT typed by the therapist, and starting the next session.
import { describe, expect, it } from 'vitest';
import {
  checkSessionDate,
  currentSession,
  isSessionDate,
  NOT_ASSESSED,
  readingIn,
  readPptInput,
  sessionsInOrder,
  sessionTitle,
  shownSession,
} from '../../../src/model/sessions';
import { startNextSession } from '../../../src/model/session-operations';
import { MAX_PPT, MAX_SESSIONS } from '../../../src/model/limits';
import type { MapDocument } from '../../../src/model/types';
import { changed, mapWithSessions, reading, run, testSession } from '../support/sessions';

describe('the order of sessions', () => {
  // Stored in any key order (as a file may list them); the number decides.
  const doc: Pick<MapDocument, 'sessions'> = {
    sessions: {
      'session-3': testSession(3, '2026-11-01'),
      'session-1': testSession(1, '2026-10-01'),
      'session-2': testSession(2, '2026-10-15'),
    },
  };

  it('lists sessions oldest first, by their number', () => {
    expect(sessionsInOrder(doc).map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('gives the same list again for the same sessions, and a new one when they change', () => {
    const first = sessionsInOrder(doc);
    expect(sessionsInOrder(doc)).toBe(first);
    const more = { sessions: { ...doc.sessions, 'session-4': testSession(4, '2026-11-20') } };
    expect(sessionsInOrder(more).map((s) => s.id)).toEqual(['session-1', 'session-2', 'session-3', 'session-4']);
  });

  it('the current session is the one started last', () => {
    expect(currentSession(doc).id).toBe('session-3');
    expect(currentSession({ sessions: { 'session-1': testSession(1, '2026-10-01') } }).id).toBe('session-1');
  });

  it('a map without any session is an error, never a made-up session', () => {
    expect(() => currentSession({ sessions: {} })).toThrow(/at least one session/);
  });

  it('shows the session the therapist picked, or the current one when that is gone or unknown', () => {
    expect(shownSession(doc, 'session-2').id).toBe('session-2');
    expect(shownSession(doc, null).id).toBe('session-3');
    expect(shownSession(doc, 'session-9').id).toBe('session-3');
    expect(shownSession(doc, '__proto__').id).toBe('session-3');
    expect(shownSession(doc, 'toString').id).toBe('session-3');
  });

  it('titles a session with its number and date', () => {
    expect(sessionTitle(testSession(2, '2026-10-15'))).toBe('Session 2 · 15 Oct 2026');
  });
});

describe('a point’s reading in a session', () => {
  const doc = mapWithSessions(['2026-10-01', '2026-10-15']);
  const point = { ...doc.points.p1!, readings: { 'session-1': reading({ pain: 3, ppt: 4.5, status: 'improved', techniques: ['Stretching'] }) } };

  it('is what was recorded in that session', () => {
    expect(readingIn(point, 'session-1')).toEqual({ pain: 3, ppt: 4.5, status: 'improved', techniques: ['Stretching'] });
  });

  it('is "not assessed", with nothing measured, when nothing was recorded there', () => {
    expect(readingIn(point, 'session-2')).toEqual({ pain: null, ppt: null, status: 'notAssessed', techniques: [] });
    expect(readingIn(point, 'session-2')).toBe(NOT_ASSESSED);
  });

  it('never reads a property every object has as a reading', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(readingIn(point, key)).toBe(NOT_ASSESSED);
  });
});

describe('a session date', () => {
  it('must be a real calendar day written YYYY-MM-DD', () => {
    for (const good of ['2026-12-03', '2024-02-29', '2026-01-31', '2026-12-31']) expect(isSessionDate(good), good).toBe(true);
    for (const bad of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00', '2026-1-05', '03/12/2026', '2026-12-03T10:00', ' 2026-12-03', '']) {
      expect(isSessionDate(bad), bad).toBe(false);
    }
    for (const notText of [20261203, null, undefined, new Date('2026-12-03')]) expect(isSessionDate(notText)).toBe(false);
  });

  it('must lie between 1900 and 2199', () => {
    expect(isSessionDate('1900-01-01')).toBe(true);
    expect(isSessionDate('2199-12-31')).toBe(true);
    expect(isSessionDate('1899-12-31')).toBe(false);
    expect(isSessionDate('2200-01-01')).toBe(false);
  });
});

describe('a session date typed by the therapist', () => {
  const doc = mapWithSessions(['2026-10-01', '2026-10-15', '2026-11-02']);
  const today = '2026-11-20';

  it('is accepted between the sessions before and after it, up to today', () => {
    expect(checkSessionDate(doc, 'session-2', '2026-10-20', today)).toEqual({ ok: true, value: '2026-10-20' });
    expect(checkSessionDate(doc, 'session-3', today, today)).toEqual({ ok: true, value: today });
  });

  it('may be the same day as the session before or after it (two visits on one day)', () => {
    expect(checkSessionDate(doc, 'session-2', '2026-10-01', today).ok).toBe(true);
    expect(checkSessionDate(doc, 'session-2', '2026-11-02', today).ok).toBe(true);
  });

  it('is refused in the future', () => {
    const check = checkSessionDate(doc, 'session-3', '2026-11-21', today);
    expect(check).toEqual({ ok: false, message: 'A session cannot be dated in the future (21 Nov 2026); the date was not changed.' });
  });

  it('is refused before the session before it, naming that session and its date', () => {
    const check = checkSessionDate(doc, 'session-2', '2026-09-30', today);
    expect(check).toEqual({ ok: false, message: 'Session 2 cannot be dated before session 1 (1 Oct 2026); the date was not changed.' });
  });

  it('is refused after the session after it, naming that session and its date', () => {
    const check = checkSessionDate(doc, 'session-2', '2026-11-03', today);
    expect(check).toEqual({ ok: false, message: 'Session 2 cannot be dated after session 3 (2 Nov 2026); the date was not changed.' });
  });

  it('is refused when it is not a date, quoting what was typed', () => {
    const check = checkSessionDate(doc, 'session-1', '2026-02-31', today);
    expect(check).toEqual({ ok: false, message: '“2026-02-31” is not a date; the session date was not changed.' });
    expect(checkSessionDate(doc, 'session-1', 'yesterday', today)).toMatchObject({ ok: false, message: expect.stringMatching(/“yesterday” is not a date/) });
  });

  it('the first session has no session before it and the last none after it', () => {
    expect(checkSessionDate(doc, 'session-1', '1990-05-04', today).ok).toBe(true);
    expect(checkSessionDate(doc, 'session-3', '2026-11-19', today).ok).toBe(true);
  });

  // Sessions are numbered 1, 2, 3 by the app, but a file may number them with gaps (only repeats are refused):
  // the message should name the session as its title does.
  it('names the session by its own number when the numbers have gaps', () => {
    const gapped = { sessions: { 'session-1': testSession(1, '2026-10-01'), 'session-5': testSession(5, '2026-10-15') } };
    const check = checkSessionDate(gapped, 'session-5', '2026-09-01', today);
    expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/^Session 5 cannot be dated before session 1/) });
  });
});

describe('a pressure pain threshold typed by the therapist', () => {
  it('left empty means not measured', () => {
    expect(readPptInput('', false)).toEqual({ ok: true, value: null });
    expect(readPptInput('   ', false)).toEqual({ ok: true, value: null });
  });

  it('is accepted above 0 and up to the limit, with at most two decimals', () => {
    expect(readPptInput('3.25', false)).toEqual({ ok: true, value: 3.25 });
    expect(readPptInput(' 4 ', false)).toEqual({ ok: true, value: 4 });
    expect(readPptInput('0.01', false)).toEqual({ ok: true, value: 0.01 });
    expect(readPptInput(String(MAX_PPT), false)).toEqual({ ok: true, value: MAX_PPT });
    expect(readPptInput('20.00', false)).toEqual({ ok: true, value: 20 });
  });

  it('is refused at 0 and below, never stored as "no pressure"', () => {
    for (const typed of ['0', '0.00', '-1', '-0.5']) expect(readPptInput(typed, false).ok, typed).toBe(false);
    expect(readPptInput('0', false)).toMatchObject({ message: expect.stringMatching(/above 0 and at most 20.*“0” was not saved/) });
  });

  it('is refused above the limit, never cut down to it', () => {
    const check = readPptInput('20.01', false);
    expect(check).toEqual({ ok: false, message: 'Pressure pain threshold is a number of kg/cm² above 0 and at most 20, with at most 2 decimals; “20.01” was not saved.' });
    expect(readPptInput('150', false).ok).toBe(false);
  });

  it('is refused with more than two decimals, never rounded', () => {
    expect(readPptInput('3.456', false)).toMatchObject({ ok: false, message: expect.stringMatching(/“3.456” was not saved/) });
  });

  it('is refused when it is not a number', () => {
    for (const typed of ['abc', '3,5', '1e1', '3.', '.5', 'NaN', 'Infinity', '0x10']) expect(readPptInput(typed, false).ok, typed).toBe(false);
  });

  it('is refused when the browser says the field holds something that is not a number', () => {
    // A number input reports "bad input" with an empty value when letters were typed into it.
    const check = readPptInput('', true);
    expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/not a number, so it was not saved/) });
  });
});

describe('starting the next session', () => {
  const doc = mapWithSessions(['2026-11-29'], 3);

  it('adds session 2 on the given date and makes it the current session, in one step', () => {
    const edit = startNextSession('2026-12-06');
    expect(edit.label).toBe('Start session on 6 Dec 2026');
    const { doc: next, entry } = changed(doc, edit);
    expect(next.sessions['session-2']).toEqual({ id: 'session-2', number: 2, date: '2026-12-06', note: '' });
    expect(currentSession(next).id).toBe('session-2');
    expect(entry.patches).toEqual([{ op: 'add', path: ['sessions', 'session-2'], value: { id: 'session-2', number: 2, date: '2026-12-06', note: '' } }]);
  });

  it('carries every point over, not yet assessed in the new session, and keeps its earlier readings', () => {
    const { doc: next } = changed(doc, startNextSession('2026-12-06'));
    expect(Object.keys(next.points)).toEqual(Object.keys(doc.points));
    for (const point of Object.values(next.points)) {
      expect(readingIn(point, 'session-2')).toEqual(NOT_ASSESSED);
      expect(readingIn(point, 'session-1')).toEqual(doc.points[point.id]?.readings['session-1']);
    }
    // Carried over implicitly: the points themselves are not touched, so the map does not grow per session.
    expect(next.points).toBe(doc.points);
  });

  it('numbers the next session after the last one', () => {
    const three = changed(changed(doc, startNextSession('2026-12-06')).doc, startNextSession('2026-12-13')).doc;
    expect(sessionsInOrder(three).map((s) => [s.id, s.number, s.date])).toEqual([
      ['session-1', 1, '2026-11-29'],
      ['session-2', 2, '2026-12-06'],
      ['session-3', 3, '2026-12-13'],
    ]);
  });

  it('may start on the same day as the last session', () => {
    expect(changed(doc, startNextSession('2026-11-29')).doc.sessions['session-2']?.date).toBe('2026-11-29');
  });

  it('refuses a date before the last session, so sessions stay in order', () => {
    expect(run(doc, startNextSession('2026-11-28'))).toBeNull();
  });

  it('refuses a date that is not a real day', () => {
    for (const date of ['2026-02-31', '2026-12-6', '', '2300-01-01']) expect(run(doc, startNextSession(date)), date).toBeNull();
  });

  it(`stops at ${MAX_SESSIONS} sessions per map`, () => {
    const dates = Array.from({ length: MAX_SESSIONS - 1 }, () => '2026-01-05');
    const almostFull = mapWithSessions(dates);
    const full = changed(almostFull, startNextSession('2026-12-06')).doc;
    expect(Object.keys(full.sessions)).toHaveLength(MAX_SESSIONS);
    expect(currentSession(full).number).toBe(MAX_SESSIONS);
    expect(run(full, startNextSession('2026-12-13'))).toBeNull();
  });

  // Session ids are only required to be unique and to match their key, so a valid file can hold "session-3"
  // as session number 2; starting the next session then must still work.
  it('still starts the next session when a session id does not follow its number', () => {
    const odd: MapDocument = { ...doc, sessions: { 'session-1': testSession(1, '2026-11-29'), 'session-3': { ...testSession(2, '2026-12-01'), id: 'session-3' } } };
    const next = run(odd, startNextSession('2026-12-06'));
    expect(next).not.toBeNull();
    expect(currentSession(next!.doc)).toMatchObject({ number: 3, date: '2026-12-06' });
  });
});
