// Converts between the model's texture coordinates and the body surface coordinate (angle, height)
// that anchors trigger points; kept free of three.js so it is trivially testable.

export interface SurfaceCoordinate {
  /** Radians in (-PI, PI]: 0 front midline, +PI/2 patient's left, PI back midline. */
  readonly angle: number;
  /** Metres above the floor. */
  readonly height: number;
}

export interface HeightRange {
  readonly minHeight: number;
  readonly maxHeight: number;
}

export function surfaceFromUv(u: number, v: number, range: HeightRange): SurfaceCoordinate {
  let angle = u * 2 * Math.PI - Math.PI;
  if (angle <= -Math.PI) angle += 2 * Math.PI;
  return { angle, height: range.minHeight + v * (range.maxHeight - range.minHeight) };
}

/** Unit direction in body space pointing out from the body axis at this angle. */
export function outwardDirection(angle: number): [number, number, number] {
  return [Math.sin(angle), 0, Math.cos(angle)];
}
