// Referred-pain zones on a mesh: which vertices a soft round brush covers, erasing in stroke order, and the
// zone's share of the surface front and back (as pain drawings report it), on a plain test mesh.

import { describe, expect, it } from 'vitest';
import { applyStroke, brushWeight, coveredShare, formatShare, surfaceTriangles, unionCoverage, VertexGrid, zoneCoverage } from '../../../src/scene/zone-paint';
import type { Stroke } from '../../../src/model/types';

/** A 1 m × 1 m sheet in the x-y plane made of a front face (+z) and a back face (-z), 1 cm apart in the grid. */
function twoSidedSheet(cells = 50) {
  const positions: number[] = [];
  const index: number[] = [];
  for (const [z, facing] of [[0.001, 1], [-0.001, -1]] as const) {
    const base = positions.length / 3;
    for (let j = 0; j <= cells; j++) for (let i = 0; i <= cells; i++) positions.push(i / cells, j / cells, z);
    for (let j = 0; j < cells; j++) {
      for (let i = 0; i < cells; i++) {
        const a = base + j * (cells + 1) + i;
        const b = a + 1;
        const c = a + cells + 1;
        const d = c + 1;
        // Counter-clockwise seen from the side the face looks to.
        if (facing === 1) index.push(a, b, d, a, d, c);
        else index.push(a, d, b, a, c, d);
      }
    }
  }
  return { positions: new Float32Array(positions), index: new Uint32Array(index) };
}

const dab = (x: number, y: number, z: number, radius: number, erase = false): Stroke => ({ radius, erase, path: [x, y, z] });

describe('the brush', () => {
  it('is full inside three quarters of its radius and fades to nothing at the edge', () => {
    expect(brushWeight(0, 0.04)).toBe(1);
    expect(brushWeight(0.03, 0.04)).toBe(1);
    expect(brushWeight(0.035, 0.04)).toBeCloseTo(0.5, 5);
    expect(brushWeight(0.04, 0.04)).toBe(0);
  });

  it('covers the vertices within its radius only', () => {
    const { positions } = twoSidedSheet(10);
    const grid = new VertexGrid(positions);
    const coverage = zoneCoverage(grid, [dab(0.5, 0.5, 0.001, 0.15)]);
    expect(coverage.some((c) => c > 0)).toBe(true);
    for (let v = 0; v < positions.length / 3; v++) {
      const d = Math.hypot(positions[v * 3]! - 0.5, positions[v * 3 + 1]! - 0.5, positions[v * 3 + 2]! - 0.001);
      if (d > 0.15) expect(coverage[v]).toBe(0);
      if (d <= 0.11) expect(coverage[v]).toBe(1);
    }
  });

  it('erases what earlier strokes painted, and a later stroke paints over the erased part again', () => {
    const { positions } = twoSidedSheet(10);
    const grid = new VertexGrid(positions);
    const centre = 5 * 11 + 5; // vertex at (0.5, 0.5) on the front face
    const painted = zoneCoverage(grid, [dab(0.5, 0.5, 0, 0.2)]);
    expect(painted[centre]).toBe(1);
    const erased = zoneCoverage(grid, [dab(0.5, 0.5, 0, 0.2), dab(0.5, 0.5, 0, 0.1, true)]);
    expect(erased[centre]).toBe(0);
    const again = zoneCoverage(grid, [dab(0.5, 0.5, 0, 0.2), dab(0.5, 0.5, 0, 0.1, true), dab(0.5, 0.5, 0, 0.05)]);
    expect(again[centre]).toBe(1);
  });

  it('paints a path as the union of its dabs', () => {
    const { positions } = twoSidedSheet(20);
    const grid = new VertexGrid(positions);
    const coverage = new Float32Array(positions.length / 3);
    applyStroke(coverage, grid, { radius: 0.06, erase: false, path: [0.2, 0.5, 0, 0.8, 0.5, 0] });
    const at = (x: number, y: number) => coverage[Math.round(y * 20) * 21 + Math.round(x * 20)];
    expect(at(0.2, 0.5)).toBe(1);
    expect(at(0.8, 0.5)).toBe(1);
    expect(at(0.5, 0.5)).toBe(0); // no dab there: a path is its positions, spaced by the painter
  });
});

describe('share of the body surface', () => {
  it('splits front and back by which way each triangle faces', () => {
    const { positions, index } = twoSidedSheet(20);
    const surface = surfaceTriangles(positions, index);
    expect(surface.frontArea).toBeCloseTo(1, 5);
    expect(surface.backArea).toBeCloseTo(1, 5);
    const nothing = coveredShare(surface, new Float32Array(positions.length / 3));
    expect(nothing).toEqual({ front: 0, back: 0, total: 0 });
  });

  it('reports a painted front patch as a share of the front, none of the back', () => {
    const { positions, index } = twoSidedSheet(20);
    const surface = surfaceTriangles(positions, index);
    const grid = new VertexGrid(positions);
    // Only the front face's vertices: mark them covered in the left half (x < 0.5).
    const coverage = new Float32Array(positions.length / 3);
    for (let v = 0; v < 21 * 21; v++) if (positions[v * 3]! < 0.5) coverage[v] = 1;
    const share = coveredShare(surface, coverage);
    expect(share.front).toBeGreaterThan(45);
    expect(share.front).toBeLessThan(52);
    expect(share.back).toBe(0);
    expect(share.total).toBeCloseTo(share.front / 2, 5);
    // A round dab of radius r covers about πr² of the front.
    const disc = zoneCoverage(grid, [dab(0.5, 0.5, 0.001, 0.2)]);
    for (let v = 21 * 21; v < disc.length; v++) disc[v] = 0;
    const discShare = coveredShare(surface, disc);
    expect(discShare.front).toBeGreaterThan(100 * Math.PI * 0.17 ** 2);
    expect(discShare.front).toBeLessThan(100 * Math.PI * 0.2 ** 2);
  });

  it('joins zones by the most any covers, and words a trace as "< 0.1 %"', () => {
    const union = unionCoverage([new Float32Array([0, 0.6, 1]), new Float32Array([0.4, 0.2, 0])], 3);
    expect(Array.from(union)).toEqual([Float32Array.of(0.4)[0], Float32Array.of(0.6)[0], 1]);
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(0.04)).toBe('< 0.1 %');
    expect(formatShare(12.345)).toBe('12.3 %');
  });
});
