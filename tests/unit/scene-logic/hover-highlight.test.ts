// The hovered structure is marked per vertex (1 on its own vertices, 0 on every other), so the highlight's
// edge is interpolated smoothly through the border triangles and never lights a structure in between.

import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { createLayerShaderMaterial, createSharedLayerUniforms } from '../../../src/scene/layer-material';

describe('hover highlight', () => {
  it('marks exactly the vertices of the hovered region, and clears them when the pointer leaves', () => {
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(12), 3));
    // Regions 301 and 345 side by side: an interpolated region index would pass through 302-344 between them.
    geometry.setAttribute('_region', new THREE.BufferAttribute(new Uint16Array([301, 301, 345, 345]), 1));
    const handle = createLayerShaderMaterial('superficialMuscle', geometry, createSharedLayerUniforms());
    const flags = () => Array.from(geometry.getAttribute('_hover').array);
    expect(flags()).toEqual([0, 0, 0, 0]);
    handle.setHoverRegion(345);
    expect(flags()).toEqual([0, 0, 1, 1]);
    handle.setHoverRegion(320);
    expect(flags()).toEqual([0, 0, 0, 0]);
    handle.setHoverRegion(301);
    handle.setHoverRegion(-1);
    expect(flags()).toEqual([0, 0, 0, 0]);
  });
});
