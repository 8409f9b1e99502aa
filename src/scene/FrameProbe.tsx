// Times the 3D view for the benchmark (`npm run bench`): marks when the first frame is drawn and finished, and
// publishes a probe that renders frames on request. It changes nothing on screen unless asked to measure.

import { useEffect, useRef } from 'react';
import { useFrame, useThree, type RootState } from '@react-three/fiber';
import * as THREE from 'three';
import { FIRST_FRAME_MARK, publishFrameProbe } from './viewport-api';

/** Waits until the GPU has finished what was drawn so far (a read-back cannot return earlier). */
function finishDrawing(gl: THREE.WebGLRenderer): void {
  const context = gl.getContext();
  context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, new Uint8Array(4));
}

function measureFrames(state: RootState, count: number, turn: number): number[] {
  const { camera, gl } = state;
  const controls = state.controls as unknown as { target?: THREE.Vector3; update?: () => void } | null;
  const target = controls?.target?.clone() ?? new THREE.Vector3(0, camera.position.y, 0);
  const start = camera.position.clone();
  const offset = start.clone().sub(target);
  const axis = new THREE.Vector3(0, 1, 0);
  const times: number[] = [];
  finishDrawing(gl);
  for (let i = 0; i < count; i++) {
    camera.position.copy(target).add(offset.clone().applyAxisAngle(axis, (turn + i / count) * Math.PI * 2));
    camera.lookAt(target);
    const t0 = performance.now();
    state.advance(t0, true);
    finishDrawing(gl);
    times.push(performance.now() - t0);
  }
  // Back where it was, drawn at once: no frame is left pending to slow down whatever is measured next.
  camera.position.copy(start);
  camera.lookAt(target);
  controls?.update?.();
  state.advance(performance.now(), true);
  finishDrawing(gl);
  return times;
}

export function FrameProbe() {
  const get = useThree((s) => s.get);
  const marked = useRef(false);

  useFrame(({ gl }) => {
    if (marked.current) return;
    marked.current = true;
    // useFrame runs before the frame is rendered; the microtask runs right after it, in the same task.
    queueMicrotask(() => {
      finishDrawing(gl);
      performance.mark(FIRST_FRAME_MARK);
    });
  });

  useEffect(() => {
    publishFrameProbe({ measureFrames: (count, turn = 0) => measureFrames(get(), count, turn) });
    return () => publishFrameProbe(null);
  }, [get]);

  return null;
}
