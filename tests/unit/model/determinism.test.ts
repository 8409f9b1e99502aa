// Regenerates the torso model in memory once: the bytes must equal the committed models/torso.glb, so the
// generator is deterministic and the committed file is not stale (run `npm run model` after changing the
// generator or the outlines). Once is enough: a nondeterministic generator cannot match a file it wrote earlier.

import { describe, expect, it } from 'vitest';
import { generateTorso } from '../../../models/generate/generate';
import { readModelBytes } from './read-model';

describe('torso generator', () => {
  it('writes exactly the committed models/torso.glb', { timeout: 300_000 }, async () => {
    const generated = await generateTorso();
    const committed = readModelBytes();
    expect(generated.glb.byteLength).toBe(committed.byteLength);
    expect(Buffer.from(generated.glb).equals(Buffer.from(committed)), 'models/torso.glb is stale: run npm run model').toBe(true);
  });
});
