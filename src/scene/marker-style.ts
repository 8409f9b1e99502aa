// Sizes of trigger-point markers in the 3D view; their colours by kind come from the model's vocabulary.

export { KIND_COLORS as MARKER_COLORS } from '../model/kind-colors';

/** Marker radius in metres: big enough to hit with a finger at the default zoom. */
export const MARKER_RADIUS = 0.011;
/** Markers float this far out along the surface normal so they never sink into the layer. */
export const MARKER_LIFT = 0.004;
