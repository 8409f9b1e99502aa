// Builders for maps with several dated sessions, readings and zones, without depending on the time zone.

import type { MapDocument, Reading, Session, Stroke, Zone } from '../../../src/model/types';
import { applyEdit } from '../../../src/history/history';
import type { Edit } from '../../../src/model/operations';
import { CREATED_AT, testMap } from '../../fixtures/maps';

/** A session numbered `number` with the id the app gives it ("session-3"). */
export function testSession(number: number, date: string, note = ''): Session {
  return { id: `session-${number}`, number, date, note };
}

/**
 * testMap(points) with sessions 1..n dated as given (the first replaces the one newMapDocument dated by
 * the clock's time zone). Points keep their one reading in session 1.
 */
export function mapWithSessions(dates: readonly string[], points = 2): MapDocument {
  const doc = testMap(points);
  const sessions = Object.fromEntries(dates.map((date, i) => [`session-${i + 1}`, testSession(i + 1, date)]));
  return { ...doc, sessions };
}

export function reading(overrides: Partial<Reading> = {}): Reading {
  return { pain: null, ppt: null, status: 'present', techniques: [], ...overrides };
}

/** A stroke of `positions` brush positions on the lower back, 2 mm apart in rows of 50 (a long one zigzags down). */
export function testStroke(positions = 3, overrides: Partial<Stroke> = {}): Stroke {
  const path: number[] = [];
  for (let i = 0; i < positions; i++) path.push(0.05 + (i % 50) * 0.002, 1.1 - Math.floor(i / 50) * 0.002, -0.12);
  return { radius: 0.03, erase: false, path, ...overrides };
}

export function testZone(id: string, overrides: Partial<Zone> = {}): Zone {
  return { id, session: 'session-1', points: [], strokes: [testStroke()], createdAt: CREATED_AT, ...overrides };
}

export const AT = { id: 'e1', at: '2026-12-03T10:00:00.000Z' };

/** Applies an edit as the store does; null when it changed nothing (no undo step). */
export function run(doc: MapDocument, edit: Edit) {
  return applyEdit(doc, edit, AT);
}

export function changed(doc: MapDocument, edit: Edit) {
  const result = run(doc, edit);
  if (!result) throw new Error(`"${edit.label}" changed nothing`);
  return result;
}
