// Edits of a point's reading in one session: pain, pressure pain threshold, status and techniques.
// Recording anything on a point not yet assessed in that session makes it "present" there, in the same step.

import type { Draft } from 'immer';
import type { MapDocument, PointId, PointStatus, Reading, SessionId } from './types';
import type { Edit } from './operations';
import { draftPoint } from './operations';
import { MAX_READINGS, MAX_TECHNIQUES, MAX_TECHNIQUE_LENGTH } from './limits';
import { isPain, isPpt, readingCount, STATUS_LABELS } from './sessions';

/** The draft reading to change, made ("present") if the point has none in that session; undefined when not allowed. */
function draftReading(draft: Draft<MapDocument>, id: PointId, session: SessionId, status: PointStatus = 'present'): Draft<Reading> | undefined {
  const point = draftPoint(draft, id);
  if (!point || !Object.hasOwn(draft.sessions, session)) return undefined;
  if (!Object.hasOwn(point.readings, session)) {
    if (readingCount(draft) >= MAX_READINGS) return undefined;
    point.readings[session] = { pain: null, ppt: null, status, techniques: [] };
  }
  return point.readings[session];
}

/** Whether the point has a reading in the session: clearing something it never had records nothing. */
function hasReading(draft: Draft<MapDocument>, id: PointId, session: SessionId): boolean {
  const point = draftPoint(draft, id);
  return Boolean(point && Object.hasOwn(point.readings, session));
}

/** Pain on the 0-10 numeric rating scale in a session, or null to clear it; anything else is ignored. */
export function setPain(id: PointId, session: SessionId, pain: number | null): Edit {
  return {
    label: pain === null ? 'Clear pain' : `Set pain to ${pain}`,
    recipe: (draft) => {
      if (!isPain(pain) || (pain === null && !hasReading(draft, id, session))) return;
      const reading = draftReading(draft, id, session);
      if (reading && reading.pain !== pain) reading.pain = pain;
    },
  };
}

/** Pressure pain threshold in kg/cm² in a session, or null to clear it; out of range is ignored. */
export function setPpt(id: PointId, session: SessionId, ppt: number | null): Edit {
  return {
    label: ppt === null ? 'Clear pressure pain threshold' : `Set pressure pain threshold to ${ppt} kg/cm²`,
    recipe: (draft) => {
      if (!isPpt(ppt) || (ppt === null && !hasReading(draft, id, session))) return;
      const reading = draftReading(draft, id, session);
      if (reading && reading.ppt !== ppt) reading.ppt = ppt;
    },
  };
}

export function setStatus(id: PointId, session: SessionId, status: PointStatus): Edit {
  return {
    label: `Mark point as ${STATUS_LABELS[status]}`,
    recipe: (draft) => {
      if (!Object.hasOwn(STATUS_LABELS, status)) return;
      // Without a reading the point is already "not assessed" there: nothing to record.
      if (status === 'notAssessed' && !hasReading(draft, id, session)) return;
      const reading = draftReading(draft, id, session, status);
      if (reading && reading.status !== status) reading.status = status;
    },
  };
}

/** Records that a technique was (or was not) applied to the point in the session. */
export function setTechnique(id: PointId, session: SessionId, technique: string, applied: boolean): Edit {
  return {
    label: `${applied ? 'Add' : 'Remove'} technique: ${technique}`,
    recipe: (draft) => {
      if (technique.trim() === '' || technique.length > MAX_TECHNIQUE_LENGTH) return;
      if (!applied && !hasReading(draft, id, session)) return;
      const reading = draftReading(draft, id, session);
      if (!reading) return;
      const has = reading.techniques.includes(technique);
      if (applied && !has && reading.techniques.length < MAX_TECHNIQUES) reading.techniques.push(technique);
      if (!applied && has) reading.techniques = reading.techniques.filter((t) => t !== technique);
    },
  };
}
