// Draws the torso's layers from the loaded model and keeps them in step with the editor: visibility,
// opacity and peel, the hovered region, which layers the x-ray lens cuts, and the cross-section plane.
// Rendering is on demand, so every change asks for one frame.

import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { LAYER_IDS, type LayerId, layerById } from '../anatomy/layers';
import { regionById } from '../anatomy/regions';
import { useEditorState } from '../store/context';
import { effectiveOpacity } from '../store/layer-view';
import { useBodyModel } from './model-context';
import { applyOpacity, isPaintedByRegion, paintRegions } from './layer-style';
import { createLayerShaderMaterial, type LayerMaterialHandle, type SharedLayerUniforms } from './layer-material';
import { lensCutsLayer } from './lens';
import { createSectionCaps } from './section-caps';

export function BodyLayers({ uniforms }: { uniforms: SharedLayerUniforms }) {
  const model = useBodyModel();
  const layers = useEditorState((s) => s.layers);
  const peel = useEditorState((s) => s.peel);
  const hoverRegion = useEditorState((s) => s.hoverRegion);
  const selectedRegion = useEditorState((s) => s.selectedRegion);
  const activeLayer = useEditorState((s) => s.activeLayer);
  const lensEnabled = useEditorState((s) => s.lens.enabled);
  const crossSection = useEditorState((s) => s.crossSection);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);

  const clipPlane = useMemo(() => new THREE.Plane(new THREE.Vector3(0, -1, 0), 0), []);
  // Solid caps on the cut, one per tissue (stencil passes under each layer mesh).
  const caps = useMemo(() => createSectionCaps(model.layers, clipPlane), [model, clipPlane]);
  useEffect(() => () => caps.dispose(), [caps]);

  const handles = useMemo(() => {
    const made = {} as Record<LayerId, LayerMaterialHandle>;
    for (const id of LAYER_IDS) {
      const mesh = model.layers[id];
      if (isPaintedByRegion(id)) paintRegions(id, mesh.geometry);
      made[id] = createLayerShaderMaterial(id, mesh.geometry, uniforms);
    }
    return made;
  }, [model, uniforms]);

  // Attached in an effect, not in the memo: React may run a memo twice and keep either result.
  useLayoutEffect(() => {
    for (const id of LAYER_IDS) {
      const mesh = model.layers[id];
      mesh.material = handles[id].material;
    }
    invalidate();
  }, [handles, model, invalidate]);

  useEffect(() => {
    for (const id of LAYER_IDS) {
      const opacity = effectiveOpacity(layers[id], id, peel);
      model.layers[id].visible = opacity > 0.001;
      applyOpacity(handles[id].material, opacity, layerById(id).tissue);
      // See-through layers are drawn inside out, so the outer ones blend over the deeper ones; solid layers
      // outside in, so the depth test turns away what lies under the skin before it is shaded.
      const depth = LAYER_IDS.indexOf(id);
      model.layers[id].renderOrder = handles[id].material.transparent ? LAYER_IDS.length - depth : depth;
    }
    caps.sync(crossSection.enabled);
    invalidate();
  }, [layers, peel, handles, model, invalidate, caps, crossSection.enabled]);

  useEffect(() => {
    const lit = hoverRegion ?? selectedRegion;
    const index = lit ? (regionById(lit)?.index ?? -1) : -1;
    for (const id of LAYER_IDS) handles[id].setHoverRegion(index);
    invalidate();
  }, [hoverRegion, selectedRegion, handles, invalidate]);

  useEffect(() => {
    for (const id of LAYER_IDS) handles[id].setLensCut(lensEnabled && lensCutsLayer(id, activeLayer));
    invalidate();
  }, [lensEnabled, activeLayer, handles, invalidate]);

  // Switching the cut on or off changes the shaders; moving its height only moves the shared plane.
  useEffect(() => {
    gl.localClippingEnabled = crossSection.enabled;
    for (const id of LAYER_IDS) {
      const material = handles[id].material;
      material.clippingPlanes = crossSection.enabled ? [clipPlane] : null;
      // Inside faces show through the cut; the caps fill the cut faces with each tissue's colour.
      material.side = crossSection.enabled ? THREE.DoubleSide : THREE.FrontSide;
      material.needsUpdate = true;
    }
    invalidate();
  }, [crossSection.enabled, clipPlane, handles, gl, invalidate]);

  useEffect(() => {
    clipPlane.constant = crossSection.height;
    caps.setHeight(crossSection.height);
    invalidate();
  }, [crossSection.height, clipPlane, caps, invalidate]);

  useEffect(() => () => Object.values(handles).forEach((h) => h.material.dispose()), [handles]);

  return (
    <>
      <primitive object={model.scene} />
      <primitive object={caps.group} />
    </>
  );
}
