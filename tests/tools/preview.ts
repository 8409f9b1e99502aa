// Renders models/torso.glb for inspection: one or several layers (a peeled body), coloured by region or in their
// layer colours with fibre striation on the muscles, from a named view.
// Driven by URL parameters so tests/tools/shoot-model.ts can screenshot every view; sets window.__previewReady.

import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { LAYERS, type LayerId, isLayerId } from '../../src/anatomy/layers';
import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT } from '../../src/anatomy/model-facts';
import { REGIONS, regionByIndex } from '../../src/anatomy/regions';
import { WHOLE_MAP, drawFlatMap } from './flat-map';
import { createLayerShaderMaterial, createSharedLayerUniforms } from '../../src/scene/layer-material';
import { applyOpacity, isPaintedByRegion, paintRegions } from '../../src/scene/layer-style';
import { createSectionCaps } from '../../src/scene/section-caps';

declare global {
  interface Window {
    __previewReady?: boolean;
  }
}

const params = new URLSearchParams(location.search);
/**
 * Layers to show: ?layers=superficialMuscle,deepMuscle,skeleton (a peeled body), or one with ?layer=. ?colour=app
 * draws them with the app's own materials (fascia fibres, muscle striation); ?cut=<height> cuts the body there with
 * the app's section caps.
 */
const shownLayers: LayerId[] = (params.get('layers') ?? params.get('layer') ?? 'skin').split(',').filter(isLayerId);
/** One view, or several side by side (comma-separated) for comparing at a glance. */
const views = (params.get('view') ?? 'front').split(',');
const colourMode = params.get('colour') ?? 'layer';

/** Camera direction per view, from the body centre (patient faces +z, patient's left is +x). */
const VIEWS: Record<string, [number, number, number]> = {
  front: [0, 0.05, 1],
  back: [0, 0.05, -1],
  left: [1, 0.05, 0],
  right: [-1, 0.05, 0],
  'oblique-back': [0.75, 0.25, -1],
  'oblique-front': [0.75, 0.2, 1],
  'below-front': [0.6, -0.35, 1],
  'back-low': [0.3, -0.1, -1],
  above: [0.3, 1.6, 1],
  top: [0, 1, 0.02],
  'top-back': [0, 1, -0.35],
  'oblique-back-right': [-0.75, 0.25, -1],
};

/** Structures in catalog order, so neighbours in the catalog get well-separated hues. */
const STRUCTURES = [...new Set(REGIONS.map((r) => r.structure))];

/** A stable colour per structure (left and right share the hue, the right a little darker). */
function regionColour(index: number): THREE.Color {
  const region = regionByIndex(index);
  if (!region) return new THREE.Color('#ff00ff');
  const order = STRUCTURES.indexOf(region.structure);
  const hue = (order * 0.61803) % 1;
  const light = region.side === 'right' ? 0.5 : region.side === 'midline' ? 0.82 : 0.64;
  const saturation = order % 2 === 0 ? 0.65 : 0.45;
  return new THREE.Color().setHSL(hue, saturation, light);
}

/**
 * Muscle striation from the _FIBRE attribute: stripes parallel to the fibres (sin of the across-fibre coordinate in
 * metres), and a paler tendon towards origin and insertion.
 */
function withStriation(material: THREE.MeshStandardMaterial, geometry: THREE.BufferGeometry): THREE.MeshStandardMaterial {
  if (!geometry.getAttribute('_fibre')) return material;
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = `attribute vec2 _fibre;\nvarying vec2 vFibre;\n${shader.vertexShader}`.replace(
      '#include <begin_vertex>',
      '#include <begin_vertex>\nvFibre = _fibre;',
    );
    shader.fragmentShader = `varying vec2 vFibre;\n${shader.fragmentShader}`.replace(
      '#include <color_fragment>',
      `#include <color_fragment>
      float stripe = 0.5 + 0.5 * sin(vFibre.y * 1400.0);
      diffuseColor.rgb *= 0.84 + 0.16 * stripe;
      float tendon = 1.0 - smoothstep(0.0, 0.06, min(vFibre.x, 1.0 - vFibre.x));
      diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.86, 0.8, 0.72), 0.55 * tendon);`,
    );
  };
  return material;
}

/** The flat region map of a layer as a texture laid on by TEXCOORD_0 (u = 0.5 is the front midline). */
function regionTexture(layer: LayerId): THREE.CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 2048;
  canvas.height = 1024;
  drawFlatMap(canvas, layer, (index) => `#${regionColour(index).getHexString()}`, WHOLE_MAP, false);
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

const flatLayer = params.get('flat');
if (flatLayer && isLayerId(flatLayer)) {
  const canvas = document.createElement('canvas');
  canvas.width = innerWidth;
  canvas.height = innerHeight;
  document.body.appendChild(canvas);
  // Optional window in degrees and metres: &a0=90&a1=180&h0=1.0&h1=1.5
  const num = (key: string, fallback: number): number => Number(params.get(key) ?? fallback);
  drawFlatMap(canvas, flatLayer, (index) => `#${regionColour(index).getHexString()}`, {
    angleFrom: (num('a0', -180) * Math.PI) / 180,
    angleTo: (num('a1', 180) * Math.PI) / 180,
    heightFrom: num('h0', MODEL_MIN_HEIGHT),
    heightTo: num('h1', MODEL_MAX_HEIGHT),
  });
  window.__previewReady = true;
} else {
  await showModel();
}

