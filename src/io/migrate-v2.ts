// Version 2 -> 3: maps gained dated sessions with a reading per point, referred-pain zones, home care and a
// technique list. A version 2 map becomes one session dated the day the map was started; each point's pain
// becomes its reading there, with the point "present". The technique list below is a frozen copy of the
// version 3 defaults, so this step migrates the same way whatever the live defaults become.

import type { MigrationResult } from './migrations';
import { isPlainObject } from './untrusted';

const FIRST_SESSION_ID = 'session-1';

const V3_DEFAULT_TECHNIQUES: readonly string[] = [
  'Ischaemic compression',
  'Stretching',
  'Myofascial release stroke',
  'Foam roller',
  'Massage ball',
  'Instrument-assisted',
  'Dry needling',
  'Other',
];

/**
 * The UTC calendar day of the map's start time as version 2 read it (Date.parse, so "2026-02-31T…" is
 * 3 March, as version 2 showed it); a fixed day for anything unreadable, which validation then refuses
 * by the start time's own rule.
 */
function dayOf(createdAt: unknown): string {
  const time = typeof createdAt === 'string' ? Date.parse(createdAt) : Number.NaN;
  if (!Number.isFinite(time)) return '1970-01-01';
  const day = new Date(time).toISOString().slice(0, 10);
  return day >= '1900-01-01' && day <= '2199-12-31' ? day : '1970-01-01';
}

export function migrateV2ToV3(document: unknown): MigrationResult {
  if (!isPlainObject(document)) return { ok: true, value: document };
  const session = { id: FIRST_SESSION_ID, number: 1, date: dayOf(document.createdAt), note: '' };
  let points: unknown = document.points;
  if (isPlainObject(document.points)) {
    const migrated: Record<string, unknown> = {};
    for (const [id, point] of Object.entries(document.points)) {
      if (!isPlainObject(point)) {
        migrated[id] = point;
        continue;
      }
      const { painNrs, ...rest } = point;
      const pain = painNrs === undefined ? null : painNrs;
      migrated[id] = {
        ...rest,
        session: FIRST_SESSION_ID,
        readings: { [FIRST_SESSION_ID]: { pain, ppt: null, status: 'present', techniques: [] } },
      };
    }
    points = migrated;
  }
  return {
    ok: true,
    value: {
      ...document,
      sessions: { [FIRST_SESSION_ID]: session },
      points,
      zones: {},
      homeCare: [],
      techniques: [...V3_DEFAULT_TECHNIQUES],
    },
  };
}
