// Orbit / zoom / pan (mouse and touch) around the torso, and the Front / Back / Left / Right jumps.

import { useEffect } from 'react';
import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useEditor, useEditorState } from '../store/context';
import type { ViewName } from '../store/editor-store';
import { useBodyModel } from './model-context';
import { regionFocus } from './region-focus';

/** Unit direction from the body toward the camera for each named view (patient faces +z, left is +x). */
export const VIEW_DIRECTIONS: Readonly<Record<ViewName, readonly [number, number, number]>> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
};

export function viewTarget(bounds: THREE.Box3): THREE.Vector3 {
  return bounds.getCenter(new THREE.Vector3());
}

/** Distance at which the whole torso fits the view vertically, with a margin. */
export function fitDistance(bounds: THREE.Box3, fovDegrees: number): number {
  const size = bounds.getSize(new THREE.Vector3());
  const half = Math.max(size.y, size.x * 0.75) / 2;
  return (half / Math.tan(THREE.MathUtils.degToRad(fovDegrees) / 2)) * 1.12;
}

/** How far the camera stands from a point it turns to: close enough to see it, far enough for context. */
export const POINT_VIEW_DISTANCE = 1.5;

/**
 * From where to look at a point: out from the body axis through the point, tilted a little by its surface
 * normal (so a point on top of the shoulder is seen from above), never from inside the body.
 */
export function pointViewDirection(position: THREE.Vector3, normal: THREE.Vector3): THREE.Vector3 {
  const radial = new THREE.Vector3(position.x, 0, position.z);
  if (radial.lengthSq() < 1e-8) radial.set(normal.x, 0, normal.z);
  if (radial.lengthSq() < 1e-8) radial.set(0, 0, 1);
  radial.normalize();
  const direction = radial.multiplyScalar(2).add(normal.clone().normalize()).normalize();
  direction.y = THREE.MathUtils.clamp(direction.y, -0.5, 0.7);
  return direction.normalize();
}

export function CameraRig() {
  const model = useBodyModel();
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const controls = useThree((s) => s.controls) as unknown as { target: THREE.Vector3; update: () => void } | null;
  const invalidate = useThree((s) => s.invalidate);
  const viewRequest = useEditorState((s) => s.viewRequest);
  const focusRequest = useEditorState((s) => s.focusRequest);
  const pointFocus = useEditorState((s) => s.pointFocus);
  const editor = useEditor();

  useEffect(() => {
    const view: ViewName = viewRequest?.view ?? 'front';
    const target = viewTarget(model.bounds);
    const distance = fitDistance(model.bounds, camera.fov);
    const [x, y, z] = VIEW_DIRECTIONS[view];
    camera.position.set(target.x + x * distance, target.y + y * distance, target.z + z * distance);
    camera.near = 0.05;
    camera.far = 20;
    camera.updateProjectionMatrix();
    camera.lookAt(target);
    if (controls) {
      controls.target.copy(target);
      controls.update();
    }
    invalidate();
  }, [viewRequest, model, camera, controls, invalidate]);

  // Searching a region turns the camera to face it, close enough to see it whole.
  useEffect(() => {
    if (!focusRequest) return;
    const focus = regionFocus(model, focusRequest.region);
    if (!focus) return;
    const distance = Math.min(2.4, Math.max(0.8, (focus.extent * 2.6) / Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2)));
    const direction = focus.normal.clone().setY(focus.normal.y * 0.5).normalize();
    camera.position.copy(focus.position).addScaledVector(direction, distance);
    camera.lookAt(focus.position);
    if (controls) {
      controls.target.copy(focus.position);
      controls.update();
    }
    invalidate();
  }, [focusRequest, model, camera, controls, invalidate]);

  // Selecting a point from the table, a search or the keyboard turns the camera to face it.
  useEffect(() => {
    if (!pointFocus) return;
    const doc = editor.store.getState().doc;
    const point = doc && Object.hasOwn(doc.points, pointFocus.point) ? doc.points[pointFocus.point] : undefined;
    if (!point) return;
    const placed = model.placeAnchor(point.anchor);
    const target = new THREE.Vector3(...placed.position);
    const direction = pointViewDirection(target, new THREE.Vector3(...placed.normal));
    camera.position.copy(target).addScaledVector(direction, POINT_VIEW_DISTANCE);
    camera.lookAt(target);
    if (controls) {
      controls.target.copy(target);
      controls.update();
    }
    invalidate();
  }, [pointFocus, editor, model, camera, controls, invalidate]);

  return <OrbitControls makeDefault enableDamping={false} minDistance={0.4} maxDistance={6} />;
}
