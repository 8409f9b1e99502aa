// The baseline page of `npm run bench`: the least a three.js page can do, one lit cube drawn once with a
// WebGLRenderer, its first frame finished and marked as the editor marks its first torso frame.

import * as THREE from 'three';

document.body.style.margin = '0';
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color('#eef1f4');
scene.add(new THREE.HemisphereLight('#ffffff', '#b9b2a8', 1.1));
const light = new THREE.DirectionalLight('#ffffff', 1.6);
light.position.set(1.5, 3, 2.5);
scene.add(light);
const cube = new THREE.Mesh(new THREE.BoxGeometry(0.5, 0.5, 0.5), new THREE.MeshStandardMaterial({ color: '#c98f7a' }));
cube.rotation.set(0.4, 0.6, 0);
scene.add(cube);
const camera = new THREE.PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.05, 20);
camera.position.set(0, 0, 3.5);

requestAnimationFrame(() => {
  renderer.render(scene, camera);
  const gl = renderer.getContext();
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  performance.mark('cube:first-frame');
});
