// Colours and sizes of trigger-point markers, by kind, shared by the 3D markers and the legend.

import type { TriggerPointKind } from '../model/types';

export const MARKER_COLORS: Readonly<Record<TriggerPointKind, string>> = {
  active: '#d62839',
  latent: '#f2a541',
  satellite: '#7b4bb7',
};

/** Marker radius in metres: big enough to hit with a finger at the default zoom. */
export const MARKER_RADIUS = 0.011;
/** Markers float this far out along the surface normal so they never sink into the layer. */
export const MARKER_LIFT = 0.004;
