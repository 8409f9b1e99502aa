// The markers of a map are one vertex a point in shared buffers (drawn as balls and as see-through rings),
// follow the document, rewrite only the points an edit changed, show a drag preview, and ring the selected
// point.

import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { Markers } from '../../src/scene/Markers';
import { EditorProvider } from '../../src/store/context';
import { createEditorStore } from '../../src/store/editor-store';
import { emptyHistory } from '../../src/history/history';
import { deletePoint, placePoint, setKind } from '../../src/model/operations';
import { LAYER_IDS } from '../../src/anatomy/layers';
import { MARKER_COLORS } from '../../src/scene/marker-style';
import { testAnchor, testDocument, testPoint } from '../unit/support/points';

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

function markerSprites(renderer: Renderer): THREE.Points[] {
  return renderer.scene.findAll((node) => (node.instance as { isPoints?: boolean }).isPoints === true).map((node) => node.instance as THREE.Points);
}

/** The markers' shared buffers, read as the GPU would: one vertex a point, up to the draw range. */
function markerVertices(renderer: Renderer) {
  const geometry = markerSprites(renderer)[0]!.geometry;
  const count = geometry.drawRange.count;
  const position = geometry.getAttribute('position');
  const color = geometry.getAttribute('markerColor');
  const scale = geometry.getAttribute('markerScale');
  return Array.from({ length: count }, (_, i) => ({
    position: new THREE.Vector3().fromBufferAttribute(position, i),
    color: new THREE.Color().fromBufferAttribute(color, i),
    scale: scale.getX(i),
  }));
}

/** The uniforms that decide per vertex which markers are drawn. */
function markerUniforms(renderer: Renderer, sprite: 'ball' | 'ring') {
  const points = markerSprites(renderer).find((p) => (p.material as THREE.ShaderMaterial).name === `marker-${sprite}`)!;
  const uniforms = (points.material as THREE.ShaderMaterial).uniforms;
  return { layerOpacity: uniforms.layerOpacity!.value as number[], cutHeight: uniforms.cutHeight!.value as number, minOpacity: uniforms.minOpacity!.value as number };
}

/** Whether the vertex shader draws the marker in a slot (the same test, on the CPU). */
function drawn(renderer: Renderer, sprite: 'ball' | 'ring', slot: number, layerIndex: number): boolean {
  const { layerOpacity, cutHeight, minOpacity } = markerUniforms(renderer, sprite);
  const vertex = markerVertices(renderer)[slot]!;
  return vertex.scale > 0 && vertex.position.y <= cutHeight && layerOpacity[layerIndex]! >= minOpacity;
}

async function renderMarkers() {
  const editor = createEditorStore(null);
  editor.open(testDocument([testPoint('p1', 'a0'), testPoint('p2', 'a1', { anchor: testAnchor({ position: [0, 1.2, 0.1] }) })]), emptyHistory(), { persist: false });
  const renderer = await ReactThreeTestRenderer.create(
    <EditorProvider editor={editor}>
      <Markers />
    </EditorProvider>,
  );
  return { editor, renderer };
}

const SUPERFICIAL_MUSCLE = LAYER_IDS.indexOf('superficialMuscle');

