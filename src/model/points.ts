// Builds a new trigger point with the defaults a therapist expects right after tapping a tender spot.

import type { Anchor, Findings, PointId, RegionId, SessionId, Side, TriggerPoint, TriggerPointKind } from './types';
import { newPointId } from './ids';

export const NO_FINDINGS: Findings = Object.freeze({
  tautBand: false,
  localTwitchResponse: false,
  jumpSign: false,
  familiarPainReproduced: false,
});

export interface NewTriggerPoint {
  readonly id?: PointId;
  readonly anchor: Anchor;
  readonly region: RegionId;
  readonly side: Side;
  readonly kind?: TriggerPointKind;
  /** The session the point is recorded in; it gets a reading there ("present"). */
  readonly session: SessionId;
  readonly pain?: number | null;
  readonly findings?: Partial<Findings>;
  readonly notes?: string;
  readonly order: string;
  readonly createdAt: string;
}

/**
 * A point starts as latent with no findings: a spot tender on palpation is a latent point until the
 * therapist records that it reproduces the patient's familiar pain (what makes it active), so the
 * default never claims a finding nobody has recorded. Found in a session, it is "present" there.
 */
export function newTriggerPoint(input: NewTriggerPoint): TriggerPoint {
  return {
    id: input.id ?? newPointId(),
    anchor: input.anchor,
    region: input.region,
    side: input.side,
    kind: input.kind ?? 'latent',
    findings: { ...NO_FINDINGS, ...input.findings },
    session: input.session,
    readings: { [input.session]: { pain: input.pain ?? null, ppt: null, status: 'present', techniques: [] } },
    notes: input.notes ?? '',
    order: input.order,
    createdAt: input.createdAt,
  };
}
