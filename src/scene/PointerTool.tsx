// The canvas gestures of the editor: a click or tap on the active layer places a point, a click on a
// marker selects it, dragging a marker moves it along its layer (one undo step, Escape cancels), and any
// other drag orbits the camera. Picking goes through the layer's BVH; markers are picked in screen space.

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { LAYER_IDS, layerById, type LayerId } from '../anatomy/layers';
import { effectiveOpacity } from '../store/layer-view';
import { useEditor } from '../store/context';
import { pointsInOrder } from '../model/selectors';
import { placePoint } from '../model/operations';
import { newTriggerPoint } from '../model/points';
import { newPointId } from '../model/ids';
import { orderAfter } from '../model/order';
import type { PointId, TriggerPoint } from '../model/types';
import { shownSession } from '../model/sessions';
import { regionLabel } from '../model/labels';
import { peelToUncover } from '../store/layer-view';
import type { PlacePreview } from '../store/editor-store';
import type { BodyHit } from './body-model';
import { facesCamera, nearestLayers, pressureLayer } from './placement';
import { paintStroke, roundStrokeCoordinate } from '../model/zone-operations';
import { newZoneId } from '../model/ids';
import { MAX_STROKE_POSITIONS } from '../model/limits';
import { useBodyModel } from './model-context';
import { publishViewportApi } from './viewport-api';
import { markerCentre } from './marker-buffers';
import { lensFloor } from './lens';
import type { SharedLayerUniforms } from './layer-material';

/** Where a placing click goes: a spot on a layer, a miss with its reason (and a layer that would work), or off the body. */
type Placement =
  | { readonly kind: 'place'; readonly layer: LayerId; readonly hit: BodyHit }
  | { readonly kind: 'miss'; readonly layer: LayerId; readonly reason: string; readonly alternative?: { readonly layer: LayerId; readonly hit: BodyHit } }
  | { readonly kind: 'off'; readonly layer: LayerId };

/** The point placed most recently (by its placing time; list order breaks ties). */
function lastPlaced(points: readonly TriggerPoint[]): TriggerPoint | undefined {
  let latest: TriggerPoint | undefined;
  for (const p of points) if (!latest || p.createdAt >= latest.createdAt) latest = p;
  return latest;
}

/** Movement in CSS pixels below which a press counts as a click or tap rather than a drag. */
const CLICK_SLOP = 5;

/** A brush stroke in progress: positions on the skin (body space), committed as one step on pointer-up. */
interface Paint {
  readonly pointerId: number;
  readonly radius: number;
  readonly erase: boolean;
  readonly path: number[];
}

interface Press {
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  readonly markerId: PointId | null;
  dragging: boolean;
  /** A second finger joined (pinch / two-finger pan): never a tap. */
  multi: boolean;
  /** With pen depth on: the firmest pressure of this press, which picks the layer. */
  penPressure: number | null;
}

