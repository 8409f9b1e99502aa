// Change between two sessions, point by point and for the map as a whole: what the compare view colours
// each marker by, and the summary table a therapist files (points by region, mean pain, kinds, statuses).

import type { MapDocument, PointStatus, Session, TriggerPoint, TriggerPointKind } from './types';
import { POINT_STATUSES, TRIGGER_POINT_KINDS } from './types';
import { pointExistedIn, readingIn } from './sessions';
import { pointsInOrder } from './selectors';
import { regionLabel } from './labels';

export type Change = 'better' | 'same' | 'worse' | 'new' | 'resolved' | 'notCompared';

export const CHANGES: readonly Change[] = ['better', 'same', 'worse', 'new', 'resolved', 'notCompared'];

export const CHANGE_LABELS: Readonly<Record<Change, string>> = {
  better: 'Better',
  same: 'Same',
  worse: 'Worse',
  new: 'New',
  resolved: 'Resolved',
  notCompared: 'Not assessed in both',
};

/** A change of pain of at least this many points (0-10 scale) counts as better or worse. */
export const PAIN_CHANGE = 1;
/** A change of pressure pain threshold of at least this many kg/cm² counts, when pain was not rated in both. */
export const PPT_CHANGE = 0.5;

/** present 2, improved 1, released 0: lower is better. */
const STATUS_RANK: Readonly<Record<PointStatus, number>> = { present: 2, improved: 1, released: 0, notAssessed: -1 };

/**
 * How a point changed from session `from` to session `to`: new when it was first recorded after `from`;
 * resolved when released in `to` but not in `from`; else by pain (down is better), then by pressure pain
 * threshold (up is better), then by status. Not compared when it was not assessed in one of them.
 */
export function changeOf(doc: Pick<MapDocument, 'sessions'>, point: TriggerPoint, from: Session, to: Session): Change {
  const b = readingIn(point, to.id);
  if (!pointExistedIn(doc, point, from)) return b.status === 'notAssessed' ? 'notCompared' : 'new';
  const a = readingIn(point, from.id);
  if (a.status === 'notAssessed' || b.status === 'notAssessed') return 'notCompared';
  if (b.status === 'released' && a.status !== 'released') return 'resolved';
  if (a.pain !== null && b.pain !== null) {
    const delta = b.pain - a.pain;
    return delta <= -PAIN_CHANGE ? 'better' : delta >= PAIN_CHANGE ? 'worse' : 'same';
  }
  if (a.ppt !== null && b.ppt !== null) {
    const delta = b.ppt - a.ppt;
    return delta >= PPT_CHANGE ? 'better' : delta <= -PPT_CHANGE ? 'worse' : 'same';
  }
  const delta = STATUS_RANK[b.status] - STATUS_RANK[a.status];
  return delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
}

/** The points that belong in a comparison: recorded by the later session. */
export function pointsIn(doc: MapDocument, session: Session): TriggerPoint[] {
  return pointsInOrder(doc).filter((p) => pointExistedIn(doc, p, session));
}

export interface SessionSummary {
  readonly points: number;
  readonly assessed: number;
  /** Mean pain of the points rated in the session, or null when none was. */
  readonly meanPain: number | null;
  readonly byKind: Readonly<Record<TriggerPointKind, number>>;
  readonly byStatus: Readonly<Record<PointStatus, number>>;
}

function summarise(doc: MapDocument, session: Session): SessionSummary {
  const points = pointsIn(doc, session);
  const byKind = Object.fromEntries(TRIGGER_POINT_KINDS.map((k) => [k, 0])) as Record<TriggerPointKind, number>;
  const byStatus = Object.fromEntries(POINT_STATUSES.map((s) => [s, 0])) as Record<PointStatus, number>;
  let painSum = 0;
  let rated = 0;
  for (const point of points) {
    const reading = readingIn(point, session.id);
    byKind[point.kind] += 1;
    byStatus[reading.status] += 1;
    if (reading.pain !== null) {
      painSum += reading.pain;
      rated += 1;
    }
  }
  return {
    points: points.length,
    assessed: points.length - byStatus.notAssessed,
    meanPain: rated === 0 ? null : painSum / rated,
    byKind,
    byStatus,
  };
}

export interface RegionRow {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly meanPainFrom: number | null;
  readonly meanPainTo: number | null;
}

export interface Comparison {
  readonly from: Session;
  readonly to: Session;
  readonly changes: ReadonlyMap<string, Change>;
  readonly counts: Readonly<Record<Change, number>>;
  readonly summaryFrom: SessionSummary;
  readonly summaryTo: SessionSummary;
  /** Points by region (with side), sorted by label. */
  readonly regions: readonly RegionRow[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function compareSessions(doc: MapDocument, from: Session, to: Session): Comparison {
  const changes = new Map<string, Change>();
  const counts = Object.fromEntries(CHANGES.map((c) => [c, 0])) as Record<Change, number>;
  for (const point of pointsIn(doc, to)) {
    const change = changeOf(doc, point, from, to);
    changes.set(point.id, change);
    counts[change] += 1;
  }
  const rows = new Map<string, { from: number; to: number; painFrom: number[]; painTo: number[] }>();
  const row = (point: TriggerPoint) => {
    const label = regionLabel(point.region, point.side);
    let r = rows.get(label);
    if (!r) rows.set(label, (r = { from: 0, to: 0, painFrom: [], painTo: [] }));
    return r;
  };
  for (const point of pointsIn(doc, from)) {
    const r = row(point);
    r.from += 1;
    const pain = readingIn(point, from.id).pain;
    if (pain !== null) r.painFrom.push(pain);
  }
  for (const point of pointsIn(doc, to)) {
    const r = row(point);
    r.to += 1;
    const pain = readingIn(point, to.id).pain;
    if (pain !== null) r.painTo.push(pain);
  }
  const regions = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([label, r]) => ({ label, from: r.from, to: r.to, meanPainFrom: mean(r.painFrom), meanPainTo: mean(r.painTo) }));
  return { from, to, changes, counts, summaryFrom: summarise(doc, from), summaryTo: summarise(doc, to), regions };
}

/** One point's readings over all sessions, oldest first: what the inspector's trend draws. */
export interface TrendEntry {
  readonly session: Session;
  readonly pain: number | null;
  readonly ppt: number | null;
  readonly status: PointStatus;
}

export function trendOf(doc: MapDocument, sessions: readonly Session[], point: TriggerPoint): TrendEntry[] {
  return sessions
    .filter((s) => pointExistedIn(doc, point, s))
    .map((session) => {
      const r = readingIn(point, session.id);
      return { session, pain: r.pain, ppt: r.ppt, status: r.status };
    });
}

/** Marker colours in the compare view, told apart also by the legend's words. */
export const CHANGE_COLORS: Readonly<Record<Change, string>> = {
  better: '#2f9e44',
  same: '#868e96',
  worse: '#e03131',
  new: '#1c7ed6',
  resolved: '#0ca678',
  notCompared: '#ced4da',
};
