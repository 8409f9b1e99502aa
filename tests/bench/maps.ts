// The maps the benchmark opens, edits and imports: points placed on the real model's layers by surface
// coordinate (as the demo map is), so every marker is really drawn, with a clear spot left for placing one more.

import { readFileSync } from 'node:fs';
import type { LayerId } from '../../src/anatomy/layers';
import { buildDemoMap } from '../../src/app/demo-map';
import { newMapDocument } from '../../src/model/document';
import { orderAfter } from '../../src/model/order';
import { newTriggerPoint } from '../../src/model/points';
import type { MapDocument, TriggerPoint } from '../../src/model/types';
import { parseBodyModel, type BodyModel } from '../../src/scene/body-model';

const MODEL_PATH = new URL('../../models/torso.glb', import.meta.url);
const CREATED_AT = '2026-11-02T09:00:00.000Z';
const FIRST_SESSION = 'session-1';

/** Where the benchmark clicks to place a point: left empty on every map so the click places, never selects. */
export const PLACE_SPOT = { layer: 'skin', angle: 0.3, height: 1.05 } as const satisfies { layer: LayerId; angle: number; height: number };

/** The layers points go on, in turn: where trigger points are found, and the skin the therapist sees first. */
const POINT_LAYERS: readonly LayerId[] = ['skin', 'superficialMuscle', 'intermediateMuscle', 'deepMuscle'];

let modelPromise: Promise<BodyModel> | null = null;

/** The torso model as the app parses it (BVHs and all), loaded once. */
export function benchModel(): Promise<BodyModel> {
  if (!modelPromise) {
    const bytes = readFileSync(MODEL_PATH);
    modelPromise = parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).then(async (model) => {
      await model.prepareBvhs();
      return model;
    });
  }
  return modelPromise;
}

function nearPlaceSpot(angle: number, height: number): boolean {
  const da = Math.atan2(Math.sin(angle - PLACE_SPOT.angle), Math.cos(angle - PLACE_SPOT.angle));
  return Math.abs(da) < 0.3 && Math.abs(height - PLACE_SPOT.height) < 0.1;
}

/** A map of `count` points spread over the torso (golden-angle spiral over angle and height), pain i % 11. */
export async function spreadMap(count: number, id: string, label: string): Promise<MapDocument> {
  const model = await benchModel();
  const low = model.bounds.min.y + 0.12;
  const high = model.bounds.max.y - 0.12;
  const doc = newMapDocument({ id, label, createdAt: CREATED_AT });
  const points: Record<string, TriggerPoint> = {};
  let order: string | null = null;
  let made = 0;
  for (let i = 0; made < count; i++) {
    if (i > count * 20) throw new Error(`bench: only ${made} of ${count} points found a spot on the model`);
    const angle = ((i * 2.399963) % (Math.PI * 2)) - Math.PI;
    const height = low + ((i * 0.618034) % 1) * (high - low);
    if (nearPlaceSpot(angle, height)) continue;
    const layer = POINT_LAYERS[i % POINT_LAYERS.length]!;
    const hit = model.anchorAt(layer, angle, height);
    if (!hit) continue;
    order = orderAfter(order);
    const pointId = `p${made}`;
    points[pointId] = newTriggerPoint({
      id: pointId,
      anchor: hit.anchor,
      region: hit.region,
      side: hit.side,
      session: FIRST_SESSION,
      pain: made % 11,
      notes: `Point ${made}`,
      order,
      createdAt: CREATED_AT,
    });
    made++;
  }
  return { ...doc, points };
}

/** The demo map a newcomer sees, as the app builds it on the same model. */
export async function demoMap(id: string): Promise<MapDocument> {
  const model = await benchModel();
  return { ...buildDemoMap((layer, angle, height) => model.anchorAt(layer, angle, height), new Date(CREATED_AT)), id };
}
