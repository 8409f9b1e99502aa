// The viewport's API passed through React context (not a module-level variable), so the editor, the patient
// view and offscreen image export can each have their own viewport. A ViewportBridge inside a <Canvas>
// publishes that canvas's API into the handle its nearest provider gives it.

import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { ViewName } from '../store/editor-store';
import { useBodyModel } from './model-context';
import { fitDistance, viewTarget, VIEW_DIRECTIONS } from './CameraRig';

/** What to draw in an offscreen image: the view as the therapist sees it now, or one of the four named views. */
export type ImageView = 'current' | ViewName;

export interface OffscreenImageRequest {
  readonly width: number;
  readonly height: number;
  readonly view: ImageView;
}

export interface RenderedViewportApi {
  /** Size in CSS pixels of the live canvas. */
  size(): { width: number; height: number };
  /**
   * Draws the scene into a new canvas of the asked size with its own renderer: the live canvas is never read
   * back, so it needs no preserveDrawingBuffer.
   */
  renderImage(request: OffscreenImageRequest): RenderedImage;
  /** Where a body-space point appears on the live canvas, in client pixels, or null when behind the camera. */
  project(position: readonly [number, number, number]): { x: number; y: number } | null;
}

export interface RenderedImage {
  readonly canvas: HTMLCanvasElement;
  /**
   * Where a body-space surface point with its outward normal lands in the image, in image pixels, or null when
   * it faces away from the camera (the body hides it).
   */
  readonly project: (position: readonly [number, number, number], normal: readonly [number, number, number]) => { x: number; y: number } | null;
}

/** A slot the bridge fills once its canvas exists. */
export interface ViewportHandle {
  current: RenderedViewportApi | null;
}

const ViewportHandleContext = createContext<ViewportHandle | null>(null);

export function ViewportHandleProvider({ handle, children }: { handle?: ViewportHandle; children: ReactNode }) {
  const own = useMemo<ViewportHandle>(() => handle ?? { current: null }, [handle]);
  return <ViewportHandleContext.Provider value={own}>{children}</ViewportHandleContext.Provider>;
}

/** The handle of the nearest viewport, or null outside any provider. */
export function useViewportHandle(): ViewportHandle | null {
  return useContext(ViewportHandleContext);
}

/** A camera for a named view at the given aspect, framed as the editor's view buttons frame it. */
function namedViewCamera(source: THREE.PerspectiveCamera, bounds: THREE.Box3, view: ViewName, aspect: number): THREE.PerspectiveCamera {
  const camera = new THREE.PerspectiveCamera(source.fov, aspect, 0.05, 20);
  const target = viewTarget(bounds);
  // A wide sheet cell fits the height; a narrow one must also fit the width.
  const distance = fitDistance(bounds, source.fov) * Math.max(1, 0.75 / aspect);
  const [x, y, z] = VIEW_DIRECTIONS[view];
  camera.position.set(target.x + x * distance, target.y + y * distance, target.z + z * distance);
  camera.lookAt(target);
  camera.updateProjectionMatrix();
  return camera;
}

/** Mounted inside a <Canvas>: publishes that canvas's API to the nearest ViewportHandleProvider. */
export function ViewportBridge() {
  const handle = useViewportHandle();
  const model = useBodyModel();
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const size = useThree((s) => s.size);

  useEffect(() => {
    if (!handle) return;
    const api: RenderedViewportApi = {
      size: () => ({ width: size.width, height: size.height }),
      renderImage({ width, height, view }) {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
        try {
          renderer.setPixelRatio(1);
          renderer.setSize(width, height, false);
          renderer.outputColorSpace = gl.outputColorSpace;
          renderer.toneMapping = gl.toneMapping;
          renderer.toneMappingExposure = gl.toneMappingExposure;
          let shot: THREE.PerspectiveCamera;
          if (view === 'current') {
            shot = camera.clone();
            shot.aspect = width / height;
            shot.updateProjectionMatrix();
          } else {
            shot = namedViewCamera(camera, model.bounds, view, width / height);
          }
          renderer.render(scene, shot);
          // Copy to a 2D canvas so the image outlives the WebGL context released below.
          const copy = document.createElement('canvas');
          copy.width = width;
          copy.height = height;
          copy.getContext('2d')?.drawImage(canvas, 0, 0);
          shot.updateMatrixWorld();
          const project: RenderedImage['project'] = (position, normal) => {
            const p = new THREE.Vector3(position[0], position[1], position[2]);
            const towardCamera = shot.position.clone().sub(p);
            if (towardCamera.dot(new THREE.Vector3(normal[0], normal[1], normal[2])) <= 0) return null;
            const v = p.project(shot);
            if (v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
            return { x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height };
          };
          return { canvas: copy, project };
        } finally {
          renderer.dispose();
          renderer.forceContextLoss();
        }
      },
      project(position) {
        const v = new THREE.Vector3(position[0], position[1], position[2]).project(camera);
        if (v.z > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
      },
    };
    handle.current = api;
    return () => {
      if (handle.current === api) handle.current = null;
    };
  }, [handle, model, gl, scene, camera, size]);

  return null;
}
