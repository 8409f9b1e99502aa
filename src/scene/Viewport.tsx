// The 3D view: the layered torso, its trigger-point markers, camera controls and the pointer tool,
// rendered on demand (a frame only when something changed).

import { useMemo } from 'react';
import { Canvas } from '@react-three/fiber';
import type { BodyModel } from './body-model';
import { BodyModelContext } from './model-context';
import { BodyLayers } from './BodyLayers';
import { Markers } from './Markers';
import { ZoneOverlay } from './ZoneOverlay';
import { CameraRig } from './CameraRig';
import { PointerTool } from './PointerTool';
import { LensTracker } from './LensTracker';
import { createSharedLayerUniforms } from './layer-material';
import { ViewportBridge } from './viewport-context';
import { FrameProbe } from './FrameProbe';

export function Viewport({ model }: { model: BodyModel }) {
  const uniforms = useMemo(createSharedLayerUniforms, []);
  return (
    <BodyModelContext.Provider value={model}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 30, position: [0, 1.15, 3.5], near: 0.05, far: 20 }}
        gl={{ antialias: true, preserveDrawingBuffer: true, stencil: true }}
      >
        <color attach="background" args={['#eef1f4']} />
        <hemisphereLight args={['#ffffff', '#b9b2a8', 1.1]} />
        <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} />
        <directionalLight position={[-2, 1.5, -2.5]} intensity={0.9} />
        <directionalLight position={[0, -1, 2]} intensity={0.25} />
        <BodyLayers uniforms={uniforms} />
        <ZoneOverlay />
        <Markers />
        <CameraRig />
        <PointerTool uniforms={uniforms} />
        <LensTracker uniforms={uniforms} />
        <ViewportBridge />
        <FrameProbe />
      </Canvas>
    </BodyModelContext.Provider>
  );
}
