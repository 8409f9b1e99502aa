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

/** performance.mark name set once the editor's first frame with the body is drawn and finished (for `npm run bench`). */
export const FIRST_FRAME_MARK = 'fascia-map:first-frame';

/** Renders the live view on request, for `npm run bench`: the same work as a real frame, timed. */
export interface FrameProbe {
  /**
   * Draws `count` frames synchronously while the camera orbits the body once, starting `turn` of the way round
   * (0..1), each waited for with a 1-pixel read-back, and returns each frame's milliseconds. The camera is put
   * back afterwards.
   */
  measureFrames(count: number, turn?: number): number[];
}

let probe: FrameProbe | null = null;

export function publishFrameProbe(next: FrameProbe | null): void {
  probe = next;
}

export function frameProbe(): FrameProbe | null {
  return probe;
}
