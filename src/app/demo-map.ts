// The demo patient a newcomer sees on first start: a few typical low-back and neck trigger points over two
// sessions, a referred-pain zone and home care, placed on the real model by surface coordinate so they sit
// exactly on its layers.

import type { LayerId } from '../anatomy/layers';
import { DEMO_SPOTS } from '../anatomy/outlines';
import type { FindingKey, MapDocument, PointStatus, Reading, Session, TriggerPoint, TriggerPointKind, Zone } from '../model/types';
import { newMapDocument } from '../model/document';
import { newTriggerPoint } from '../model/points';
import { currentSession, localDateString } from '../model/sessions';
import { sessionIdFor } from '../model/document';
import { roundStrokeCoordinate } from '../model/zone-operations';
import { orderAfter } from '../model/order';
import type { BodyHit } from '../scene/body-model';

/** What the demo point read at the follow-up session (session 2). */
export interface DemoFollowUp {
  readonly pain: number | null;
  readonly ppt: number | null;
  readonly status: PointStatus;
  readonly techniques: readonly string[];
}

export interface DemoPointSpec {
  /** The region the spot is expected to resolve to (checked by a test). */
  readonly expectedRegion: string;
  readonly layer: LayerId;
  readonly angle: number;
  readonly height: number;
  readonly kind: TriggerPointKind;
  readonly painNrs: number | null;
  readonly findings: readonly FindingKey[];
  readonly notes: string;
  /** Pressure pain threshold and techniques at the first session. */
  readonly ppt: number | null;
  readonly techniques: readonly string[];
  readonly followUp: DemoFollowUp;
}

export const DEMO_LABEL = 'Demo patient (low back pain)';

/** A demo spot from the outline table (with its layer), so the demo stays on its muscle if the outlines are refined. */
function spot(name: string): { layer: LayerId; angle: number; height: number } {
  const landmark = DEMO_SPOTS.find((l) => l.name === name);
  if (!landmark) throw new Error(`No demo spot named "${name}"`);
  return { layer: landmark.layer, angle: landmark.angle, height: landmark.height };
}

export const DEMO_POINTS: readonly DemoPointSpec[] = [
  {
    expectedRegion: 'quadratus-lumborum.left',
    ...spot('left quadratus lumborum (between 12th rib and iliac crest)'),
    kind: 'active',
    painNrs: 7,
    findings: ['tautBand', 'familiarPainReproduced'],
    notes: 'Refers to the left SI joint and buttock when pressed. Worse after sitting.',
    ppt: 2.1,
    techniques: ['Ischaemic compression', 'Stretching'],
    followUp: { pain: 4, ppt: 3.4, status: 'improved', techniques: ['Ischaemic compression', 'Massage ball'] },
  },
  {
    expectedRegion: 'gluteus-medius.right',
    ...spot('right gluteus medius (below the iliac crest)'),
    kind: 'active',
    painNrs: 5,
    findings: ['tautBand', 'jumpSign'],
    notes: 'Lateral hip ache on the right.',
    ppt: 2.8,
    techniques: ['Myofascial release stroke'],
    followUp: { pain: 5, ppt: 2.9, status: 'present', techniques: ['Myofascial release stroke', 'Foam roller'] },
  },
  {
    expectedRegion: 'lumbar-iliocostalis.left',
    ...spot('left lumbar iliocostalis (L3)'),
    kind: 'latent',
    painNrs: 3,
    findings: ['tautBand'],
    notes: '',
    ppt: null,
    techniques: ['Stretching'],
    followUp: { pain: 0, ppt: null, status: 'released', techniques: [] },
  },
  {
    expectedRegion: 'upper-trapezius.right',
    ...spot('right upper trapezius (midway neck to acromion)'),
    kind: 'latent',
    painNrs: 4,
    findings: ['tautBand', 'localTwitchResponse'],
    notes: 'Desk work; tender when the head turns left.',
    ppt: 3.0,
    techniques: [],
    followUp: { pain: 6, ppt: 2.4, status: 'present', techniques: ['Ischaemic compression'] },
  },
];

