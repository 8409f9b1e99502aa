// Small builders for test documents: a point on a given layer and spot, without the 3D model.

import type { Anchor, MapDocument, TriggerPoint } from '../../../src/model/types';
import { testAnchor as fixtureAnchor } from '../../fixtures/maps';
import { newTriggerPoint } from '../../../src/model/points';
import { newMapDocument } from '../../../src/model/document';

/** A valid anchor on the superficial muscles (the shared fixture's), with overrides. */
export function testAnchor(overrides: Partial<Anchor> = {}): Anchor {
  return fixtureAnchor({ height: 1.1, ...overrides });
}

export function testPoint(id: string, order: string, overrides: Partial<TriggerPoint> = {}): TriggerPoint {
  return {
    ...newTriggerPoint({ id, anchor: testAnchor(), region: 'test-muscle.left', side: 'left', order, createdAt: '2026-11-29T08:00:00.000Z', session: 'session-1' }),
    ...overrides,
  };
}

export function testDocument(points: readonly TriggerPoint[] = []): MapDocument {
  const doc = newMapDocument({ id: 'map-1', label: 'Test patient', createdAt: '2026-11-29T08:00:00.000Z' });
  return { ...doc, points: Object.fromEntries(points.map((p) => [p.id, p])) };
}
