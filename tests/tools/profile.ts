// Prints the skin's outline numbers (half-breadth, front and back at the midline, girth) at a few heights, to
// compare the generated body with the proportions in anatomy.md. Run: npx tsx tests/tools/profile.ts
import { bodyDistance } from '../../models/generate/body';
import { outermostRadius } from '../../models/generate/sample';

const heights = process.argv.slice(2).map(Number);
const list = heights.length > 0 ? heights : [1.6, 1.55, 1.5, 1.47, 1.45, 1.42, 1.4, 1.36, 1.32, 1.3, 1.28, 1.24, 1.2, 1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7];
console.log('height  halfBreadth  front   back   depth  girth(mm)');
for (const y of list) {
  let maxX = 0;
  let girth = 0;
  let prev: [number, number] | undefined;
  let first: [number, number] | undefined;
  const n = 720;
  for (let j = 0; j < n; j++) {
    const a = -Math.PI + (j * 2 * Math.PI) / n;
    const r = outermostRadius(bodyDistance, y, Math.sin(a), Math.cos(a), 0);
    const p: [number, number] = [r * Math.sin(a), r * Math.cos(a)];
    maxX = Math.max(maxX, Math.abs(p[0]));
    if (prev) girth += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    else first = p;
    prev = p;
  }
  if (prev && first) girth += Math.hypot(first[0] - prev[0], first[1] - prev[1]);
  const front = outermostRadius(bodyDistance, y, 0, 1, 0);
  const back = -outermostRadius(bodyDistance, y, 0, -1, 0);
  console.log(`${y.toFixed(2)}    ${(maxX * 1000).toFixed(0).padStart(5)}     ${(front * 1000).toFixed(0).padStart(5)}  ${(back * 1000).toFixed(0).padStart(5)}  ${((front - back) * 1000).toFixed(0).padStart(5)}  ${(girth * 1000).toFixed(0).padStart(6)}`);
}
