// Solid caps for the cross-section, so the cut reads like an anatomy slice: skin, the fat under it, the deep fascia,
// each muscle layer and bone filled in their tissue colours instead of showing hollow shells. Each layer counts, in
// its own stencil bit, how often a view ray crosses its clipped surface (odd = inside the layer's solid at the cut);
// then one flat cap per layer, outside in, paints the cut plane where its bit is set, inner tissues over outer ones.

import * as THREE from 'three';
import { LAYER_IDS, type LayerId } from '../anatomy/layers';

/** The colour of each tissue where it is cut (sRGB). */
const CUT_COLOURS: Readonly<Record<LayerId, string>> = {
  skin: '#c98f78',
  // Under the superficial fascia's sheet lies the subcutaneous fat: its cut is fat-yellow.
  superficialFascia: '#ecd58e',
  // Inside the deep fascia whatever is not muscle or bone (viscera, loose tissue): a quiet grey-pink.
  deepFascia: '#c9b7b0',
  superficialMuscle: '#a8423d',
  intermediateMuscle: '#9a3b38',
  deepMuscle: '#8a3433',
  skeleton: '#efe6cf',
};

/** How far the caps reach from the body axis (metres): wider than the body. */
const CAP_SIZE = 1.2;

export interface SectionCaps {
  /** Add this to the scene (the caps; the stencil passes hang under the layer meshes). */
  readonly group: THREE.Group;
  /** Moves the caps to the cut's height (metres). */
  setHeight(height: number): void;
  /** Shows the caps (and their stencil passes) of the layers that are visible, while the cut is on. */
  sync(enabled: boolean): void;
  dispose(): void;
}

/**
 * Caps for the layer meshes cut by `plane` (a horizontal plane keeping what lies below it). The renderer needs a
 * stencil buffer (WebGLRenderer { stencil: true }).
 */
export function createSectionCaps(layers: Readonly<Record<LayerId, THREE.Mesh>>, plane: THREE.Plane): SectionCaps {
  const group = new THREE.Group();
  group.name = 'section-caps';
  const geometry = new THREE.PlaneGeometry(CAP_SIZE, CAP_SIZE).rotateX(-Math.PI / 2);
  const parts: { layer: LayerId; stencil: THREE.Mesh; cap: THREE.Mesh }[] = [];
  LAYER_IDS.forEach((layer, i) => {
    const bit = 1 << i;
    const stencilMaterial = new THREE.MeshBasicMaterial({
      colorWrite: false,
      depthWrite: false,
      depthTest: false,
      side: THREE.DoubleSide,
      clippingPlanes: [plane],
      stencilWrite: true,
      stencilFunc: THREE.AlwaysStencilFunc,
      stencilWriteMask: bit,
      stencilFail: THREE.InvertStencilOp,
      stencilZFail: THREE.InvertStencilOp,
      stencilZPass: THREE.InvertStencilOp,
    });
    const stencil = new THREE.Mesh(layers[layer].geometry, stencilMaterial);
    stencil.name = `${layer}-section-stencil`;
    stencil.renderOrder = 100 + i;
    stencil.raycast = () => {};
    stencil.visible = false;
    layers[layer].add(stencil);
    const capMaterial = new THREE.MeshStandardMaterial({
      color: new THREE.Color(CUT_COLOURS[layer]),
      roughness: 0.85,
      metalness: 0,
      stencilWrite: true,
      stencilRef: 0,
      stencilFunc: THREE.NotEqualStencilFunc,
      stencilFuncMask: bit,
      stencilWriteMask: 0,
      stencilFail: THREE.KeepStencilOp,
      stencilZFail: THREE.KeepStencilOp,
      stencilZPass: THREE.KeepStencilOp,
      depthFunc: THREE.LessEqualDepth,
    });
    const cap = new THREE.Mesh(geometry, capMaterial);
    cap.name = `${layer}-section-cap`;
    // After every stencil pass; inner tissues last, so they paint over the outer ones on the same plane.
    cap.renderOrder = 200 + i;
    cap.raycast = () => {};
    cap.visible = false;
    group.add(cap);
    parts.push({ layer, stencil, cap });
  });
  return {
    group,
    setHeight(height) {
      for (const { cap } of parts) cap.position.y = height;
    },
    sync(enabled) {
      for (const { layer, stencil, cap } of parts) {
        const shown = enabled && layers[layer].visible;
        stencil.visible = shown;
        cap.visible = shown;
      }
    },
    dispose() {
      for (const { layer, stencil, cap } of parts) {
        layers[layer].remove(stencil);
        (stencil.material as THREE.Material).dispose();
        (cap.material as THREE.Material).dispose();
      }
      geometry.dispose();
    },
  };
}
