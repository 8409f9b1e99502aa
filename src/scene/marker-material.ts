// Shaders that draw trigger-point markers as screen-facing sprites, one vertex a point: a shaded ball that
// the body hides like a real one, and a see-through ring drawn only where something covers the marker.
// Which markers show (their layer's opacity, the cross-section, a comparison) is decided here per vertex.

import * as THREE from 'three';
import { LAYER_IDS } from '../anatomy/layers';
import { MARKER_RADIUS } from './marker-style';

export type MarkerSprite = 'ball' | 'ring';

export interface MarkerUniforms {
  [name: string]: THREE.IUniform;
  /** Drawn opacity of each layer, in LAYER_IDS order (visibility, opacity slider and peel combined). */
  layerOpacity: THREE.IUniform<number[]>;
  /** Markers above this height are cut away with the body by the cross-section. */
  cutHeight: THREE.IUniform<number>;
  /** Half the height of the viewport being drawn into, in device pixels. */
  halfViewportHeight: THREE.IUniform<number>;
}

export function createMarkerUniforms(): MarkerUniforms {
  return {
    layerOpacity: { value: LAYER_IDS.map(() => 1) },
    cutHeight: { value: 1e6 },
    halfViewportHeight: { value: 300 },
  };
}

const vertexShader = /* glsl */ `
attribute vec3 markerNormal;
attribute vec3 markerColor;
attribute float markerScale;
attribute float markerLayer;
uniform float layerOpacity[${LAYER_IDS.length}];
uniform float cutHeight;
uniform float halfViewportHeight;
uniform float radius;
uniform float minOpacity;
uniform float pull;
varying vec3 vColor;
varying float vFacing;

void main() {
  vColor = markerColor;
  float opacity = layerOpacity[int(markerLayer + 0.5)];
  bool drawn = markerScale > 0.0 && position.y <= cutHeight && opacity >= minOpacity;
  vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
  bool perspective = projectionMatrix[2][3] != 0.0;
  vec3 toEye = perspective ? normalize(-mvPosition.xyz) : vec3(0.0, 0.0, 1.0);
  vFacing = dot(normalize(normalMatrix * markerNormal), toEye);
  float r = radius * markerScale;
  // A flat sprite at the ball's front stands where the ball would meet the body in depth.
  mvPosition.xyz += toEye * r * pull;
  float w = perspective ? -mvPosition.z : 1.0;
  gl_Position = drawn ? projectionMatrix * mvPosition : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = drawn ? 2.0 * r * projectionMatrix[1][1] * halfViewportHeight / w : 0.0;
}
`;

const ballFragment = /* glsl */ `
varying vec3 vColor;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  c.y = -c.y;
  float d2 = dot(c, c);
  if (d2 > 1.0) discard;
  // Shade the sprite as the ball it stands for, lit from the upper left like the body.
  vec3 n = vec3(c, sqrt(1.0 - d2));
  vec3 light = normalize(vec3(-0.35, 0.55, 0.75));
  float diffuse = max(dot(n, light), 0.0);
  float highlight = pow(max(dot(reflect(-light, n), vec3(0.0, 0.0, 1.0)), 0.0), 28.0);
  vec3 color = vColor * (0.42 + 0.7 * diffuse) + vec3(0.28 * highlight);
  color *= mix(1.0, 0.65, smoothstep(0.7, 1.0, d2));
  gl_FragColor = vec4(color, 1.0 - smoothstep(0.86, 1.0, d2));
  #include <colorspace_fragment>
}
`;

const ringFragment = /* glsl */ `
varying vec3 vColor;
varying float vFacing;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float d = length(c);
  float ring = smoothstep(0.58, 0.66, d) * (1.0 - smoothstep(0.92, 1.0, d));
  // Markers on the far side of the body fade out: the ring marks what lies under the near layers.
  float alpha = 0.85 * ring * smoothstep(0.0, 0.3, vFacing);
  if (alpha <= 0.01) discard;
  gl_FragColor = vec4(vColor, alpha);
  #include <colorspace_fragment>
}
`;

/**
 * The ball is drawn for markers whose layer is at least half opaque, tested against the body's depth. The
 * ring is drawn through the layers in front (only where depth says the marker is covered) for every
 * marker whose layer is drawn at all; it must be drawn before the balls, which write depth.
 */
export function createMarkerMaterial(sprite: MarkerSprite, uniforms: MarkerUniforms): THREE.ShaderMaterial {
  const ball = sprite === 'ball';
  return new THREE.ShaderMaterial({
    name: `marker-${sprite}`,
    uniforms: {
      ...uniforms,
      radius: { value: ball ? MARKER_RADIUS : MARKER_RADIUS * 1.3 },
      minOpacity: { value: ball ? 0.5 : 0.001 },
      pull: { value: ball ? 1 : 0 },
    },
    vertexShader,
    fragmentShader: ball ? ballFragment : ringFragment,
    transparent: true,
    depthWrite: ball,
    depthTest: true,
    depthFunc: ball ? THREE.LessEqualDepth : THREE.GreaterDepth,
  });
}

/** Keeps the sprite size right in whatever viewport draws the markers (the editor, an exported image). */
export function trackViewportHeight(material: THREE.ShaderMaterial): THREE.Object3D['onBeforeRender'] {
  const viewport = new THREE.Vector4();
  return (renderer) => {
    renderer.getCurrentViewport(viewport);
    const half = viewport.w / 2;
    const uniform = material.uniforms.halfViewportHeight as THREE.IUniform<number>;
    if (uniform.value !== half) {
      uniform.value = half;
      material.uniformsNeedUpdate = true;
    }
  };
}