/** Self-care the demo therapist gave the patient. */
export const DEMO_HOME_CARE: readonly string[] = [
  'Massage ball against a wall, left low back above the pelvis: 90 seconds, twice daily',
  'Foam roller, outer right hip: 1 minute, once daily',
  'Side-bend stretch to the right, 3 × 30 seconds, after sitting',
];

/**
 * Where the demo patient felt the left quadratus lumborum's pain: brush paths over the left sacroiliac joint
 * and the lower buttock (degrees from the front midline, metres), in the first session and, smaller, at follow-up.
 */
const DEMO_ZONE_PATHS: readonly { session: 1 | 2; radius: number; path: readonly (readonly [number, number])[] }[] = [
  { session: 1, radius: 0.035, path: [[165, 1.0], [160, 0.97], [155, 0.94], [150, 0.91], [145, 0.88], [140, 0.86]] },
  { session: 2, radius: 0.03, path: [[165, 1.0], [161, 0.98], [157, 0.96]] },
];

const DAY = 24 * 60 * 60 * 1000;

/**
 * Builds the demo map: two sessions two weeks apart with a reading per point in each, a referred-pain zone
 * linked to the quadratus lumborum point, and home care. Spots the model cannot resolve are skipped.
 */
export function buildDemoMap(resolve: (layer: LayerId, angle: number, height: number) => BodyHit | null, now: Date = new Date()): MapDocument {
  const started = new Date(now.getTime() - 14 * DAY);
  const createdAt = started.toISOString();
  const doc = newMapDocument({ label: DEMO_LABEL, createdAt, sessionDate: localDateString(started) });
  const first = currentSession(doc);
  const second: Session = { id: sessionIdFor(2), number: 2, date: localDateString(now), note: 'Sat less this week; uses the ball most days.' };
  const points: Record<string, TriggerPoint> = {};
  let order: string | null = null;
  DEMO_POINTS.forEach((spec, i) => {
    const hit = resolve(spec.layer, spec.angle, spec.height);
    if (!hit) return;
    order = orderAfter(order);
    const findings = { tautBand: false, localTwitchResponse: false, jumpSign: false, familiarPainReproduced: false };
    for (const key of spec.findings) findings[key] = true;
    const point = newTriggerPoint({
      id: `demo-${i + 1}`,
      anchor: hit.anchor,
      region: hit.region,
      side: hit.side,
      session: first.id,
      pain: spec.painNrs,
      order,
      createdAt,
    });
    const readings: Record<string, Reading> = {
      [first.id]: { pain: spec.painNrs, ppt: spec.ppt, status: 'present', techniques: [...spec.techniques] },
      [second.id]: { ...spec.followUp, techniques: [...spec.followUp.techniques] },
    };
    points[point.id] = { ...point, kind: spec.kind, findings, notes: spec.notes, readings };
  });
  const zones: Record<string, Zone> = {};
  const ql = Object.values(points).find((p) => p.region === 'quadratus-lumborum.left');
  DEMO_ZONE_PATHS.forEach((spec, i) => {
    const path = spec.path.flatMap(([angle, height]) => resolve('skin', (angle * Math.PI) / 180, height)?.anchor.position ?? []);
    if (path.length === 0) return;
    const id = `demo-zone-${i + 1}`;
    const session = spec.session === 1 ? first.id : second.id;
    zones[id] = {
      id,
      session,
      points: ql ? [ql.id] : [],
      strokes: [{ radius: spec.radius, erase: false, path: path.map(roundStrokeCoordinate) }],
      createdAt: new Date((spec.session === 1 ? started : now).getTime() + i).toISOString(),
    };
  });
  return { ...doc, sessions: { [first.id]: first, [second.id]: second }, points, zones, homeCare: [...DEMO_HOME_CARE] };
}
