// `npm run model`: regenerates models/torso.glb and prints its size and triangle count per layer.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTorso } from './generate';

const target = fileURLToPath(new URL('../torso.glb', import.meta.url));
const started = Date.now();
const model = await generateTorso();
writeFileSync(target, model.glb);

let triangles = 0;
for (const layer of model.layers) {
  triangles += layer.triangles;
  console.log(`${layer.id.padEnd(18)} ${String(layer.vertices).padStart(7)} vertices ${String(layer.triangles).padStart(7)} triangles`);
}
console.log(`total              ${String(triangles).padStart(23)} triangles`);
console.log(`wrote ${target}: ${model.glb.byteLength} bytes (${(model.glb.byteLength / 1024).toFixed(1)} KiB) in ${Date.now() - started} ms`);
