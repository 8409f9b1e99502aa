// The markers of a map are one instanced draw call (plus its see-through copy), follow the document,
// show a drag preview, and ring the selected point.

import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { Markers } from '../../src/scene/Markers';
import { EditorProvider } from '../../src/store/context';
import { createEditorStore } from '../../src/store/editor-store';
import { emptyHistory } from '../../src/history/history';
import { placePoint, setKind } from '../../src/model/operations';
import { MARKER_COLORS } from '../../src/scene/marker-style';
import { testAnchor, testDocument, testPoint } from '../unit/support/points';

function instancedMeshes(renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) {
  return renderer.scene.findAll((node) => (node.instance as { isInstancedMesh?: boolean }).isInstancedMesh === true).map((node) => node.instance as THREE.InstancedMesh);
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

describe('Markers', () => {
  it('draws every point in one instanced mesh, coloured by kind', async () => {
    const { editor, renderer } = await renderMarkers();
    const meshes = instancedMeshes(renderer);
    expect(meshes).toHaveLength(2);
    for (const mesh of meshes) expect(mesh.count).toBe(2);

    await ReactThreeTestRenderer.act(async () => {
      editor.commit(setKind('p2', 'active'));
      editor.commit(placePoint(testPoint('p3', 'a2')));
    });
    const solid = instancedMeshes(renderer)[1]!;
    expect(solid.count).toBe(3);
    const color = new THREE.Color();
    solid.getColorAt(1, color);
    expect(color.getHexString()).toBe(new THREE.Color(MARKER_COLORS.active).getHexString());
    await renderer.unmount();
  });

  it('shows the drag preview and rings the selected point', async () => {
    const { editor, renderer } = await renderMarkers();
    await ReactThreeTestRenderer.act(async () => {
      editor.select('p1');
      editor.startDrag({ pointId: 'p1', anchor: testAnchor({ position: [0.2, 0.9, 0], normal: [1, 0, 0] }), region: 'test-muscle.left', side: 'left' });
    });
    const solid = instancedMeshes(renderer)[1]!;
    const matrix = new THREE.Matrix4();
    solid.getMatrixAt(0, matrix);
    const position = new THREE.Vector3().setFromMatrixPosition(matrix);
    expect(position.x).toBeGreaterThan(0.2);
    expect(position.y).toBeCloseTo(0.9, 5);
    const ring = renderer.scene.findAll((node) => (node.instance as THREE.Mesh).isMesh && !(node.instance as { isInstancedMesh?: boolean }).isInstancedMesh)[0]!.instance as THREE.Mesh;
    expect(ring.visible).toBe(true);
    expect(ring.position.y).toBeCloseTo(0.9, 5);
    await renderer.unmount();
  });

  it('hides the points above a cross-section, with the body cut away there', async () => {
    const { editor, renderer } = await renderMarkers();
    await ReactThreeTestRenderer.act(async () => {
      editor.setCrossSection({ enabled: true, height: 1.25 });
    });
    // p1 sits at 1.32 m (the fixture anchor), p2 at 1.2 m.
    for (const mesh of instancedMeshes(renderer)) expect(mesh.count).toBe(1);
    await renderer.unmount();
  });

  it('draws no marker for a point whose layer is peeled away or hidden, instead of one floating in the air', async () => {
    const { editor, renderer } = await renderMarkers();
    const [ghost, solid] = instancedMeshes(renderer);
    // Both fixture points sit on the superficial muscles, under skin and fascia: solid and outlined.
    expect(solid!.count).toBe(2);
    expect(ghost!.count).toBe(2);
    await ReactThreeTestRenderer.act(async () => {
      editor.setPeel(4);
    });
    expect(solid!.count).toBe(0);
    expect(ghost!.count).toBe(0);
    await ReactThreeTestRenderer.act(async () => {
      editor.setPeel(0);
      editor.setLayerVisible('superficialMuscle', false);
    });
    expect(ghost!.count).toBe(0);
    await ReactThreeTestRenderer.act(async () => {
      editor.setLayerVisible('superficialMuscle', true);
    });
    expect(ghost!.count).toBe(2);
    await renderer.unmount();
  });
});