describe('Markers', () => {
  it('draws every point as one vertex of shared buffers, coloured by kind', async () => {
    const { editor, renderer } = await renderMarkers();
    expect(markerSprites(renderer)).toHaveLength(2);
    expect(markerVertices(renderer)).toHaveLength(2);

    await ReactThreeTestRenderer.act(async () => {
      editor.commit(setKind('p2', 'active'));
      editor.commit(placePoint(testPoint('p3', 'a2')));
    });
    const vertices = markerVertices(renderer);
    expect(vertices).toHaveLength(3);
    expect(vertices[1]!.color.getHexString()).toBe(new THREE.Color(MARKER_COLORS.active).getHexString());
    await renderer.unmount();
  });

  it('rewrites and uploads only the point an edit changed', async () => {
    const { editor, renderer } = await renderMarkers();
    const geometry = markerSprites(renderer)[0]!.geometry;
    const position = geometry.getAttribute('position') as THREE.BufferAttribute;
    const versionBefore = position.version;
    await ReactThreeTestRenderer.act(async () => {
      editor.commit(setKind('p2', 'active'));
    });
    expect(position.version).toBeGreaterThan(versionBefore);
    // One slot of three floats: the upload covers p2 alone, not the whole buffer.
    expect(position.updateRanges).toEqual([{ start: 3, count: 3 }]);
    await renderer.unmount();
  });

  it('removes a deleted point and keeps the others where they were drawn', async () => {
    const { editor, renderer } = await renderMarkers();
    const p2Before = markerVertices(renderer)[1]!.position.clone();
    await ReactThreeTestRenderer.act(async () => {
      editor.commit(deletePoint('p1', editor.store.getState().doc!));
    });
    const vertices = markerVertices(renderer);
    expect(vertices).toHaveLength(1);
    expect(vertices[0]!.position.distanceTo(p2Before)).toBeLessThan(1e-6);
    await renderer.unmount();
  });

  it('shows the drag preview and rings the selected point, enlarged', async () => {
    const { editor, renderer } = await renderMarkers();
    await ReactThreeTestRenderer.act(async () => {
      editor.select('p1');
      editor.startDrag({ pointId: 'p1', anchor: testAnchor({ position: [0.2, 0.9, 0], normal: [1, 0, 0] }), region: 'test-muscle.left', side: 'left' });
    });
    const p1 = markerVertices(renderer)[0]!;
    expect(p1.position.x).toBeGreaterThan(0.2);
    expect(p1.position.y).toBeCloseTo(0.9, 5);
    expect(p1.scale).toBeGreaterThan(1);
    expect(markerVertices(renderer)[1]!.scale).toBe(1);
    const ring = renderer.scene.findAll((node) => (node.instance as THREE.Mesh).isMesh === true)[0]!.instance as THREE.Mesh;
    expect(ring.scale.x).toBe(1);
    expect(ring.position.y).toBeCloseTo(0.9, 5);
    await renderer.unmount();
  });

  it('hides the points above a cross-section, with the body cut away there', async () => {
    const { editor, renderer } = await renderMarkers();
    await ReactThreeTestRenderer.act(async () => {
      editor.setCrossSection({ enabled: true, height: 1.25 });
    });
    // p1 sits at 1.32 m (the fixture anchor), p2 at 1.2 m.
    for (const sprite of ['ball', 'ring'] as const) {
      expect(drawn(renderer, sprite, 0, SUPERFICIAL_MUSCLE)).toBe(false);
      expect(drawn(renderer, sprite, 1, SUPERFICIAL_MUSCLE)).toBe(true);
    }
    await renderer.unmount();
  });

  it('draws no marker for a point whose layer is peeled away or hidden, instead of one floating in the air', async () => {
    const { editor, renderer } = await renderMarkers();
    // Both fixture points sit on the superficial muscles, under skin and fascia: ball and ring.
    expect(drawn(renderer, 'ball', 0, SUPERFICIAL_MUSCLE)).toBe(true);
    expect(drawn(renderer, 'ring', 0, SUPERFICIAL_MUSCLE)).toBe(true);
    await ReactThreeTestRenderer.act(async () => {
      editor.setPeel(4);
    });
    expect(drawn(renderer, 'ball', 0, SUPERFICIAL_MUSCLE)).toBe(false);
    expect(drawn(renderer, 'ring', 0, SUPERFICIAL_MUSCLE)).toBe(false);
    await ReactThreeTestRenderer.act(async () => {
      editor.setPeel(0);
      editor.setLayerVisible('superficialMuscle', false);
    });
    expect(drawn(renderer, 'ring', 0, SUPERFICIAL_MUSCLE)).toBe(false);
    await ReactThreeTestRenderer.act(async () => {
      editor.setLayerVisible('superficialMuscle', true);
    });
    expect(drawn(renderer, 'ring', 1, SUPERFICIAL_MUSCLE)).toBe(true);
    await renderer.unmount();
  });
});
