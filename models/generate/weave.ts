// The collagen of the fascia sheets: per vertex, two coordinates in metres across two fibre directions (_WEAVE), so
// the viewer draws fibres that run the way they do. The thoracolumbar fascia's posterior layer shows its two
// laminae crossing (the superficial one down and in from latissimus, the deep one down and out); the pectoral,
// deltoid, infraspinous and gluteal fasciae follow the fibres of their muscles; the rectus sheath crosses like the
// obliques' aponeuroses; the fascia lata runs down the thigh; the rest of the deep fascia runs round the body, the
// superficial fascia is a loose lattice.

import { regionByIndex } from '../../src/anatomy/regions';
import { MUSCLE_SHAPES, fibreCoordinate } from './fibres';

const deg = Math.PI / 180;

/** Heights are measured from here, so the coordinates stay small. */
const WEAVE_ORIGIN = 1.15;

/** Coordinates across two directions at `alpha` above and below the horizontal (fibres along those directions). */
function crossing(s: number, height: number, alpha: number): [number, number] {
  const y = height - WEAVE_ORIGIN;
  return [-s * Math.sin(alpha) + y * Math.cos(alpha), s * Math.sin(alpha) + y * Math.cos(alpha)];
}

/** Across the fibres of a muscle's shape: both coordinates the same, so all fibres run one way. */
function alongMuscle(structure: string, degrees: number, height: number): [number, number] {
  const shape = MUSCLE_SHAPES[structure];
  if (!shape) return [height - WEAVE_ORIGIN, height - WEAVE_ORIGIN];
  const [, across] = fibreCoordinate(shape, degrees, height);
  return [across, across];
}

/**
 * The _WEAVE coordinates of a fascia vertex: x and y across two fibre families in metres. `s` is the distance along
 * the surface from the back midline (positive, metres), `degrees` the angle from the front midline (0..180).
 */
export function weaveAt(region: number, degrees: number, height: number, s: number): [number, number] {
  const structure = regionByIndex(region)?.structure ?? '';
  switch (structure) {
    case 'thoracolumbar-fascia':
      return crossing(s, height, 28 * deg);
    case 'pectoral-fascia':
      return alongMuscle('pectoralis-major', degrees, height);
    case 'deltoid-fascia':
      return alongMuscle('deltoid', degrees, height);
    case 'infraspinous-fascia':
      return alongMuscle('infraspinatus', degrees, height);
    case 'gluteal-fascia':
      return alongMuscle('gluteus-maximus', degrees, height);
    case 'gluteal-aponeurosis':
      return alongMuscle('gluteus-medius', degrees, height);
    case 'rectus-sheath':
    case 'linea-alba':
      return crossing(s, height, 45 * deg);
    case 'fascia-lata':
    case 'supraspinous-ligament':
      return [s, s];
    default:
      // The loose superficial fascia: a lattice; the investing deep fascia: bundles running round the body.
      return structure.startsWith('superficial-fascia') ? crossing(s, height, 60 * deg) : [height - WEAVE_ORIGIN, height - WEAVE_ORIGIN];
  }
}

/** _WEAVE is stored as metres times this, within -1..1 for a normalised 16-bit attribute (0.06 mm steps). */
export const WEAVE_SCALE = 0.5;

/** _WEAVE for every vertex of a sheet (positions in metres, regions per vertex). */
export function weaveOf(positions: Float32Array, regions: Uint16Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(regions.length * 2);
  for (let v = 0; v < regions.length; v++) {
    const x = positions[v * 3]!, y = positions[v * 3 + 1]!, z = positions[v * 3 + 2]!;
    const angle = Math.atan2(x, z);
    const r = Math.hypot(x, z);
    const degrees = Math.abs(angle) / deg;
    const s = (Math.PI - Math.abs(angle)) * r;
    const [a, b] = weaveAt(regions[v]!, degrees, y, s);
    out[v * 2] = a * WEAVE_SCALE;
    out[v * 2 + 1] = b * WEAVE_SCALE;
  }
  return out;
}
