// The three.js classes the app writes as JSX elements (<mesh>, <points>, <color attach="background">...).
// R3F's <Canvas> registers everything its `three` import exports as elements; the build points that one
// import here (vite.config.ts), so the bundle carries these classes rather than all of three.js. A new
// element must be added here: without it R3F fails loudly ("is not part of the THREE namespace").
export { Color, DirectionalLight, Group, HemisphereLight, Mesh, MeshBasicMaterial, Points, TorusGeometry } from 'three';
