// Regenerates the torso model in memory twice: the bytes must be identical to each other and to the committed
// models/torso.glb (run `npm run model` after changing the generator or the outlines).

import { describe, expect, it } from 'vitest';
import { generateTorso } from '../../../models/generate/generate';
import { readModelBytes } from './read-model';

describe('torso generator', () => {
  it('is deterministic and matches the committed file', { timeout: 180_000 }, async () => {
    const first = await generateTorso();
    const second = await generateTorso();
    expect(Buffer.from(first.glb).equals(Buffer.from(second.glb))).toBe(true);
    const committed = readModelBytes();
    expect(first.glb.byteLength).toBe(committed.byteLength);
    expect(Buffer.from(first.glb).equals(Buffer.from(committed)), 'models/torso.glb is stale: run npm run model').toBe(true);
  });
});