async function showModel(): Promise<void> {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true, stencil: true });
  renderer.setPixelRatio(1);
  renderer.setSize(innerWidth, innerHeight);
  document.body.appendChild(renderer.domElement);

  const scene = new THREE.Scene();
  scene.background = new THREE.Color('#f4f2ee');
  scene.add(new THREE.HemisphereLight('#ffffff', '#8a7f74', 1.6));
  const key = new THREE.DirectionalLight('#ffffff', 2.2);
  scene.add(key);
  const rim = new THREE.DirectionalLight('#ffffff', 0.6);
  scene.add(rim);

  /** Optional close-up: ?tx=<target x>&ty=<target height>&dist=<camera distance> (defaults frame the whole torso). */
  const target = new THREE.Vector3(Number(params.get('tx') ?? 0), Number(params.get('ty') ?? 1.15), 0);
  const distance = Number(params.get('dist') ?? 3.1);
  const aspect = innerWidth / views.length / innerHeight;
  const cameras = views.map((view) => {
    const camera = new THREE.PerspectiveCamera(20, aspect, 0.1, 20);
    const dir = new THREE.Vector3(...(VIEWS[view] ?? VIEWS.front!)).normalize();
    camera.position.copy(target).addScaledVector(dir, distance);
    camera.lookAt(target);
    return camera;
  });
  const camera = cameras[0]!;
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.copy(target);
  controls.update();

  /** Key light from above-left of the camera so forms read by shading; a rim light from behind. */
  function placeLights(cam: THREE.Camera): void {
    key.position.copy(cam.position).add(new THREE.Vector3(-1.8, 2.0, 0).applyQuaternion(cam.quaternion));
    rim.position.copy(target).addScaledVector(cam.position.clone().sub(target), -1).add(new THREE.Vector3(0, 1, 0));
  }

  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync('/models/torso.glb');
  gltf.scene.traverse((object) => {
    if (!(object instanceof THREE.Mesh)) return;
    object.visible = (shownLayers as string[]).includes(object.name);
    const geometry = object.geometry as THREE.BufferGeometry;
    const layerColour = LAYERS.find((l) => l.id === object.name)?.color ?? '#cccccc';
    const patches = geometry.getAttribute('_fibre') !== undefined || object.name === 'skeleton';
    if (colourMode === 'app' && isLayerId(object.name)) {
      // Exactly what the app draws: region colours on muscles and deep fascia, striation, the fascia's fibres.
      if (isPaintedByRegion(object.name)) paintRegions(object.name, geometry);
      const material = createLayerShaderMaterial(object.name, geometry, createSharedLayerUniforms()).material;
      applyOpacity(material, 1, LAYERS.find((l) => l.id === object.name)?.tissue);
      object.material = material;
    } else if (colourMode === 'regions' && !patches) {
      // The region map drawn from regionAt, wrapped on by TEXCOORD_0: crisp outlines between vertices.
      object.material = new THREE.MeshStandardMaterial({ map: regionTexture(object.name as LayerId), roughness: 0.75 });
    } else if (colourMode === 'attribute' || colourMode === 'regions') {
      // Per-vertex colours from the file's _REGION attribute (what the app reads), to check the file itself.
      const region = geometry.getAttribute('_region');
      const colours = new Float32Array(region.count * 3);
      for (let i = 0; i < region.count; i++) regionColour(region.getX(i)).toArray(colours, i * 3);
      geometry.setAttribute('color', new THREE.BufferAttribute(colours, 3));
      object.material = withStriation(new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.75 }), geometry);
    } else {
      object.material = withStriation(new THREE.MeshStandardMaterial({ color: layerColour, roughness: 0.7 }), geometry);
    }
  });
  scene.add(gltf.scene);
  const cut = params.get('cut');
  if (cut !== null) {
    // A cross-section as the app draws it: everything above the plane clipped, the cut filled with tissue caps.
    const plane = new THREE.Plane(new THREE.Vector3(0, -1, 0), Number(cut));
    renderer.localClippingEnabled = true;
    const meshes = {} as Record<LayerId, THREE.Mesh>;
    gltf.scene.traverse((object) => {
      if (object instanceof THREE.Mesh && isLayerId(object.name)) {
        meshes[object.name] = object;
        const material = object.material as THREE.Material;
        material.clippingPlanes = [plane];
        material.side = THREE.DoubleSide;
      }
    });
    const caps = createSectionCaps(meshes, plane);
    caps.setHeight(Number(cut));
    caps.sync(true);
    scene.add(caps.group);
  }
  if (params.get('wire')) {
    // Overlay the triangle edges of the shown layer, to inspect the grid.
    const shown: THREE.Mesh[] = [];
    gltf.scene.traverse((object) => {
      if (object instanceof THREE.Mesh && object.visible) shown.push(object);
    });
    for (const mesh of shown) {
      mesh.add(new THREE.Mesh(mesh.geometry, new THREE.MeshBasicMaterial({ color: '#333', wireframe: true })));
    }
  }
  const label = document.getElementById('label');
  if (label) label.textContent = params.get('label') === '0' ? '' : `${shownLayers.join('+')} · ${views.join(', ')} · ${colourMode}`;

  function render(): void {
    const width = innerWidth / views.length;
    renderer.setScissorTest(true);
    cameras.forEach((cam, i) => {
      placeLights(cam);
      renderer.setViewport(i * width, 0, width, innerHeight);
      renderer.setScissor(i * width, 0, width, innerHeight);
      renderer.render(scene, cam);
    });
  }
  controls.addEventListener('change', render);
  addEventListener('resize', () => {
    renderer.setSize(innerWidth, innerHeight);
    for (const cam of cameras) {
      cam.aspect = innerWidth / views.length / innerHeight;
      cam.updateProjectionMatrix();
    }
    render();
  });
  // Compile the shaders before the first frame; a pass drawn while they compile can come out blank.
  await renderer.compileAsync(scene, camera);
  render();
  requestAnimationFrame(() => {
    render();
    window.__previewReady = true;
  });
}