export function PointerTool({ uniforms }: { uniforms: SharedLayerUniforms }) {
  const editor = useEditor();
  const model = useBodyModel();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null;
  const invalidate = useThree((s) => s.invalidate);
  const rendered = useRef(false);

  useFrame(() => {
    if (rendered.current) return;
    rendered.current = true;
    // The body is on screen: once this frame is out, load the BVH library and build the picking BVHs while
    // the therapist looks at it.
    window.setTimeout(() => void model.prepareBvhs(), 0);
  });

  useEffect(() => {
    const element = gl.domElement;
    const raycaster = new THREE.Raycaster();
    raycaster.firstHitOnly = true;
    let press: Press | null = null;
    let paint: Paint | null = null;
    let paintFrame = 0;
    let hoverFrame = 0;

    /** Where the ray meets the skin, in body space (metres, like anchors); null off the body. */
    function skinPoint(clientX: number, clientY: number): THREE.Vector3 | null {
      setRay(clientX, clientY);
      const hit = model.raycastLayer('skin', raycaster);
      return hit ? hit.point.clone() : null;
    }

    function showStroke() {
      cancelAnimationFrame(paintFrame);
      paintFrame = requestAnimationFrame(() => {
        if (paint) editor.setSessionView({ stroke: { radius: paint.radius, erase: paint.erase, path: [...paint.path] } });
      });
    }

    function addToStroke(point: THREE.Vector3) {
      if (!paint || paint.path.length / 3 >= MAX_STROKE_POSITIONS) return;
      const n = paint.path.length;
      // Dabs a quarter of the brush apart overlap into a smooth band.
      if (n >= 3 && Math.hypot(point.x - paint.path[n - 3]!, point.y - paint.path[n - 2]!, point.z - paint.path[n - 1]!) < paint.radius / 4) return;
      paint.path.push(roundStrokeCoordinate(point.x), roundStrokeCoordinate(point.y), roundStrokeCoordinate(point.z));
      showStroke();
    }

    /** Pointer-down with the paint tool: starts a stroke on the skin (the skin must be shown). */
    function startPaint(e: PointerEvent): boolean {
      const state = editor.store.getState();
      if (!state.doc) return false;
      if (effectiveOpacity(state.layers.skin, 'skin', state.peel) <= 0) {
        editor.notify({ kind: 'info', message: 'Zones are painted on the skin: show the skin layer (or peel back to it) to paint.' });
        return false;
      }
      const point = skinPoint(e.clientX, e.clientY);
      if (!point) return false;
      const { brush } = state.sessionView;
      paint = { pointerId: e.pointerId, radius: brush.radius, erase: brush.erase, path: [] };
      if (controls) controls.enabled = false;
      addToStroke(point);
      return true;
    }

    function finishPaint() {
      const stroke = paint;
      paint = null;
      cancelAnimationFrame(paintFrame);
      if (controls) controls.enabled = true;
      const state = editor.store.getState();
      editor.setSessionView({ stroke: null });
      if (!stroke || !state.doc || stroke.path.length === 0) return;
      const session = shownSession(state.doc, state.sessionView.shown);
      const existing = state.sessionView.zone && Object.hasOwn(state.doc.zones, state.sessionView.zone) ? state.sessionView.zone : null;
      if (!existing && stroke.erase) {
        editor.notify({ kind: 'info', message: 'Nothing was erased: choose the zone to erase from in the Referred pain panel first.' });
        return;
      }
      const zone = existing ?? newZoneId();
      const committed = editor.commit(
        paintStroke({ zone, session: session.id, stroke: { radius: stroke.radius, erase: stroke.erase, path: stroke.path }, createdAt: new Date().toISOString(), linkTo: state.selection }),
      );
      if (committed && !existing) editor.setSessionView({ zone });
    }

    function setRay(clientX: number, clientY: number) {
      // The camera may have moved since the last frame (keys, a focus request): rays follow it at once.
      camera.updateMatrixWorld();
      const rect = element.getBoundingClientRect();
      const ndc = new THREE.Vector2(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
    }

    function toClient(position: THREE.Vector3): { x: number; y: number } | null {
      const rect = element.getBoundingClientRect();
      const p = position.clone().project(camera);
      if (p.z < -1 || p.z > 1 || Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return null;
      return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height };
    }

    /** The marker nearest the pointer within a finger-sized radius, facing the camera. */
    function markerAt(clientX: number, clientY: number, pointerType: string): PointId | null {
      const { doc, drag, crossSection, layers, peel } = editor.store.getState();
      if (!doc) return null;
      const cutHeight = crossSection.enabled ? crossSection.height : Infinity;
      const radius = pointerType === 'touch' ? 24 : 14;
      // A point whose layer is hidden or peeled away is not drawn, so it cannot be pressed either.
      const drawn = (layer: LayerId) => effectiveOpacity(layers[layer], layer, peel) > 0.001;
      let best: PointId | null = null;
      let bestDistance = radius;
      // One layout read for the whole search, not one per marker; no allocation per marker either.
      const rect = element.getBoundingClientRect();
      const position = new THREE.Vector3();
      const normal = new THREE.Vector3();
      const toCamera = new THREE.Vector3();
      for (const point of pointsInOrder(doc)) {
        if (!drawn(point.anchor.layer)) continue;
        markerCentre(drag && drag.pointId === point.id ? drag.anchor : point.anchor, model.placeAnchor, position, normal);
        if (position.y > cutHeight) continue;
        if (normal.dot(toCamera.copy(camera.position).sub(position)) < 0) continue;
        position.project(camera);
        if (position.z < -1 || position.z > 1 || Math.abs(position.x) > 1 || Math.abs(position.y) > 1) continue;
        const screenX = rect.left + ((position.x + 1) / 2) * rect.width;
        const screenY = rect.top + ((1 - position.y) / 2) * rect.height;
        const distance = Math.hypot(screenX - clientX, screenY - clientY);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = point.id;
        }
      }
      return best;
    }

    /**
     * The layer a click places on: the active layer, except inside the open x-ray lens, where the outer
     * layers are cut away and the click lands on the layer the lens shows (what you see is where it goes).
     */
    function placementLayer(clientX: number, clientY: number): LayerId {
      const { activeLayer, lens } = editor.store.getState();
      const [lensX, lensY, lensRadius] = uniforms.lens.value.toArray();
      if (!lens.enabled || lensRadius <= 0) return activeLayer;
      const rect = element.getBoundingClientRect();
      const dpr = gl.getPixelRatio();
      const x = (clientX - rect.left) * dpr;
      const y = (rect.height - (clientY - rect.top)) * dpr;
      return Math.hypot(x - lensX, y - lensY) <= lensRadius ? lensFloor(activeLayer) : activeLayer;
    }

    /** A hit on a layer under the ray, only on the side of the body facing the camera. */
    function nearSideHit(layer: LayerId) {
      const hit = model.raycastLayer(layer, raycaster);
      const resolved = hit ? model.hitToAnchor(layer, hit) : null;
      return resolved && facesCamera(resolved.anchor.angle, camera.position.x, camera.position.z) ? resolved : null;
    }

    /**
     * Where a placing click at this spot goes: the layer (the active one, the lens floor inside the lens, or
     * the layer a pen pressed to), the structure there, or why not and the nearest layer that has tissue.
     */
    function resolvePlacement(clientX: number, clientY: number, layerOverride?: LayerId): Placement {
      const { layers, peel } = editor.store.getState();
      const layer = layerOverride ?? placementLayer(clientX, clientY);
      const label = layerById(layer).label.toLowerCase();
      if (effectiveOpacity(layers[layer], layer, peel) <= 0) {
        return { kind: 'miss', layer, reason: `The ${label} layer is hidden or peeled away: show it to place points on it.` };
      }
      setRay(clientX, clientY);
      const hit = nearSideHit(layer);
      if (hit) return { kind: 'place', layer, hit };
      if (!model.raycastLayer('skin', raycaster) && !model.raycastLayer(layer, raycaster)) {
        // Off the body altogether: nothing to say.
        return { kind: 'off', layer };
      }
      const alternative = nearestLayers(layer)
        .map((other) => ({ layer: other, hit: nearSideHit(other) }))
        .find((candidate): candidate is { layer: LayerId; hit: BodyHit } => candidate.hit !== null);
      return { kind: 'miss', layer, reason: `No ${label} here on the side facing you.`, alternative };
    }

    /** The nearest structure the eye sees under the pointer: layers drawn at least half opaque. */
    function hitTopmost(clientX: number, clientY: number) {
      const { layers, peel } = editor.store.getState();
      setRay(clientX, clientY);
      let best: { layer: LayerId; hit: THREE.Intersection } | null = null;
      for (const layer of LAYER_IDS) {
        if (effectiveOpacity(layers[layer], layer, peel) < 0.5) continue;
        const hit = model.raycastLayer(layer, raycaster);
        if (hit && (!best || hit.distance < best.hit.distance)) best = { layer, hit };
      }
      return best ? model.hitToAnchor(best.layer, best.hit) : null;
    }

    /** The cursor preview: what a click here would place on, or why it would not. */
    function previewAt(clientX: number, clientY: number): PlacePreview | null {
      const placement = resolvePlacement(clientX, clientY);
      if (placement.kind === 'place') return { kind: 'place', layer: placement.layer, region: placement.hit.region, side: placement.hit.side };
      if (placement.kind === 'miss') return { kind: 'miss', layer: placement.layer, reason: placement.reason };
      return null;
    }

    function placeHit(hit: BodyHit) {
      const state = editor.store.getState();
      if (!state.doc) return;
      const points = pointsInOrder(state.doc);
      const last = points.at(-1);
      // At the table, the next point is usually like the last one: it starts with the same kind and findings.
      const like = state.entry.copyLastPoint ? lastPlaced(points) : undefined;
      const point = newTriggerPoint({
        id: newPointId(),
        anchor: hit.anchor,
        region: hit.region,
        side: hit.side,
        session: shownSession(state.doc, state.sessionView.shown).id,
        order: orderAfter(last?.order ?? null),
        createdAt: new Date().toISOString(),
        ...(like ? { kind: like.kind, findings: like.findings } : {}),
      });
      if (editor.commit(placePoint(point))) editor.select(point.id);
    }

    function place(clientX: number, clientY: number, layerOverride?: LayerId) {
      const state = editor.store.getState();
      if (!state.doc || state.tool === 'paint') return;
      if (state.tool === 'explore') {
        editor.selectRegion(hitTopmost(clientX, clientY)?.region ?? null);
        return;
      }
      const placement = resolvePlacement(clientX, clientY, layerOverride);
      if (placement.kind === 'place') {
        placeHit(placement.hit);
        return;
      }
      editor.select(null);
      if (placement.kind === 'off') return;
      const alternative = placement.alternative;
      if (!alternative) {
        editor.notify({ kind: 'info', message: `${placement.reason} No layer has tissue there.` });
        return;
      }
      const other = layerById(alternative.layer).label;
      editor.notify({
        kind: 'info',
        message: `${placement.reason} The nearest layer with tissue there is ${other.toLowerCase()} (${regionLabel(alternative.hit.region, alternative.hit.side)}).`,
        action: {
          label: `Place on ${other.toLowerCase()}`,
          perform: () => {
            const now = editor.store.getState();
            editor.setActiveLayer(alternative.layer);
            editor.setPeel(Math.min(now.peel, peelToUncover(alternative.layer, now.peel)));
            placeHit(alternative.hit);
            editor.notify(null);
          },
        },
      });
    }

    function endPress() {
      press = null;
      editor.setPenLayer(null);
      if (controls) controls.enabled = true;
    }

    function onPointerDown(e: PointerEvent) {
      if (paint) {
        // A second finger while painting: the stroke is dropped, nothing is painted.
        paint = null;
        cancelAnimationFrame(paintFrame);
        editor.setSessionView({ stroke: null });
        if (controls) controls.enabled = true;
        return;
      }
      if (press) {
        press.multi = true;
        if (press.dragging) editor.cancelDrag();
        press.dragging = false;
        if (controls) controls.enabled = true;
        return;
      }
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if (editor.store.getState().tool === 'paint') {
        // On the body a press paints; off the body it turns the camera as usual.
        if (startPaint(e)) return;
      }
      const markerId = markerAt(e.clientX, e.clientY, e.pointerType);
      const penDepth = e.pointerType === 'pen' && editor.store.getState().entry.penPressureDepth && editor.store.getState().tool === 'place';
      press = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, markerId, dragging: false, multi: false, penPressure: penDepth ? e.pressure : null };
      if (penDepth) {
        // With pen depth on, the pen places (fingers still turn the body): it never starts an orbit.
        editor.setPenLayer(pressureLayer(e.pressure));
        if (controls) controls.enabled = false;
      }
      // Pressing a marker must not orbit the camera: this listener runs in the capture phase, before the controls.
      if (markerId && controls) controls.enabled = false;
    }

    function onPointerMove(e: PointerEvent) {
      if (paint) {
        if (e.pointerId !== paint.pointerId) return;
        const point = skinPoint(e.clientX, e.clientY);
        if (point) addToStroke(point);
        return;
      }
      if (!press) {
        if (e.pointerType !== 'mouse') return;
        cancelAnimationFrame(hoverFrame);
        // While painting, the brush is the focus: no region highlight under it.
        if (editor.store.getState().tool === 'paint') {
          editor.hover(null);
          editor.setPlacePreview(null);
          return;
        }
        const { clientX, clientY } = e;
        hoverFrame = requestAnimationFrame(() => {
          if (editor.store.getState().tool === 'explore') {
            editor.setPlacePreview(null);
            editor.hover(hitTopmost(clientX, clientY)?.region ?? null);
            return;
          }
          const preview = previewAt(clientX, clientY);
          editor.setPlacePreview(preview);
          editor.hover(preview?.kind === 'place' ? preview.region : null);
        });
        return;
      }
      if (e.pointerId === press.pointerId && press.penPressure !== null && !press.markerId) {
        press.penPressure = Math.max(press.penPressure, e.pressure);
        editor.setPenLayer(pressureLayer(press.penPressure));
      }
      if (e.pointerId !== press.pointerId || press.multi || !press.markerId) return;
      const moved = Math.hypot(e.clientX - press.x, e.clientY - press.y);
      if (!press.dragging && moved < CLICK_SLOP) return;
      const { doc } = editor.store.getState();
      const point = doc?.points[press.markerId];
      if (!point) return;
      setRay(e.clientX, e.clientY);
      const hit = model.raycastLayer(point.anchor.layer, raycaster);
      const resolved = hit ? model.hitToAnchor(point.anchor.layer, hit) : null;
      if (!resolved) return;
      const drag = { pointId: point.id, anchor: resolved.anchor, region: resolved.region, side: resolved.side };
      if (!press.dragging) {
        press.dragging = true;
        editor.select(point.id);
        editor.startDrag(drag);
      } else {
        editor.updateDrag(drag);
      }
    }

    function onPointerUp(e: PointerEvent) {
      if (paint && e.pointerId === paint.pointerId) {
        finishPaint();
        return;
      }
      if (!press || e.pointerId !== press.pointerId) return;
      const current = press;
      endPress();
      if (current.multi) return;
      if (current.dragging) {
        editor.finishDrag();
        return;
      }
      const moved = Math.hypot(e.clientX - current.x, e.clientY - current.y);
      if (moved >= CLICK_SLOP) return;
      if (current.markerId) editor.select(current.markerId);
      else place(e.clientX, e.clientY, current.penPressure === null ? undefined : pressureLayer(current.penPressure));
    }

    function onPointerCancel() {
      if (paint) {
        paint = null;
        editor.setSessionView({ stroke: null });
        if (controls) controls.enabled = true;
      }
      if (press?.dragging) editor.cancelDrag();
      endPress();
    }

    function onKeyDown(e: KeyboardEvent) {
      if (e.key === 'Escape' && paint) {
        e.preventDefault();
        paint = null;
        cancelAnimationFrame(paintFrame);
        editor.setSessionView({ stroke: null });
        if (controls) controls.enabled = true;
        return;
      }
      if (e.key === 'Escape' && press?.dragging) {
        e.preventDefault();
        editor.cancelDrag();
        press.dragging = false;
        press.multi = true; // the rest of this press does nothing
      }
    }

    /**
     * The 3D view takes keyboard focus: arrow keys turn the body, + and - zoom, Enter places a point at the
     * centre of the view (under the reticle) on the active layer. Other keys go on to the editor's shortcuts.
     */
    function onViewKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = (controls as unknown as { target?: THREE.Vector3 } | null)?.target ?? new THREE.Vector3(0, camera.position.y, 0);
      const offset = camera.position.clone().sub(target);
      const spherical = new THREE.Spherical().setFromVector3(offset);
      const step = e.shiftKey ? Math.PI / 36 : Math.PI / 12;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        // Left and right turn the body about its own axis, so the centre of the view moves across it.
        e.preventDefault();
        const turn = new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), e.key === 'ArrowLeft' ? -step : step);
        target.applyQuaternion(turn);
        camera.position.applyQuaternion(turn);
        camera.lookAt(target);
        (controls as unknown as { update?: () => void } | null)?.update?.();
        invalidate();
        return;
      }
      let moved = true;
      if (e.key === 'ArrowUp') spherical.phi = Math.max(0.15, spherical.phi - step);
      else if (e.key === 'ArrowDown') spherical.phi = Math.min(Math.PI - 0.15, spherical.phi + step);
      else if (e.key === '+' || e.key === '=') spherical.radius = Math.max(0.4, spherical.radius / 1.2);
      else if (e.key === '-' || e.key === '_') spherical.radius = Math.min(6, spherical.radius * 1.2);
      else moved = false;
      if (moved) {
        e.preventDefault();
        camera.position.copy(target).add(new THREE.Vector3().setFromSpherical(spherical));
        camera.lookAt(target);
        (controls as unknown as { update?: () => void } | null)?.update?.();
        invalidate();
        return;
      }
      if (e.key === 'Enter') {
        e.preventDefault();
        const rect = element.getBoundingClientRect();
        place(rect.left + rect.width / 2, rect.top + rect.height / 2);
      }
    }

    function onPointerLeave() {
      if (press) return;
      editor.hover(null);
      editor.setPlacePreview(null);
    }

    element.addEventListener('pointerdown', onPointerDown, { capture: true });
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointercancel', onPointerCancel);
    window.addEventListener('keydown', onKeyDown);
    element.addEventListener('pointerleave', onPointerLeave);
    element.addEventListener('keydown', onViewKeyDown);
    element.tabIndex = 0;
    element.setAttribute('role', 'application');
    element.setAttribute('aria-roledescription', '3D body view');
    element.setAttribute(
      'aria-label',
      '3D body view. Arrow keys turn the body, plus and minus zoom, Enter places a point at the centre on the active layer. Press ? for all shortcuts.',
    );

    publishViewportApi({
      hasRendered: () => rendered.current,
      screenPointFor(layer, angle, height) {
        const spot = model.anchorAt(layer, angle, height);
        if (!spot) return null;
        const position = new THREE.Vector3(...spot.anchor.position);
        const screen = toClient(position);
        if (!screen) return null;
        setRay(screen.x, screen.y);
        const hit = model.raycastLayer(layer, raycaster);
        if (!hit || hit.point.distanceTo(position) > 0.01) return null;
        return screen;
      },
    });

    return () => {
      element.removeEventListener('pointerdown', onPointerDown, { capture: true });
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerCancel);
      window.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('pointerleave', onPointerLeave);
      element.removeEventListener('keydown', onViewKeyDown);
      cancelAnimationFrame(hoverFrame);
      cancelAnimationFrame(paintFrame);
      publishViewportApi(null);
    };
  }, [editor, model, gl, camera, controls, uniforms, invalidate]);

  return null;
}
