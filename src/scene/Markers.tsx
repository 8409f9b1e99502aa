// All trigger points of the map as two draws of one vertex a point: shaded balls, and a see-through ring
// wherever a layer in front covers a marker, so a point under the skin is never lost from view. A point
// whose own layer is hidden or peeled away is not drawn (it would float in the air where its surface was).
// A ring marks the selected point; comparing sessions colours by change. Edits rewrite only what changed.

import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { LAYER_IDS } from '../anatomy/layers';
import { useEditorState } from '../store/context';
import { effectiveOpacity } from '../store/layer-view';
import type { Anchor, TriggerPoint } from '../model/types';
import { MAX_POINTS } from '../model/limits';
import { BodyModelContext } from './model-context';
import { MARKER_COLORS, MARKER_RADIUS } from './marker-style';
import { CHANGE_COLORS, compareSessions, type Change } from '../model/compare';
import { sessionById } from '../model/sessions';
import { MarkerBuffers, type MarkerLook } from './marker-buffers';
import { createMarkerMaterial, createMarkerUniforms, trackViewportHeight } from './marker-material';

const hex = (css: string) => new THREE.Color(css).getHex();
const KIND_HEX = Object.fromEntries(Object.entries(MARKER_COLORS).map(([kind, css]) => [kind, hex(css)])) as Record<TriggerPoint['kind'], number>;
const CHANGE_HEX = Object.fromEntries(Object.entries(CHANGE_COLORS).map(([change, css]) => [change, hex(css)])) as Record<Change, number>;
const EMPHASIS = 1.35;
const samePlace = (anchor: Anchor) => anchor;

export function Markers() {
  const doc = useEditorState((s) => s.doc);
  const drag = useEditorState((s) => s.drag);
  const selection = useEditorState((s) => s.selection);
  const invalidate = useThree((s) => s.invalidate);
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

  const buffers = useMemo(() => new MarkerBuffers(MAX_POINTS), []);
  const uniforms = useMemo(createMarkerUniforms, []);
  const ballMaterial = useMemo(() => createMarkerMaterial('ball', uniforms), [uniforms]);
  const ringMaterial = useMemo(() => createMarkerMaterial('ring', uniforms), [uniforms]);
  const onBallRender = useMemo(() => trackViewportHeight(ballMaterial), [ballMaterial]);
  const onRingRender = useMemo(() => trackViewportHeight(ringMaterial), [ringMaterial]);
  useEffect(
    () => () => {
      buffers.dispose();
      ballMaterial.dispose();
      ringMaterial.dispose();
    },
    [buffers, ballMaterial, ringMaterial],
  );

  // Optional so the markers can be tested without a model; in the app they follow the loaded model.
  const model = useContext(BodyModelContext);
  const place = model?.placeAnchor ?? samePlace;

  useLayoutEffect(() => {
    LAYER_IDS.forEach((id, i) => {
      uniforms.layerOpacity.value[i] = effectiveOpacity(layers[id], id, peel);
    });
    uniforms.cutHeight.value = Number.isFinite(cutHeight) ? cutHeight : 1e6;
    ballMaterial.uniformsNeedUpdate = true;
    ringMaterial.uniformsNeedUpdate = true;
  }, [layers, peel, cutHeight, uniforms, ballMaterial, ringMaterial]);

  useLayoutEffect(() => {
    const look = (point: TriggerPoint): MarkerLook => {
      if (changes) {
        const change = changes.get(point.id);
        if (!change) return { color: 0, scale: 0 };
        return { color: CHANGE_HEX[change], scale: point.id === selection || zonePoints.has(point.id) ? EMPHASIS : 1 };
      }
      return { color: KIND_HEX[point.kind], scale: point.id === selection || zonePoints.has(point.id) ? EMPHASIS : 1 };
    };
    buffers.sync({ points: doc?.points ?? {}, drag, look, place });

    const slot = selection === null ? undefined : buffers.slot(selection);
    if (ring.current) {
      const position = slot === undefined ? null : buffers.positionAt(slot);
      const layer = slot === undefined ? null : buffers.layerAt(slot);
      const drawn =
        position !== null &&
        layer !== null &&
        buffers.scaleAt(slot!) > 0 &&
        position.y <= cutHeight &&
        effectiveOpacity(layers[layer], layer, peel) > 0.001;
      // Scaled to nothing rather than hidden, so its shader is compiled with the first frame, not at the
      // first selection (a stall of its own on a slow machine).
      ring.current.scale.setScalar(drawn ? 1 : 0);
      if (drawn) {
        ring.current.position.copy(position);
        ring.current.quaternion.setFromUnitVectors(new THREE.Vector3(0, 0, 1), buffers.normalAt(slot!));
      }
    }
    invalidate();
  }, [buffers, doc, drag, place, selection, zonePoints, changes, layers, peel, cutHeight, invalidate]);

  return (
    <group>
      <points
        args={[buffers.geometry, ringMaterial]}
        renderOrder={10}
        frustumCulled={false}
        raycast={() => null}
        onBeforeRender={onRingRender}
      />
      <points
        args={[buffers.geometry, ballMaterial]}
        renderOrder={11}
        frustumCulled={false}
        raycast={() => null}
        onBeforeRender={onBallRender}
      />
      <mesh ref={ring} renderOrder={12} scale={0} frustumCulled={false} raycast={() => null}>
        <torusGeometry args={[MARKER_RADIUS * 2.1, MARKER_RADIUS * 0.28, 10, 40]} />
        <meshBasicMaterial color="#1d6fd6" depthTest={false} transparent opacity={0.95} />
      </mesh>
    </group>
  );
}
