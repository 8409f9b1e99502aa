// Facts about the generated torso model (models/torso.glb) that the app and tests need without parsing it:
// its version, height range, and the mapping between the surface coordinate (angle, height) and TEXCOORD_0.

/** Bumped whenever the generated shape changes; anchors cache faces per version. */
export const MODEL_VERSION = 'torso-2026.3';

/** Height of the lower cut across the upper thighs, metres above the floor. */
export const MODEL_MIN_HEIGHT = 0.7;

/** Height of the upper cut across the neck (just below the base of the skull), metres above the floor. */
export const MODEL_MAX_HEIGHT = 1.6;

/** Height of the cut across the arm stubs (around the deltoid insertion); below it the rays meet the chest wall. */
export const ARM_CUT_HEIGHT = 1.295;

/** TEXCOORD_0 is stored as normalised 16-bit integers; surface coordinates of vertices are exact multiples of this. */
export const UV_STEPS = 65535;

/** Surface coordinate on a layer: angle around the vertical body axis (x = 0, z = 0) and height above the floor. */
export interface SurfaceCoordinate {
  /** Radians in (-PI, PI]: 0 = front midline, +PI/2 = patient's left, +-PI = back midline. */
  readonly angle: number;
  /** Metres above the floor. */
  readonly height: number;
}

/** TEXCOORD_0 (u, v) of a surface coordinate: u = (angle + PI) / 2PI (0.5 = front midline), v from the height range. */
export function uvFromSurface(angle: number, height: number): [number, number] {
  return [(angle + Math.PI) / (2 * Math.PI), (height - MODEL_MIN_HEIGHT) / (MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT)];
}

/** Surface coordinate of a TEXCOORD_0 value (inverse of uvFromSurface; u = 0 gives angle -PI, the back seam). */
export function surfaceFromUv(u: number, v: number): SurfaceCoordinate {
  return {
    angle: u * 2 * Math.PI - Math.PI,
    height: MODEL_MIN_HEIGHT + v * (MODEL_MAX_HEIGHT - MODEL_MIN_HEIGHT),
  };
}

/** Snap a stored TEXCOORD_0 component to the 16-bit lattice it was written on (removes decode noise). */
export function snapUv(value: number): number {
  return Math.round(value * UV_STEPS) / UV_STEPS;
}

/**
 * Surface coordinate of a point in body space (metres). On every layer the model's vertices lie on horizontal rays
 * from the vertical axis, so this is exact at vertices and within a fraction of a millimetre inside faces.
 */
export function surfaceFromPosition(x: number, y: number, z: number): SurfaceCoordinate {
  return { angle: Math.atan2(x, z), height: y };
}
