// All trigger points of the map as one instanced draw call of solid markers (points on layers drawn at
// least half opaque) plus one of outlines drawn through the layers in front, so a point under the skin is
// never lost from view; a point whose own layer is hidden or peeled away is not drawn (it would float in
// the air where its surface was). A ring marks the selected point; comparing sessions colours by change.

import { useContext, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useEditorState } from '../store/context';
import { effectiveOpacity } from '../store/layer-view';
import { pointsInOrder } from '../model/selectors';
import type { Anchor, TriggerPoint } from '../model/types';
import { BodyModelContext } from './model-context';
import { MARKER_COLORS, MARKER_LIFT, MARKER_RADIUS } from './marker-style';
import { CHANGE_COLORS, compareSessions, type Change } from '../model/compare';
import { sessionById } from '../model/sessions';

const MAX_MARKERS = 5000;

export interface MarkerPlacement {
  readonly point: TriggerPoint;
  readonly position: THREE.Vector3;
  readonly normal: THREE.Vector3;
}

/** Where each marker is drawn, honouring a drag preview for the point being moved. */
export function markerPlacements(
  points: readonly TriggerPoint[],
  drag: { pointId: string; anchor: TriggerPoint['anchor'] } | null,
  place: (anchor: Anchor) => Pick<Anchor, 'position' | 'normal'> = (anchor) => anchor,
): MarkerPlacement[] {
  return points.map((point) => {
    const anchor = place(drag && drag.pointId === point.id ? drag.anchor : point.anchor);
    const normal = new THREE.Vector3(...anchor.normal).normalize();
    const position = new THREE.Vector3(...anchor.position).addScaledVector(normal, MARKER_LIFT);
    return { point, position, normal };
  });
}

/**
 * Draws markers through the layers in front of them (no depth test) so a point under the skin is never
 * lost, but fades out markers whose surface faces away from the camera, i.e. on the far side of the body.
 */
