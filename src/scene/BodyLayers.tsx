// Draws the torso's layers from the loaded model and keeps each layer's visibility and opacity in step
// with the layer panel; rendering is on demand, so every change asks for one frame.

import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { LAYER_IDS, type LayerId } from '../anatomy/layers';
import { useEditorState } from '../store/context';
import { useBodyModel } from './model-context';
import { applyOpacity, createLayerMaterial, paintRegions } from './layer-style';

export function BodyLayers() {
  const model = useBodyModel();
  const layers = useEditorState((s) => s.layers);
  const invalidate = useThree((s) => s.invalidate);

  const materials = useMemo(() => {
    const made = {} as Record<LayerId, THREE.MeshStandardMaterial>;
    for (const id of LAYER_IDS) {
      const mesh = model.layers[id];
      if (id === 'muscle' || id === 'deepFascia') paintRegions(id, mesh.geometry);
      made[id] = createLayerMaterial(id);
      mesh.material = made[id];
      // Layers are drawn outside in so see-through outer layers blend over the deeper ones.
      mesh.renderOrder = LAYER_IDS.length - LAYER_IDS.indexOf(id);
    }
    return made;
  }, [model]);

  useEffect(() => {
    for (const id of LAYER_IDS) {
      const view = layers[id];
      model.layers[id].visible = view.visible && view.opacity > 0.001;
      applyOpacity(materials[id], view.opacity);
    }
    invalidate();
  }, [layers, materials, model, invalidate]);

  useEffect(() => () => Object.values(materials).forEach((m) => m.dispose()), [materials]);

  return <primitive object={model.scene} />;
}
