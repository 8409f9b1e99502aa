// What the patient view draws beyond the body itself: the camera gliding to each step's view, the fibrous
// web of the superficial fascia, and one myofascial line as a continuous path. All in the patient view's own
// canvas, on its own copy of the body model.

import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { BodyModel } from '../../scene/body-model';
import { LAYER_IDS, type LayerId } from '../../anatomy/layers';
import { fitDistance } from '../../scene/CameraRig';
import type { StepCamera } from './steps';

/** A second scene graph over the same geometry, so the editor's body keeps its own materials and visibility. */
export function cloneBodyModel(model: BodyModel): BodyModel {
  const scene = model.scene.clone(true);
  const layers = {} as Record<LayerId, THREE.Mesh>;
  for (const id of LAYER_IDS) {
    let found: THREE.Mesh | null = null;
    scene.traverse((o) => {
      if (!found && (o as THREE.Mesh).isMesh && (o.name === id || o.parent?.name === id)) found = o as THREE.Mesh;
    });
    if (!found) throw new Error(`The body model has no ${id} layer`);
    layers[id] = found;
  }
  return { ...model, scene, layers };
}

export const PATIENT_FOV = 30;

/** Camera position and target for a step's view. */
export function stepCameraPose(bounds: THREE.Box3, camera: StepCamera): { position: THREE.Vector3; target: THREE.Vector3 } {
  const size = bounds.getSize(new THREE.Vector3());
  const center = bounds.getCenter(new THREE.Vector3());
  const target = new THREE.Vector3(center.x, bounds.min.y + size.y * camera.heightShare, center.z);
  const distance = fitDistance(bounds, PATIENT_FOV) * camera.distanceShare;
  const direction = new THREE.Vector3(Math.sin(camera.angle), 0.12, Math.cos(camera.angle)).normalize();
  return { position: target.clone().addScaledVector(direction, distance), target };
}

/** How long the camera takes to glide to a step's view, in milliseconds (bounded in wall time, whatever the frame rate). */
export const CAMERA_GLIDE_MS = 1100;

/** Glides the camera to the step's pose (or jumps, when the patient's system asks for reduced motion). */
export function PatientCamera({ model, pose, instant }: { model: BodyModel; pose: StepCamera; instant: boolean }) {
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const goal = useMemo(() => stepCameraPose(model.bounds, pose), [model, pose]);
  const look = useRef<THREE.Vector3 | null>(null);
  const glide = useRef<{ start: number; fromPosition: THREE.Vector3; fromTarget: THREE.Vector3 } | null>(null);

  useEffect(() => {
    if (!look.current || instant) {
      camera.position.copy(goal.position);
      look.current = goal.target.clone();
      camera.lookAt(look.current);
      glide.current = null;
    } else {
      glide.current = { start: performance.now(), fromPosition: camera.position.clone(), fromTarget: look.current.clone() };
    }
    invalidate();
  }, [goal, camera, invalidate, instant]);

  useFrame(() => {
    const current = glide.current;
    if (!current || !look.current) return;
    const t = Math.min(1, (performance.now() - current.start) / CAMERA_GLIDE_MS);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    camera.position.lerpVectors(current.fromPosition, goal.position, eased);
    look.current.lerpVectors(current.fromTarget, goal.target, eased);
    camera.lookAt(look.current);
    if (t < 1) invalidate();
    else glide.current = null;
  });
  return null;
}

