// Keeps the x-ray lens where the therapist is looking: under the mouse pointer while it is over the
// view, otherwise on the selected point (touch screens), otherwise in the middle of the view.

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useEditor } from '../store/context';
import type { SharedLayerUniforms } from './layer-material';

export function LensTracker({ uniforms }: { uniforms: SharedLayerUniforms }) {
  const editor = useEditor();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const pointer = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const element = gl.domElement;
    function onMove(e: PointerEvent) {
      if (e.pointerType !== 'mouse') return;
      const rect = element.getBoundingClientRect();
      pointer.current = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      if (editor.store.getState().lens.enabled) invalidate();
    }
    function onLeave() {
      pointer.current = null;
      if (editor.store.getState().lens.enabled) invalidate();
    }
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [gl, editor, invalidate]);

  // A new lens size or switching it on or off needs a frame even when the pointer is still.
  useEffect(
    () =>
      editor.store.subscribe((state, previous) => {
        if (state.lens !== previous.lens) invalidate();
      }),
    [editor, invalidate],
  );

  useFrame(({ camera, size, gl: renderer }) => {
    const { lens: current, doc, selection } = editor.store.getState();
    if (!current.enabled) {
      uniforms.lens.value.set(0, 0, 0);
      return;
    }
    let centre = pointer.current;
    if (!centre) {
      const point = doc && selection ? doc.points[selection] : undefined;
      if (point) {
        const projected = new THREE.Vector3(...point.anchor.position).project(camera);
        centre = { x: ((projected.x + 1) / 2) * size.width, y: ((1 - projected.y) / 2) * size.height };
      } else {
        centre = { x: size.width / 2, y: size.height / 2 };
      }
    }
    const dpr = renderer.getPixelRatio();
    uniforms.lens.value.set(centre.x * dpr, (size.height - centre.y) * dpr, current.radius * dpr);
  });

  return null;
}
