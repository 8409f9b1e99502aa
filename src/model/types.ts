// The map document: one patient's trigger-point map as plain, JSON-safe records keyed by id.
// Everything here is what is saved, exported and undone; editor state (selection, camera) lives in the store.

import type { LayerId } from '../anatomy/layers';

export type PointId = string;
export type RegionId = string;
export type SessionId = string;
export type ZoneId = string;

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

/** How the point was found in one session; "not assessed" is also what a session without a reading means. */
export type PointStatus = 'present' | 'improved' | 'released' | 'notAssessed';

export const POINT_STATUSES: readonly PointStatus[] = ['present', 'improved', 'released', 'notAssessed'];

/** What the therapist recorded about one point in one session. */
export interface Reading {
  /** Numeric pain rating scale 0-10 (LOINC 72514-3), or null when not asked. */
  readonly pain: number | null;
  /** Pressure pain threshold in kg/cm² from an algometer, or null when not measured. */
  readonly ppt: number | null;
  readonly status: PointStatus;
  /** Techniques applied to this point in this session, as named in the map's technique list at the time. */
  readonly techniques: readonly string[];
}

export interface TriggerPoint {
  readonly id: PointId;
  readonly anchor: Anchor;
  /** The structure under the point, derived from the anchor when placed or moved. */
  readonly region: RegionId;
  readonly side: Side;
  /** Kind and findings describe the point itself and stay the same across sessions. */
  readonly kind: TriggerPointKind;
  readonly findings: Findings;
  /** The session in which the point was first recorded. */
  readonly session: SessionId;
  /** One reading per session the point was assessed in; a session without one means "not assessed". */
  readonly readings: Readonly<Record<SessionId, Reading>>;
  /** Free text; always rendered as text, never as HTML. */
  readonly notes: string;
  /** Fractional index for a stable order in lists. */
  readonly order: string;
  /** ISO timestamp of placement. */
  readonly createdAt: string;
}

/** One dated treatment session of the map. Sessions are numbered 1, 2, 3 … in the order they were started. */
export interface Session {
  readonly id: SessionId;
  readonly number: number;
  /** Calendar date of the session, "YYYY-MM-DD" (the therapist's local date). */
  readonly date: string;
  readonly note: string;
}

/**
 * One brush stroke of a referred-pain zone on the skin: a path of points in body space (metres, x y z
 * triples) swept by a round brush. An erasing stroke takes colour away from the zone instead.
 */
export interface Stroke {
  /** Brush radius in metres. */
  readonly radius: number;
  readonly erase: boolean;
  /** x, y, z of each brush position, flattened: [x0, y0, z0, x1, y1, z1, …]. */
  readonly path: readonly number[];
}

/** Where the patient feels pain referred, painted on the skin in one session and linked to the points that cause it. */
export interface Zone {
  readonly id: ZoneId;
  readonly session: SessionId;
  /** The trigger points whose referred pain this zone shows. */
  readonly points: readonly PointId[];
  readonly strokes: readonly Stroke[];
  readonly createdAt: string;
}

export interface MapDocument {
  /** Stable id of the map (one patient's document). */
  readonly id: string;
  /** Pseudonymous label, e.g. "Demo patient A"; never a real name by default. */
  readonly label: string;
  readonly createdAt: string;
  /** At least one; the one with the highest number is the current session. */
  readonly sessions: Readonly<Record<SessionId, Session>>;
  readonly points: Readonly<Record<PointId, TriggerPoint>>;
  readonly zones: Readonly<Record<ZoneId, Zone>>;
  /** Self-care advice for the patient, e.g. "Foam roller, thoracic spine, 2 minutes daily". */
  readonly homeCare: readonly string[];
  /** The techniques a reading can list (editable per map). */
  readonly techniques: readonly string[];
}
