// The layer material: three's standard lighting plus what the viewer needs per fragment: the region
// under the pointer lit up, the x-ray lens cut-away, muscle striation along the fibres and a fibrous,
// see-through look for fascia along its collagen fibre directions (_WEAVE). Lens and hover values live in uniforms shared with the viewport, not in React state.

import * as THREE from 'three';
import { layerById, type LayerId } from '../anatomy/layers';
import { createLayerMaterial } from './layer-style';

/** Uniforms shared by every layer material, updated by the viewport without re-rendering React. */
export interface SharedLayerUniforms {
  /** x, y of the lens centre in device pixels from the canvas' bottom-left; z its radius in device pixels. */
  readonly lens: { value: THREE.Vector3 };
}

export function createSharedLayerUniforms(): SharedLayerUniforms {
  return { lens: { value: new THREE.Vector3(0, 0, 0) } };
}

export interface LayerMaterialHandle {
  readonly material: THREE.MeshStandardMaterial;
  /** Region index to light up, or -1. */
  setHoverRegion(index: number): void;
  /** Whether the lens cuts through this layer. */
  setLensCut(cut: boolean): void;
}

export function createLayerShaderMaterial(layer: LayerId, geometry: THREE.BufferGeometry, shared: SharedLayerUniforms): LayerMaterialHandle {
  const material = createLayerMaterial(layer);
  const hover = { value: -1 };
  const lensCut = { value: 0 };
  const regionAttribute = geometry.getAttribute('_region');
  const hasRegion = Boolean(regionAttribute);
  // Which vertices belong to the hovered structure (refilled when the hover changes).
  const hoverAttribute = hasRegion ? new THREE.BufferAttribute(new Float32Array(regionAttribute.count), 1).setUsage(THREE.DynamicDrawUsage) : null;
  if (hoverAttribute) geometry.setAttribute('_hover', hoverAttribute);
  const hasFibre = Boolean(geometry.getAttribute('_fibre'));
  const hasWeave = Boolean(geometry.getAttribute('_weave'));
  const kind = layerById(layer).tissue;
  const striation = kind === 'muscle' ? 1 : kind === 'fascia' ? 2 : 0;

  material.defines = {
    ...material.defines,
    ...(hasRegion ? { HAS_REGION: '' } : {}),
    ...(hasFibre ? { HAS_FIBRE: '' } : {}),
    ...(hasWeave ? { HAS_WEAVE: '' } : {}),
    STRIATION: String(striation),
  };

  material.onBeforeCompile = (shader) => {
    shader.uniforms.uHoverRegion = hover;
    shader.uniforms.uLens = shared.lens;
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        #ifdef HAS_REGION
          attribute float _hover;
          varying float vHover;
        #endif
        #ifdef HAS_FIBRE
          attribute vec2 _fibre;
        #endif
        #ifdef HAS_WEAVE
          attribute vec2 _weave;
        #endif
        varying vec2 vFibre;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        #ifdef HAS_REGION
          vHover = _hover;
        #endif
        #ifdef HAS_FIBRE
          vFibre = _fibre;
        #elif defined(HAS_WEAVE)
          vFibre = _weave;
        #else
          vFibre = vec2(position.y * 0.45, (position.x + position.z) * 0.45);
        #endif`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        uniform float uHoverRegion;
        uniform vec3 uLens;
        #ifdef HAS_REGION
          varying float vHover;
        #endif
        varying vec2 vFibre;`,
      )
      .replace(
        '#include <clipping_planes_fragment>',
        `#include <clipping_planes_fragment>
        #ifdef LENS_CUT
          if (uLens.z > 0.0 && distance(gl_FragCoord.xy, uLens.xy) < uLens.z) discard;
        #endif`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        #if STRIATION == 1
          // Muscle: fine stripes running along the fibres (across-fibre coordinate in metres).
          float stripe = 0.5 + 0.5 * sin(vFibre.y * 1400.0 + sin(vFibre.x * 40.0) * 1.5);
          diffuseColor.rgb *= 0.88 + 0.12 * stripe;
        #elif STRIATION == 2
          #ifdef HAS_WEAVE
            // Fascia: glistening collagen bundles along its two fibre families (metres x 0.5 across each), with
            // see-through gaps between them where the tissue below shows.
            // Bundles ~10 mm apart, gently wavy.
            float f1 = pow(abs(sin(vFibre.x * 1256.6 + 0.8 * sin(vFibre.y * 150.0))), 6.0);
            float f2 = pow(abs(sin(vFibre.y * 1117.0 + 0.8 * sin(vFibre.x * 130.0))), 6.0);
            float bundle = max(f1, 0.8 * f2);
            diffuseColor.rgb = mix(diffuseColor.rgb * 0.9, vec3(0.98, 0.97, 0.94), 0.55 * bundle);
            diffuseColor.a *= mix(0.62, 1.0, bundle);
          #else
            float weave = 0.5 + 0.25 * sin((vFibre.x + vFibre.y) * 900.0) + 0.25 * sin((vFibre.x - vFibre.y) * 700.0);
            diffuseColor.rgb *= 0.93 + 0.07 * weave;
          #endif
        #endif
        #ifdef HAS_REGION
          // The hovered structure: 1 on its vertices, 0 elsewhere, interpolated, so its edge runs smoothly
          // through the border triangles. It is lightened (a tint would turn red muscle grey) and ringed in
          // cyan, which reads on skin, fascia and muscle alike.
          if (uHoverRegion >= 0.0) {
            float fill = smoothstep(0.45, 0.65, vHover);
            float rim = smoothstep(0.08, 0.38, vHover) * (1.0 - smoothstep(0.62, 0.92, vHover));
            diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0), 0.3 * fill);
            diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.0, 0.78, 0.95), 0.9 * rim);
          }
        #endif`,
      );
  };
  // Shader variants differ per layer (defines), so the program cache must tell them apart.
  // The lens's discard is compiled in only while the lens cuts this layer: a shader that may discard loses
  // the early depth test, and then every layer under the skin is shaded in full behind it, every frame.
  material.customProgramCacheKey = () => `layer-${striation}-${hasRegion}-${hasFibre}-${hasWeave}-${lensCut.value}`;

  return {
    material,
    setHoverRegion: (index) => {
      if (hover.value === index) return;
      hover.value = index;
      if (!hoverAttribute || !regionAttribute) return;
      const flags = hoverAttribute.array as Float32Array;
      for (let i = 0; i < flags.length; i++) flags[i] = index >= 0 && regionAttribute.getX(i) === index ? 1 : 0;
      hoverAttribute.needsUpdate = true;
    },
    setLensCut: (cut) => {
      const value = cut ? 1 : 0;
      if (lensCut.value === value) return;
      lensCut.value = value;
      const defines = { ...material.defines };
      if (cut) defines.LENS_CUT = '';
      else delete defines.LENS_CUT;
      material.defines = defines;
      material.needsUpdate = true;
    },
  };
}
