// The patient view: the open map shown full screen to the patient, without the editor's controls, notes or
// findings, as a guided sequence of steps from the skin down to the muscles, where the pain goes, how the
// tissues connect and what treatment and home care do. It has its own viewport (canvas, camera, copy of the
// body) and its own view store, so leaving it finds the editor exactly as it was, and nothing it does
// enters the map's history. Loaded only when opened.

import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { Canvas } from '@react-three/fiber';
import * as THREE from 'three';
import { useEditor } from '../../store/context';
import { EditorProvider } from '../../store/context';
import { createEditorStore, type EditorStore } from '../../store/editor-store';
import { emptyHistory } from '../../history/history';
import { useBodyModel, BodyModelContext } from '../../scene/model-context';
import type { BodyModel } from '../../scene/body-model';
import { BodyLayers } from '../../scene/BodyLayers';
import { Markers } from '../../scene/Markers';
import { ZoneOverlay } from '../../scene/ZoneOverlay';
import { createSharedLayerUniforms } from '../../scene/layer-material';
import { regionFocus } from '../../scene/region-focus';
import { patternPatches, referencePatternFor } from '../../anatomy/referral-patterns';
import { currentSession, readingIn } from '../../model/sessions';
import { regionLabel } from '../../model/labels';
import { pointsInOrder } from '../../model/selectors';
import type { MapDocument } from '../../model/types';
import { useSettings } from '../../settings/settings';
import { wordedSteps, type PatientStep } from './steps';
import { layoutLabels, type PlacedLabel } from './label-layout';
import { backLinePoints, cloneBodyModel, ContinuityLine, FasciaFibres, PATIENT_FOV, PatientCamera, stepCameraPose } from './patient-scene';
import './patient.css';

