// Treatment sessions of a map and a point's reading in each: which session is current, what a point
// read in a session (absent means "not assessed"), and the checks a typed session date must pass.

import { isDraft, original, type Draft } from 'immer';
import type { MapDocument, PointStatus, Reading, Session, SessionId, TriggerPoint } from './types';
import { EARLIEST_SESSION_DATE, LATEST_SESSION_DATE, MAX_PPT, PPT_DECIMALS } from './limits';

/** The techniques a new map offers; the therapist can add, rename and remove them per map. */
export const DEFAULT_TECHNIQUES: readonly string[] = Object.freeze([
  'Ischaemic compression',
  'Stretching',
  'Myofascial release stroke',
  'Foam roller',
  'Massage ball',
  'Instrument-assisted',
  'Dry needling',
  'Other',
]);

export const STATUS_LABELS: Readonly<Record<PointStatus, string>> = {
  present: 'present',
  improved: 'improved',
  released: 'released',
  notAssessed: 'not assessed',
};

export const NOT_ASSESSED: Reading = Object.freeze({ pain: null, ppt: null, status: 'notAssessed', techniques: Object.freeze([]) });

/** The map's sessions, oldest first. Cached per sessions record, like pointsInOrder. */
const inOrderCache = new WeakMap<MapDocument['sessions'], Session[]>();
export function sessionsInOrder(doc: Pick<MapDocument, 'sessions'>): readonly Session[] {
  const cached = inOrderCache.get(doc.sessions);
  if (cached) return cached;
  const sorted = Object.values(doc.sessions).sort((a, b) => a.number - b.number);
  Object.freeze(sorted);
  inOrderCache.set(doc.sessions, sorted);
  return sorted;
}

/** The current session: the one started last. */
export function currentSession(doc: Pick<MapDocument, 'sessions'>): Session {
  const sessions = sessionsInOrder(doc);
  const last = sessions.at(-1);
  if (!last) throw new Error('A map always has at least one session');
  return last;
}

export function sessionById(doc: Pick<MapDocument, 'sessions'>, id: SessionId | null | undefined): Session | undefined {
  return id != null && Object.hasOwn(doc.sessions, id) ? doc.sessions[id] : undefined;
}

/** The session shown in the editor: the one asked for if it exists, else the current one. */
export function shownSession(doc: Pick<MapDocument, 'sessions'>, wanted: SessionId | null): Session {
  return sessionById(doc, wanted) ?? currentSession(doc);
}

/** What the point read in the session; "not assessed" when nothing was recorded. */
export function readingIn(point: TriggerPoint, session: SessionId): Reading {
  return Object.hasOwn(point.readings, session) ? (point.readings[session] ?? NOT_ASSESSED) : NOT_ASSESSED;
}

/** Whether the point had been recorded by the given session (it was first found in it or earlier). */
export function pointExistedIn(doc: Pick<MapDocument, 'sessions'>, point: TriggerPoint, session: Session): boolean {
  const first = sessionById(doc, point.session);
  return !first || first.number <= session.number;
}

/** "YYYY-MM-DD" of a date in the device's local time zone (the therapist's calendar day). */
export function localDateString(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** A real calendar date written "YYYY-MM-DD" (no 31 February) between the earliest and latest allowed. */
export function isSessionDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && value >= EARLIEST_SESSION_DATE && value <= LATEST_SESSION_DATE;
}

/** "3 Dec 2026" for a session date. */
export function formatSessionDate(date: string): string {
  if (!isSessionDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function sessionTitle(session: Session): string {
  return `Session ${session.number} · ${formatSessionDate(session.date)}`;
}

export type DateCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * A session date typed by the therapist: a real date, not in the future, and between the sessions before
 * and after it so that sessions stay in order. Refused in words, never moved to the nearest allowed date.
 */
export function checkSessionDate(doc: Pick<MapDocument, 'sessions'>, sessionId: SessionId, typed: string, today: string): DateCheck {
  if (!isSessionDate(typed)) return { ok: false, message: `“${typed.slice(0, 20)}” is not a date; the session date was not changed.` };
  if (typed > today) return { ok: false, message: `A session cannot be dated in the future (${formatSessionDate(typed)}); the date was not changed.` };
  const sessions = sessionsInOrder(doc);
  const index = sessions.findIndex((s) => s.id === sessionId);
  const before = index > 0 ? sessions[index - 1] : undefined;
  const after = index >= 0 ? sessions[index + 1] : undefined;
  const number = sessions[index]?.number ?? index + 1;
  if (before && typed < before.date) {
    return { ok: false, message: `Session ${number} cannot be dated before session ${before.number} (${formatSessionDate(before.date)}); the date was not changed.` };
  }
  if (after && typed > after.date) {
    return { ok: false, message: `Session ${number} cannot be dated after session ${after.number} (${formatSessionDate(after.date)}); the date was not changed.` };
  }
  return { ok: true, value: typed };
}

export type NumberCheck = { ok: true; value: number | null } | { ok: false; message: string };

/** What typing in the pain field means: a rating to store, "not rated", or a refusal in words. */
export function readPainInput(raw: string, badInput: boolean): NumberCheck {
  const text = raw.trim();
  if (badInput) return { ok: false, message: 'Pain is a whole number from 0 to 10. What was typed is not a number, so it was not saved.' };
  if (text === '') return { ok: true, value: null };
  if (/^\d{1,2}$/.test(text) && Number(text) <= 10) return { ok: true, value: Number(text) };
  return { ok: false, message: `Pain is a whole number from 0 to 10; “${text.slice(0, 12)}” was not saved.` };
}

/** A pressure pain threshold typed in kg/cm²: empty for "not measured", else above 0 and at most MAX_PPT, two decimals. */
export function readPptInput(raw: string, badInput: boolean): NumberCheck {
  const text = raw.trim();
  const limit = `a number of kg/cm² above 0 and at most ${MAX_PPT}, with at most ${PPT_DECIMALS} decimals`;
  if (badInput) return { ok: false, message: `Pressure pain threshold is ${limit}. What was typed is not a number, so it was not saved.` };
  if (text === '') return { ok: true, value: null };
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return { ok: false, message: `Pressure pain threshold is ${limit}; “${text.slice(0, 12)}” was not saved.` };
  const value = Number(text);
  if (value <= 0 || value > MAX_PPT) return { ok: false, message: `Pressure pain threshold is ${limit}; “${text}” was not saved.` };
  return { ok: true, value };
}

/** Whether a stored PPT is in range (import and operations). */
export function isPpt(value: number | null): boolean {
  return value === null || (Number.isFinite(value) && value > 0 && value <= MAX_PPT && Math.abs(Math.round(value * 100) - value * 100) < 1e-6);
}

export function isPain(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0 && value <= 10);
}

/**
 * How many readings the map holds over all points and sessions. Inside an edit's recipe it counts the map as
 * it was before the recipe (call it before changing readings): reading every point through the draft would
 * make a draft of each of up to 5,000 points for one edit.
 */
export function readingCount(doc: Pick<MapDocument, 'points'>): number {
  const points: MapDocument['points'] = isDraft(doc.points) ? (original(doc.points as Draft<MapDocument['points']>) as MapDocument['points']) : doc.points;
  let count = 0;
  for (const point of Object.values(points)) count += Object.keys(point.readings).length;
  return count;
}
