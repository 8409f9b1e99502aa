// The library's index card for one stored map: what the list of maps shows (label, last change, counts)
// without loading the map itself. It is written in the same transaction as every save of the map, so the
// card and the map never disagree, and it is checked field by field when read back.

import type { MapDocument } from '../model/types';
import { isUrlSafeId } from '../model/ids';
import { isPlainObject } from '../io/untrusted';
import { MAX_LABEL_LENGTH, MAX_POINTS } from '../model/limits';

export interface MapSummary {
  readonly id: string;
  /** The map's pseudonymous patient label. */
  readonly label: string;
  /** ISO timestamp of when the map was started. */
  readonly createdAt: string;
  /** ISO timestamp of the last change saved (an edit, an undo, a redo). */
  readonly updatedAt: string;
  readonly pointCount: number;
  /** Points of kind "active" (they reproduce the patient's familiar pain). */
  readonly activePointCount: number;
  /** The example map a first visit opens; the library marks it as a demo. */
  readonly demo: boolean;
  /** When the map was deleted from the library; it is kept, and can be restored, until it is purged. */
  readonly deletedAt: string | null;
  /** Why the map could not be opened the last time it was tried; cleared by the next successful save. */
  readonly problem: string | null;
}

/** What a summary keeps across saves, since it does not come from the document. */
export type SummaryFlags = Pick<MapSummary, 'demo' | 'deletedAt'>;

export const NO_FLAGS: SummaryFlags = { demo: false, deletedAt: null };

export function summaryOf(doc: Pick<MapDocument, 'id' | 'label' | 'createdAt' | 'points'>, flags: SummaryFlags, updatedAt: string): MapSummary {
  let pointCount = 0;
  let activePointCount = 0;
  for (const id in doc.points) {
    pointCount++;
    if (doc.points[id]!.kind === 'active') activePointCount++;
  }
  return {
    id: doc.id,
    label: doc.label,
    createdAt: doc.createdAt,
    updatedAt,
    pointCount,
    activePointCount,
    demo: flags.demo,
    deletedAt: flags.deletedAt,
    problem: null,
  };
}

const MAX_TIMESTAMP_LENGTH = 40;
const MAX_PROBLEM_LENGTH = 1_000;

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TIMESTAMP_LENGTH && !Number.isNaN(Date.parse(value));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_POINTS;
}

/** The summary as stored under `id`, checked field by field; null when this app could not have written it. */
export function readSummary(value: unknown, id: string): MapSummary | null {
  if (!isPlainObject(value)) return null;
  const { id: storedId, label, createdAt, updatedAt, pointCount, activePointCount, demo, deletedAt, problem } = value;
  if (!isUrlSafeId(storedId) || storedId !== id) return null;
  if (typeof label !== 'string' || label.length > MAX_LABEL_LENGTH) return null;
  if (!isTimestamp(createdAt) || !isTimestamp(updatedAt)) return null;
  if (!isCount(pointCount) || !isCount(activePointCount) || activePointCount > pointCount) return null;
  if (typeof demo !== 'boolean') return null;
  if (deletedAt !== null && !isTimestamp(deletedAt)) return null;
  if (problem !== null && (typeof problem !== 'string' || problem.length > MAX_PROBLEM_LENGTH)) return null;
  return { id, label, createdAt, updatedAt, pointCount, activePointCount, demo, deletedAt, problem };
}
