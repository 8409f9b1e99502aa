// A narrow handle the viewport publishes for code outside the canvas (the debug handle used by the
// browser tests): projecting a body spot to the screen, without the DOM side importing the scene.

import type { LayerId } from '../anatomy/layers';

export interface ViewportApi {
  /** Client (viewport) coordinates where a surface spot of a layer is visible, or null if hidden. */
  screenPointFor(layer: LayerId, angle: number, height: number): { x: number; y: number } | null;
  /** True once the first frame with the body has been drawn. */
  hasRendered(): boolean;
}

let current: ViewportApi | null = null;

export function publishViewportApi(api: ViewportApi | null): void {
  current = api;
}

export function viewportApi(): ViewportApi | null {
  return current;
}
