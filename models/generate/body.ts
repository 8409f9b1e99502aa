// The adult torso described in code: blended ellipsoids and capsules for the rib cage, abdomen, pelvis,
// buttocks, thighs, neck, shoulder girdle, deltoids, arm stubs, chest and back (metres, y up, faces +z, left +x).

import { ARM_CUT_HEIGHT } from '../../src/anatomy/model-facts';
import { bodyField, capsule, ellipsoid, type BodyPart, type Solid, type Vec3 } from './sdf';

/** Mirror a point to the patient's right side. */
function right(p: Vec3): Vec3 {
  return [-p[0], p[1], p[2]];
}

/** A part on both sides: `make(sign)` builds it with sign +1 for the left (+x), -1 for the right. */
function bothSides(name: string, blend: number, make: (sign: 1 | -1) => Solid): BodyPart[] {
  return [
    { name: `${name}.left`, blend, solid: make(1) },
    { name: `${name}.right`, blend, solid: make(-1) },
  ];
}

const side = (sign: 1 | -1, p: Vec3): Vec3 => (sign === 1 ? p : right(p));

/** The parts of the body, in blending order (trunk first, details last). */
export const BODY_PARTS: readonly BodyPart[] = [
  // Trunk core: rib cage (top tilted back for the thoracic kyphosis), abdomen, pelvis.
  { name: 'ribcage', blend: 0, solid: ellipsoid([0, 1.29, -0.008], [0.138, 0.195, 0.117], [-9, 0, 0]) },
  { name: 'abdomen', blend: 0.07, solid: ellipsoid([0, 1.05, 0.012], [0.152, 0.19, 0.1]) },
  { name: 'pelvis', blend: 0.07, solid: ellipsoid([0, 0.93, -0.005], [0.145, 0.14, 0.095]) },
  { name: 'lowerBelly', blend: 0.07, solid: ellipsoid([0, 0.96, 0.02], [0.115, 0.11, 0.085]) },
  ...bothSides('buttock', 0.045, (s) => ellipsoid(side(s, [0.066, 0.875, -0.06]), [0.08, 0.095, 0.076], [0, 0, s * -8])),
  ...bothSides('hip', 0.06, (s) => ellipsoid(side(s, [0.128, 0.89, -0.012]), [0.045, 0.09, 0.075])),
  ...bothSides('thigh', 0.03, (s) => capsule(side(s, [0.08, 0.93, 0.0]), side(s, [0.086, 0.5, 0.02]), 0.097, 0.077)),
  { name: 'pubis', blend: 0.04, solid: ellipsoid([0, 0.865, 0.05], [0.07, 0.05, 0.04]) },
  // Inner thighs pressed together below the crotch, so every layer bridges the gap like tight shorts.
  { name: 'adductors', blend: 0.04, solid: ellipsoid([0, 0.74, 0.008], [0.05, 0.11, 0.05]) },
  // Neck and shoulder girdle.
  { name: 'neck', blend: 0.04, solid: capsule([0, 1.44, -0.012], [0, 1.68, 0.004], 0.06, 0.055, { section: [1.07, 0.95] }) },
  ...bothSides('upperTrapezius', 0.05, (s) =>
    capsule(side(s, [0.03, 1.53, -0.03]), side(s, [0.178, 1.442, -0.018]), 0.035, 0.022)),
  { name: 'shoulderMass', blend: 0.06, solid: ellipsoid([0, 1.4, -0.016], [0.145, 0.065, 0.1]) },
  { name: 'upperChest', blend: 0.05, solid: ellipsoid([0, 1.35, 0.015], [0.125, 0.09, 0.1]) },
  ...bothSides('deltoid', 0.06, (s) => ellipsoid(side(s, [0.2, 1.372, -0.004]), [0.053, 0.075, 0.058], [0, 0, s * 14])),
  ...bothSides('arm', 0.012, (s) =>
    capsule(side(s, [0.19, 1.42, -0.004]), side(s, [0.24, 1.2, 0.004]), 0.04, 0.034, {
      cut: { point: side(s, [0.22, ARM_CUT_HEIGHT, -0.001]), normal: [0, -1, 0], soft: 0.004 },
    })),
  // Chest and armpit folds.
  ...bothSides('pectoralis', 0.07, (s) => ellipsoid(side(s, [0.075, 1.322, 0.092]), [0.1, 0.056, 0.022], [0, 0, s * 20])),
  ...bothSides('anteriorAxillaryFold', 0.03, (s) =>
    capsule(side(s, [0.105, 1.315, 0.075]), side(s, [0.178, 1.37, 0.02]), 0.026, 0.024)),
  ...bothSides('posteriorAxillaryFold', 0.035, (s) =>
    capsule(side(s, [0.105, 1.22, -0.085]), side(s, [0.175, 1.365, -0.035]), 0.028, 0.026)),
  ...bothSides('latissimus', 0.07, (s) => ellipsoid(side(s, [0.095, 1.24, -0.055]), [0.07, 0.13, 0.065], [0, 0, s * -10])),
];

/** Signed distance of the body surface at a point (negative inside). */
export const bodyDistance = bodyField(BODY_PARTS);

/**
 * The body's field for a layer `depth` metres under the skin: the same parts with fillets widened by the depth (see
 * bodyField). Twice the depth would round the deep layers more but can lift them through the skin in the grooves
 * (crotch, gluteal cleft); the model test checks that every layer stays inside the one above it.
 */
export function layerDistance(depth: number): (x: number, y: number, z: number) => number {
  return depth > 0 ? bodyField(BODY_PARTS, depth) : bodyDistance;
}