interface LabelSpot {
  readonly id: string;
  readonly text: string;
  readonly position: readonly [number, number, number];
  readonly normal: readonly [number, number, number];
  readonly reference?: boolean;
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function surfaceSpot(model: BodyModel, layer: 'skin' | 'superficialFascia' | 'deepFascia', angle: number, share: number, id: string, text: string): LabelSpot[] {
  const size = model.bounds.getSize(new THREE.Vector3());
  const hit = model.anchorAt(layer, angle, model.bounds.min.y + size.y * share);
  return hit ? [{ id, text, position: hit.anchor.position, normal: hit.anchor.normal }] : [];
}

/** The patient's points that still matter today: recorded and not released in the current session. */
function shownPoints(doc: MapDocument) {
  const session = currentSession(doc);
  return pointsInOrder(doc).filter((p) => readingIn(p, session.id).status !== 'released');
}

function pointLabels(model: BodyModel, doc: MapDocument): LabelSpot[] {
  const seen = new Set<string>();
  const spots: LabelSpot[] = [];
  for (const point of shownPoints(doc)) {
    const key = `${point.region}|${point.side}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const placed = model.placeAnchor(point.anchor);
    spots.push({ id: `point-${point.id}`, text: sentence(regionLabel(point.region, point.side)), position: placed.position, normal: placed.normal });
  }
  return spots;
}

/** The region whose typical pattern is shown when the map has no zones: the most painful point's. */
function referenceRegion(doc: MapDocument) {
  const session = currentSession(doc);
  const ranked = shownPoints(doc)
    .filter((p) => referencePatternFor(p.region))
    .sort((a, b) => (readingIn(b, session.id).pain ?? -1) - (readingIn(a, session.id).pain ?? -1));
  return ranked[0] ?? null;
}

function referralLabels(model: BodyModel, doc: MapDocument): LabelSpot[] {
  const session = currentSession(doc);
  const zones = Object.values(doc.zones).filter((z) => z.session === session.id);
  if (zones.length > 0) {
    return zones.flatMap((zone, i) => {
      const path = zone.strokes.find((s) => !s.erase)?.path ?? [];
      if (path.length < 3) return [];
      const n = path.length / 3;
      const centre: [number, number, number] = [0, 0, 0];
      for (let k = 0; k < n; k++) for (let c = 0; c < 3; c++) centre[c]! += path[k * 3 + c]! / n;
      const normal = new THREE.Vector3(centre[0], 0, centre[2]).normalize();
      const source = zone.points.map((id) => doc.points[id]).find((p) => p !== undefined);
      const text = source ? `Where you feel it (from ${regionLabel(source.region, source.side)})` : 'Where you feel it';
      return [{ id: `zone-${i}`, text, position: centre, normal: [normal.x, 0, normal.z] as const }];
    });
  }
  const point = referenceRegion(doc);
  if (!point) return [];
  const patch = patternPatches(point.region, point.anchor.height)[0];
  if (!patch) return [];
  const hit = model.anchorAt('skin', (patch.angle * Math.PI) / 180, patch.height);
  if (!hit) return [];
  return [{ id: 'reference', text: `Typical pattern for ${regionLabel(point.region, point.side)} (reference, not measured on you)`, position: hit.anchor.position, normal: hit.anchor.normal, reference: true }];
}

function stepLabels(step: PatientStep, model: BodyModel, doc: MapDocument): LabelSpot[] {
  switch (step.id) {
    case 'skin':
      return surfaceSpot(model, 'skin', Math.PI - 0.55, 0.62, 'skin', 'Skin');
    case 'superficialFascia':
      return surfaceSpot(model, 'superficialFascia', Math.PI - 0.3, 0.62, 'sf', 'Superficial fascia: one continuous web');
    case 'deepFascia': {
      const focus = regionFocus(model, 'thoracolumbar-fascia.left');
      const tlf: LabelSpot[] = focus ? [{ id: 'tlf', text: 'Thoracolumbar fascia', position: focus.position.toArray() as [number, number, number], normal: focus.normal.toArray() as [number, number, number] }] : [];
      return [...tlf, ...surfaceSpot(model, 'deepFascia', Math.PI + 0.35, 0.62, 'df', 'Deep fascia around the muscles')];
    }
    case 'muscles':
    case 'release':
      return pointLabels(model, doc);
    case 'referral':
      return [...referralLabels(model, doc), ...pointLabels(model, doc)];
    case 'continuity':
      return backLinePoints(model).flatMap((s, i) => (s.label ? [{ id: `line-${i}`, text: s.label, position: s.position.toArray() as [number, number, number], normal: s.normal.toArray() as [number, number, number] }] : []));
  }
}

let measure: CanvasRenderingContext2D | null = null;
function textWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 10;
  measure.font = '600 18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  return measure.measureText(text).width;
}

/** Labels projected with the step's final camera and laid out so that none overlaps another. */
function placeLabels(spots: readonly LabelSpot[], step: PatientStep, model: BodyModel, size: { width: number; height: number }): (PlacedLabel & { spot: LabelSpot })[] {
  if (size.width === 0 || size.height === 0) return [];
  const pose = stepCameraPose(model.bounds, step.camera);
  const camera = new THREE.PerspectiveCamera(PATIENT_FOV, size.width / size.height, 0.05, 20);
  camera.position.copy(pose.position);
  camera.lookAt(pose.target);
  camera.updateMatrixWorld();
  const requests = spots.flatMap((spot) => {
    const p = new THREE.Vector3(...spot.position);
    // A spot on a surface turned well away from the camera is hidden by the body; one seen edge-on still shows.
    if (pose.position.clone().sub(p).normalize().dot(new THREE.Vector3(...spot.normal).normalize()) < -0.35) return [];
    const v = p.project(camera);
    if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return [];
    const maxWidth = Math.min(320, size.width * 0.4);
    const width = Math.min(maxWidth, textWidth(spot.text) + 28);
    const lines = Math.ceil((textWidth(spot.text) + 28) / maxWidth);
    return [{ id: spot.id, x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height, width, height: 14 + 24 * lines }];
  });
  const byId = new Map(spots.map((s) => [s.id, s]));
  return layoutLabels(requests, size).map((l) => ({ ...l, spot: byId.get(l.id)! }));
}

/** The map as each step shows it: points and zones only where the step is about them, never notes. */
function docForStep(doc: MapDocument, step: PatientStep): MapDocument {
  const points = step.points ? Object.fromEntries(shownPoints(doc).map((p) => [p.id, { ...p, notes: '' }])) : {};
  return { ...doc, points, zones: step.referral ? doc.zones : {} };
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function animatePeel(store: EditorStore, to: number): () => void {
  const from = store.store.getState().peel;
  if (reducedMotion() || from === to) {
    store.setPeel(to);
    return () => {};
  }
  const start = performance.now();
  const duration = 900;
  let frame = 0;
  const tick = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    store.setPeel(from + (to - from) * eased);
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

export default function PatientView({ onExit }: { onExit: () => void }) {
  const editor = useEditor();
  const model = useBodyModel();
  const doc = useMemo(() => editor.store.getState().doc, [editor]);
  const wording = useSettings((s) => s.steps);
  const steps = useMemo(() => wordedSteps(wording), [wording]);
  const [index, setIndex] = useState(0);
  const step = steps[index]!;
  const patientModel = useMemo(() => cloneBodyModel(model), [model]);
  const uniforms = useMemo(createSharedLayerUniforms, []);
  const instant = useMemo(reducedMotion, []);
  const stage = useRef<HTMLDivElement>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const nextButton = useRef<HTMLButtonElement>(null);

  // The patient view's own view state: the editor's store is never touched.
  const patient = useMemo(() => {
    const store = createEditorStore(null);
    if (doc) store.open(docForStep(doc, steps[0]!), emptyHistory(), { persist: false });
    store.setReadOnly(true);
    return store;
    // Created once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => () => patient.dispose(), [patient]);

  useEffect(() => {
    if (!doc) return;
    const reference = step.referral && !Object.values(doc.zones).some((z) => z.session === currentSession(doc).id) ? (referenceRegion(doc)?.region ?? null) : null;
    patient.store.setState((s) => ({
      doc: docForStep(doc, step),
      sessionView: { ...s.sessionView, reference },
      // The superficial fascia is shown nearly opaque when it is the subject, so its web reads clearly.
      layers: { ...s.layers, superficialFascia: { visible: true, opacity: step.fibres ? 0.92 : 0.5 } },
    }));
    return animatePeel(patient, step.peel);
  }, [doc, step, patient]);

  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, []);

  const go = useCallback((delta: number) => setIndex((i) => Math.min(steps.length - 1, Math.max(0, i + delta))), [steps.length]);

  useEffect(() => {
    // Captured before the editor's shortcuts, which must not act on the map hidden behind this view.
    const onKey = (event: KeyboardEvent) => {
      const keys: Record<string, () => void> = {
        Escape: onExit,
        ArrowRight: () => go(1),
        ArrowDown: () => go(1),
        PageDown: () => go(1),
        ArrowLeft: () => go(-1),
        ArrowUp: () => go(-1),
        PageUp: () => go(-1),
        Home: () => setIndex(0),
        End: () => setIndex(steps.length - 1),
      };
      const action = keys[event.key];
      event.stopPropagation();
      if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [go, onExit, steps.length]);

  useEffect(() => nextButton.current?.focus(), []);

  const labels = useMemo(() => (doc ? placeLabels(stepLabels(step, patientModel, doc), step, patientModel, size) : []), [doc, step, patientModel, size]);

  function onPointerDown(event: ReactPointerEvent) {
    swipe.current = { x: event.clientX, y: event.clientY };
  }
  function onPointerUp(event: ReactPointerEvent) {
    const start = swipe.current;
    swipe.current = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 1 : -1);
  }

  if (!doc) return null;
  return createPortal(
    <div className="patient-view" role="dialog" aria-modal="true" aria-label="Patient view">
      <div ref={stage} className="patient-stage" onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (swipe.current = null)}>
        <BodyModelContext.Provider value={patientModel}>
          <EditorProvider editor={patient}>
            <Canvas frameloop="demand" dpr={[1, 2]} camera={{ fov: PATIENT_FOV, position: [0, 1.15, -3.5], near: 0.05, far: 20 }} gl={{ antialias: true }} aria-hidden="true">
              <color attach="background" args={['#f4f2ee']} />
              <hemisphereLight args={['#ffffff', '#c9c1b5', 1.15]} />
              <directionalLight position={[1.5, 3, 2.5]} intensity={1.3} />
              <directionalLight position={[-2, 1.5, -2.5]} intensity={1.2} />
              <BodyLayers uniforms={uniforms} />
              <ZoneOverlay />
              {step.points ? <Markers /> : null}
              {step.fibres ? <FasciaFibres model={patientModel} /> : null}
              {step.line ? <ContinuityLine model={patientModel} /> : null}
              <PatientCamera model={patientModel} pose={step.camera} instant={instant} />
            </Canvas>
          </EditorProvider>
        </BodyModelContext.Provider>
        <ul className="patient-labels" aria-label="Labels on the model" key={step.id}>
          {labels.map((label) => (
            <li key={label.id} className={label.spot.reference ? 'patient-label reference' : 'patient-label'} style={{ left: label.left, top: label.top, width: label.width }}>
              <span className="patient-label-dot" aria-hidden="true" style={{ left: label.x - label.left - 6, top: label.y - label.top - 6 }} />
              {label.spot.text}
            </li>
          ))}
        </ul>
      </div>
      <section className="patient-panel" aria-labelledby="patient-step-title">
        <p className="patient-progress" aria-live="polite" aria-atomic="true">
          Step {index + 1} of {steps.length}: {step.title}
        </p>
        <h1 id="patient-step-title">{step.title}</h1>
        <p className="patient-text">{step.text}</p>
        {step.id === 'release' ? (
          doc.homeCare.length > 0 ? (
            <ul className="patient-home-care" aria-label="Your home care">
              {doc.homeCare.map((advice, i) => (
                <li key={i}>{advice}</li>
              ))}
            </ul>
          ) : (
            <p className="patient-text">A foam roller or a massage ball, used gently for a minute or two, keeps the tissue supple. Your therapist will show you how.</p>
          )
        ) : null}
        <nav className="patient-nav" aria-label="Steps">
          <button type="button" onClick={() => go(-1)} disabled={index === 0}>
            Previous
          </button>
          <ol className="patient-dots" aria-hidden="true">
            {steps.map((s, i) => (
              <li key={s.id} className={i === index ? 'current' : ''} />
            ))}
          </ol>
          <button ref={nextButton} type="button" className="primary" onClick={() => go(1)} disabled={index === steps.length - 1}>
            Next
          </button>
        </nav>
      </section>
      <button type="button" className="patient-exit" onClick={onExit}>
        Back to editor
      </button>
    </div>,
    document.body,
  );
}