function createGhostMaterial(): THREE.MeshBasicMaterial {
  const material = new THREE.MeshBasicMaterial({ transparent: true, opacity: 0.8, depthTest: false, depthWrite: false, side: THREE.DoubleSide });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec3 markerNormal;\nvarying float vFacing;')
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
        vec4 markerCenter = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
        vec3 markerNormalView = normalize(mat3(modelViewMatrix) * markerNormal);
        vFacing = dot(markerNormalView, normalize(-markerCenter.xyz));`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vFacing;')
      .replace('#include <opaque_fragment>', 'diffuseColor.a *= smoothstep(0.0, 0.3, vFacing);\n#include <opaque_fragment>');
  };
  return material;
}

export function Markers() {
  const doc = useEditorState((s) => s.doc);
  const drag = useEditorState((s) => s.drag);
  const selection = useEditorState((s) => s.selection);
  const invalidate = useThree((s) => s.invalidate);
  const solid = useRef<THREE.InstancedMesh>(null);
  const ghost = useRef<THREE.InstancedMesh>(null);
  const ring = useRef<THREE.Mesh>(null);

  const compare = useEditorState((s) => s.sessionView.compare);
  const zoneId = useEditorState((s) => s.sessionView.zone);
  // Comparing two sessions colours each marker by its change and shows only the points of the later one.
  const changes = useMemo((): ReadonlyMap<string, Change> | null => {
    if (!doc || !compare) return null;
    const from = sessionById(doc, compare.from);
    const to = sessionById(doc, compare.to);
    return from && to ? compareSessions(doc, from, to).changes : null;
  }, [doc, compare]);
  const zonePoints = useMemo(() => {
    const zone = doc && zoneId && Object.hasOwn(doc.zones, zoneId) ? doc.zones[zoneId] : undefined;
    return new Set(zone?.points ?? []);
  }, [doc, zoneId]);
  const layers = useEditorState((s) => s.layers);
  const peel = useEditorState((s) => s.peel);
  // Above a cross-section the body is cut away, and so are its points (they would float in the air).
  const cutHeight = useEditorState((s) => (s.crossSection.enabled ? s.crossSection.height : Infinity));
  // Cheap shapes, as 5,000 markers draw them all: an 80-triangle ball and a flat 48-triangle ring
  // (a 520-triangle sphere and a 512-triangle torus each before).
  const geometry = useMemo(() => new THREE.IcosahedronGeometry(MARKER_RADIUS, 1), []);
  const outlineGeometry = useMemo(() => new THREE.RingGeometry(MARKER_RADIUS * 0.85, MARKER_RADIUS * 1.3, 24, 1), []);
  const solidMaterial = useMemo(() => new THREE.MeshStandardMaterial({ roughness: 0.35, metalness: 0 }), []);
  const ghostMaterial = useMemo(createGhostMaterial, []);
  const normals = useMemo(() => new THREE.InstancedBufferAttribute(new Float32Array(MAX_MARKERS * 3), 3), []);

  // Optional so the markers can be tested without a model; in the app they follow the loaded model.
  const model = useContext(BodyModelContext);
  const placements = useMemo(
    () =>
      markerPlacements(doc ? pointsInOrder(doc) : [], drag, model?.placeAnchor).filter(
        ({ point, position }) => position.y <= cutHeight && (!changes || changes.has(point.id)),
      ),
    [doc, drag, model, cutHeight, changes],
  );

  useLayoutEffect(() => {
    const matrix = new THREE.Matrix4();
    const color = new THREE.Color();
    const scale = new THREE.Vector3();
    const quaternion = new THREE.Quaternion();
    const zAxis = new THREE.Vector3(0, 0, 1);
    const opacityOf = ({ point }: MarkerPlacement) => effectiveOpacity(layers[point.anchor.layer], point.anchor.layer, peel);
    const shown = placements.filter((p) => opacityOf(p) >= 0.5);
    // The see-through outline shows points under the layers in front of them; a point whose own layer is
    // hidden or peeled away is not drawn at all, rather than float where its surface was.
    const drawn = placements.filter((p) => opacityOf(p) > 0.001);
    const drawSets: [THREE.InstancedMesh | null, readonly MarkerPlacement[], boolean][] = [
      [solid.current, shown, false],
      [ghost.current, drawn, true],
    ];
    drawn.forEach(({ normal }, i) => normals.setXYZ(i, normal.x, normal.y, normal.z));
    normals.needsUpdate = true;
    for (const [mesh, set, facesNormal] of drawSets) {
      if (!mesh) continue;
      set.forEach(({ point, position, normal }, i) => {
        const s = point.id === selection || zonePoints.has(point.id) ? 1.35 : 1;
        if (facesNormal) quaternion.setFromUnitVectors(zAxis, normal);
        else quaternion.identity();
        matrix.compose(position, quaternion, scale.set(s, s, s));
        mesh.setMatrixAt(i, matrix);
        const change = changes?.get(point.id);
        mesh.setColorAt(i, color.set(change ? CHANGE_COLORS[change] : MARKER_COLORS[point.kind]));
      });
      mesh.count = set.length;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
    const selected = drawn.find((p) => p.point.id === selection);
    if (ring.current) {
      ring.current.visible = Boolean(selected);
      if (selected) {
        ring.current.position.copy(selected.position);
        ring.current.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), selected.normal);
      }
    }
    invalidate();
  }, [placements, selection, normals, layers, peel, invalidate, changes, zonePoints]);

  // The see-through copy needs each marker's surface normal to hide markers on the far side of the body.
  const ghostGeometry = useMemo(() => {
    const copy = outlineGeometry.clone();
    copy.setAttribute('markerNormal', normals);
    return copy;
  }, [outlineGeometry, normals]);

  return (
    <group>
      <instancedMesh ref={ghost} args={[ghostGeometry, ghostMaterial, MAX_MARKERS]} renderOrder={10} frustumCulled={false} />
      <instancedMesh ref={solid} args={[geometry, solidMaterial, MAX_MARKERS]} renderOrder={11} frustumCulled={false} />
      <mesh ref={ring} renderOrder={12} visible={false}>
        <torusGeometry args={[MARKER_RADIUS * 2.1, MARKER_RADIUS * 0.28, 10, 40]} />
        <meshBasicMaterial color="#1d6fd6" depthTest={false} transparent opacity={0.95} />
      </mesh>
    </group>
  );
}
