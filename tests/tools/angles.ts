// Prints, per height, the surface angle (degrees from the front midline, patient's left positive) at which the skin
// lies a given distance x to the side of the midline, on the back and on the front: a crib for drawing region
// outlines in outlines.ts. Run: npx tsx tests/tools/angles.ts
import { bodyDistance } from '../../models/generate/body';
import { withRelief } from '../../models/generate/relief';
import { outermostRadius } from '../../models/generate/sample';

const skin = withRelief(bodyDistance);
const offsets = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2];
const xAt = (deg: number, y: number): number => {
  const a = (deg * Math.PI) / 180;
  return outermostRadius(skin, y, Math.sin(a), Math.cos(a), 0) * Math.sin(a);
};
console.log('height | back: deg at x=' + offsets.join(',') + ' | front: deg at same x');
for (let y = 1.6; y >= 0.699; y -= 0.04) {
  const back: string[] = [];
  const front: string[] = [];
  for (const x of offsets) {
    let b = '-';
    for (let d = 179.5; d > 60; d -= 0.5) if (xAt(d, y) >= x) { b = d.toFixed(0); break; }
    let f = '-';
    for (let d = 0.5; d < 120; d += 0.5) if (xAt(d, y) >= x) { f = d.toFixed(0); break; }
    back.push(b.padStart(4));
    front.push(f.padStart(4));
  }
  console.log(`${y.toFixed(2)} |${back.join('')} |${front.join('')}`);
}
