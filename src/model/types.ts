// The map document: one patient's trigger-point map as plain, JSON-safe records keyed by id.
// Everything here is what is saved, exported and undone; editor state (selection, camera) lives in the store.

import type { LayerId } from '../anatomy/layers';

export type PointId = string;
export type RegionId = string;

/** Which side of the body a point or region is on, from the patient's point of view. */
export type Side = 'left' | 'right' | 'midline';

/** Travell & Simons: active reproduces the patient's familiar pain; latent only on palpation; satellite is induced by another point. */
export type TriggerPointKind = 'active' | 'latent' | 'satellite';

export const TRIGGER_POINT_KINDS: readonly TriggerPointKind[] = ['active', 'latent', 'satellite'];

/** What palpation found at the point (Delphi consensus 2018 criteria and confirmatory signs). */
export interface Findings {
  readonly tautBand: boolean;
  readonly localTwitchResponse: boolean;
  readonly jumpSign: boolean;
  readonly familiarPainReproduced: boolean;
}

export const FINDING_KEYS = ['tautBand', 'localTwitchResponse', 'jumpSign', 'familiarPainReproduced'] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/**
 * Where a point sits on the body. The surface coordinate (angle, height) is canonical and survives
 * regenerating the model; position/normal are in body space (metres, y up, patient faces +z, patient's
 * left is +x); face + barycentric are a cache valid only for the exact mesh identified by modelVersion.
 */
export interface Anchor {
  readonly layer: LayerId;
  /** Angle around the body axis in radians, (-PI, PI]: 0 = front midline, +PI/2 = patient's left, PI = back midline. */
  readonly angle: number;
  /** Height above the floor in metres along the body axis. */
  readonly height: number;
  readonly position: readonly [number, number, number];
  readonly normal: readonly [number, number, number];
  /** Triangle index in the layer mesh the point was placed on. */
  readonly face: number;
  /** Barycentric coordinates within that triangle. */
  readonly barycentric: readonly [number, number, number];
  /** Version string of the model the face cache refers to. */
  readonly modelVersion: string;
}

export interface TriggerPoint {
  readonly id: PointId;
  readonly anchor: Anchor;
  /** The structure under the point, derived from the anchor when placed or moved. */
  readonly region: RegionId;
  readonly side: Side;
  readonly kind: TriggerPointKind;
  /** Numeric pain rating scale 0-10 (LOINC 72514-3), or null when not yet asked. */
  readonly painNrs: number | null;
  readonly findings: Findings;
  /** Free text; always rendered as text, never as HTML. */
  readonly notes: string;
  /** Fractional index for a stable order in lists. */
  readonly order: string;
  /** ISO timestamp of placement. */
  readonly createdAt: string;
}

export interface MapDocument {
  /** Stable id of the map (one patient's document). */
  readonly id: string;
  /** Pseudonymous label, e.g. "Demo patient A"; never a real name by default. */
  readonly label: string;
  readonly createdAt: string;
  readonly points: Readonly<Record<PointId, TriggerPoint>>;
}