const FIBRE_VERTEX = /* glsl */ `
varying vec3 vBody;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vBody = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

// Two families of wavy strands crossing at a shallow angle read as a fibrous web, in body coordinates so the
// pattern needs no texture coordinates on the model.
const FIBRE_FRAGMENT = /* glsl */ `
varying vec3 vBody;
uniform vec3 uColor;
void main() {
  float around = atan(vBody.x, vBody.z) * 0.17;
  float y = vBody.y;
  float a = sin((around + y * 0.45) * 620.0 + sin(y * 90.0 + around * 60.0) * 2.6);
  float b = sin((around - y * 0.5) * 560.0 + sin(around * 120.0 - y * 50.0) * 2.3);
  float c = sin((around * 0.2 + y) * 900.0 + sin(around * 200.0) * 1.5);
  float strands = max(max(smoothstep(0.86, 1.0, a), smoothstep(0.9, 1.0, b) * 0.8), smoothstep(0.93, 1.0, c) * 0.5);
  gl_FragColor = vec4(uColor, strands * 0.6);
}`;

/** The fibrous web drawn over the superficial fascia. */
export function FasciaFibres({ model }: { model: BodyModel }) {
  const invalidate = useThree((s) => s.invalidate);
  const layer = model.layers.superficialFascia;
  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader: FIBRE_VERTEX,
        fragmentShader: FIBRE_FRAGMENT,
        uniforms: { uColor: { value: new THREE.Color('#9a7a52') } },
        transparent: true,
        depthWrite: false,
        polygonOffset: true,
        polygonOffsetFactor: -4,
        polygonOffsetUnits: -4,
      }),
    [],
  );
  const matrix = useMemo(() => {
    layer.updateWorldMatrix(true, false);
    return layer.matrixWorld.clone();
  }, [layer]);
  useEffect(() => {
    invalidate();
    return () => material.dispose();
  }, [material, invalidate]);
  return <mesh geometry={layer.geometry} material={material} matrix={matrix} matrixAutoUpdate={false} renderOrder={20} />;
}

/** Spots along the superficial back line's part on this torso, as (angle, share of body height) on the deep fascia. */
export const BACK_LINE: readonly { angle: number; share: number; label?: string }[] = [
  { angle: Math.PI - 0.42, share: 0.1, label: 'Sacrotuberous ligament' },
  { angle: Math.PI - 0.25, share: 0.17 },
  { angle: Math.PI - 0.05, share: 0.25, label: 'Sacrum' },
  { angle: Math.PI - 0.14, share: 0.33 },
  { angle: Math.PI - 0.16, share: 0.45, label: 'Erector spinae (the long back muscles)' },
  { angle: Math.PI - 0.15, share: 0.6 },
  { angle: Math.PI - 0.12, share: 0.74 },
  { angle: Math.PI - 0.06, share: 0.86 },
  { angle: Math.PI, share: 0.95, label: 'Towards the back of the head (occiput)' },
];

/** Body-space spots of the back line, lifted off the surface so the path lies over the muscles. */
export function backLinePoints(model: BodyModel): { position: THREE.Vector3; normal: THREE.Vector3; label?: string }[] {
  const size = model.bounds.getSize(new THREE.Vector3());
  const spots: { position: THREE.Vector3; normal: THREE.Vector3; label?: string }[] = [];
  for (const spot of BACK_LINE) {
    const height = model.bounds.min.y + size.y * spot.share;
    const hit = model.anchorAt('deepFascia', spot.angle, height) ?? model.anchorAt('skin', spot.angle, height);
    if (!hit) continue;
    const normal = new THREE.Vector3(...hit.anchor.normal);
    const position = new THREE.Vector3(...hit.anchor.position).addScaledVector(normal, 0.012);
    spots.push({ position, normal, ...(spot.label ? { label: spot.label } : {}) });
  }
  return spots;
}

/** The line as one continuous tube. */
export function ContinuityLine({ model }: { model: BodyModel }) {
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    const points = backLinePoints(model).map((s) => s.position);
    if (points.length < 2) return null;
    return new THREE.TubeGeometry(new THREE.CatmullRomCurve3(points), 120, 0.008, 10, false);
  }, [model]);
  const material = useMemo(() => new THREE.MeshBasicMaterial({ color: '#138a8a', depthTest: false, transparent: true, opacity: 0.92 }), []);
  useEffect(() => {
    invalidate();
    return () => {
      geometry?.dispose();
      material.dispose();
    };
  }, [geometry, material, invalidate]);
  if (!geometry) return null;
  return <mesh geometry={geometry} material={material} renderOrder={30} />;
}
