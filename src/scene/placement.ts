// Where a placing click may land, as pure rules the pointer tool follows: only on the side of the body that
// faces the camera (never on the back seen through the body), the layers to try when the active one has no
// tissue there, and the layer a pen's pressure picks.

import { LAYER_IDS, SOFT_TISSUE_LAYERS, type LayerId } from '../anatomy/layers';

/** Largest angle around the body between the camera and a spot for the spot to count as facing it. */
export const FACING_LIMIT = (100 * Math.PI) / 180;

/** The angle around the body axis the camera looks from (0 = front, +PI/2 = patient's left). */
export function cameraAzimuth(cameraX: number, cameraZ: number): number {
  return Math.atan2(cameraX, cameraZ);
}

/** Smallest difference between two angles, in radians (0..PI). */
export function angleApart(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** Whether a spot at `angle` around the body is on the side the camera looks at. */
export function facesCamera(angle: number, cameraX: number, cameraZ: number): boolean {
  return angleApart(angle, cameraAzimuth(cameraX, cameraZ)) <= FACING_LIMIT;
}

/** The other layers to try where a layer has no tissue, nearest in depth first (outer one first on a tie). */
export function nearestLayers(layer: LayerId): LayerId[] {
  const at = LAYER_IDS.indexOf(layer);
  return LAYER_IDS.filter((l) => l !== layer).sort((a, b) => {
    const da = Math.abs(LAYER_IDS.indexOf(a) - at);
    const db = Math.abs(LAYER_IDS.indexOf(b) - at);
    return da - db || LAYER_IDS.indexOf(a) - LAYER_IDS.indexOf(b);
  });
}

/**
 * The soft-tissue layer a pen's pressure (0..1) reaches: the range split evenly, light on the skin, firm on
 * the deep muscles. A pen that reports no pressure (0) stays on the skin.
 */
export function pressureLayer(pressure: number): LayerId {
  const layers = SOFT_TISSUE_LAYERS;
  const p = Number.isFinite(pressure) ? Math.min(1, Math.max(0, pressure)) : 0;
  return layers[Math.min(layers.length - 1, Math.floor(p * layers.length))]!;
}
