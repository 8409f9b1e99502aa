// The demo patient a newcomer sees on first start: a few typical low-back and neck trigger points,
// placed on the real model by surface coordinate so they sit exactly on its muscle layer.

import type { LayerId } from '../anatomy/layers';
import { DEMO_SPOTS } from '../anatomy/outlines';
import type { FindingKey, MapDocument, TriggerPoint, TriggerPointKind } from '../model/types';
import { newMapDocument } from '../model/document';
import { newTriggerPoint } from '../model/points';
import { orderAfter } from '../model/order';
import type { BodyHit } from '../scene/body-model';

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
  },
  {
    expectedRegion: 'gluteus-medius.right',
    ...spot('right gluteus medius (below the iliac crest)'),
    kind: 'active',
    painNrs: 5,
    findings: ['tautBand', 'jumpSign'],
    notes: 'Lateral hip ache on the right.',
  },
  {
    expectedRegion: 'lumbar-iliocostalis.left',
    ...spot('left lumbar iliocostalis (L3)'),
    kind: 'latent',
    painNrs: 3,
    findings: ['tautBand'],
    notes: '',
  },
  {
    expectedRegion: 'upper-trapezius.right',
    ...spot('right upper trapezius (midway neck to acromion)'),
    kind: 'latent',
    painNrs: 4,
    findings: ['tautBand', 'localTwitchResponse'],
    notes: 'Desk work; tender when the head turns left.',
  },
];

/** Builds the demo map, resolving each spot on the model; spots the model cannot resolve are skipped. */
export function buildDemoMap(resolve: (layer: LayerId, angle: number, height: number) => BodyHit | null, now: Date = new Date()): MapDocument {
  const createdAt = now.toISOString();
  const doc = newMapDocument({ label: DEMO_LABEL, createdAt });
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
      order,
      createdAt,
    });
    points[point.id] = { ...point, kind: spec.kind, painNrs: spec.painNrs, findings, notes: spec.notes };
  });
  return { ...doc, points };
}
