// Referred-pain zones and reference patterns drawn on the skin: one overlay mesh sharing the skin's
// vertices, coloured per vertex (soft colour where a zone covers the skin), plus a hatched overlay for a
// reference referral pattern. No mesh per zone: painting only rewrites the colour attribute.

import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useEditorState } from '../store/context';
import { effectiveOpacity } from '../store/layer-view';
import { shownSession } from '../model/sessions';
import type { Zone } from '../model/types';
import { useBodyModel } from './model-context';
import { skinSurface, type SkinSurface } from './skin-surface';
import { applyStroke, zoneCoverage } from './zone-paint';
import { inPatches, patternPatches } from '../anatomy/referral-patterns';

/** Zone colour (a warm red that reads on skin) and the reference pattern's hatch colour. */
const ZONE_RGB = new THREE.Color('#d9480f');
const REFERENCE_RGB = new THREE.Color('#5f3dc4');

/** Coverage per zone, kept while the zone record is unchanged (immer keeps unchanged records identical). */
const coverageCache = new WeakMap<Zone, Float32Array>();
export function coverageOf(surface: SkinSurface, zone: Zone): Float32Array {
  const cached = coverageCache.get(zone);
  if (cached) return cached;
  const coverage = zoneCoverage(surface.grid, zone.strokes);
  coverageCache.set(zone, coverage);
  return coverage;
}

function overlayGeometry(skin: THREE.BufferGeometry, extra: Record<string, THREE.BufferAttribute>): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', skin.getAttribute('position'));
  const normal = skin.getAttribute('normal');
  if (normal) geometry.setAttribute('normal', normal);
  if (skin.index) geometry.setIndex(skin.index);
  for (const [name, attribute] of Object.entries(extra)) geometry.setAttribute(name, attribute);
  geometry.boundingSphere = skin.boundingSphere;
  geometry.boundingBox = skin.boundingBox;
  return geometry;
}

/** Diagonal hatching where the `hatch` attribute is set: reads as "reference", not as a painted finding. */
function createHatchMaterial(): THREE.MeshBasicMaterial {
  const material = new THREE.MeshBasicMaterial({ color: REFERENCE_RGB, transparent: true, opacity: 0.85, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -3, polygonOffsetUnits: -3 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float hatch;\nvarying float vHatch;\nvarying vec3 vBody;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvHatch = hatch;\nvBody = (modelMatrix * vec4(position, 1.0)).xyz;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vHatch;\nvarying vec3 vBody;')
      .replace(
        '#include <opaque_fragment>',
        `if (vHatch < 0.5) discard;
        float stripe = fract((vBody.x + vBody.y + vBody.z) * 45.0);
        if (stripe > 0.45) discard;
        #include <opaque_fragment>`,
      );
  };
  return material;
}

export function ZoneOverlay() {
  const model = useBodyModel();
  const invalidate = useThree((s) => s.invalidate);
  const doc = useEditorState((s) => s.doc);
  const view = useEditorState((s) => s.sessionView);
  const selection = useEditorState((s) => s.selection);
  const skinView = useEditorState((s) => s.layers.skin);
  const peel = useEditorState((s) => s.peel);
  const crossSection = useEditorState((s) => s.crossSection);
  const surface = useMemo(() => skinSurface(model), [model]);
  const skinGeometry = model.layers.skin.geometry;

  const colors = useMemo(() => new THREE.BufferAttribute(new Float32Array(surface.vertexCount * 4), 4).setUsage(THREE.DynamicDrawUsage), [surface]);
  const hatch = useMemo(() => new THREE.BufferAttribute(new Float32Array(surface.vertexCount), 1), [surface]);
  const zoneGeometry = useMemo(() => overlayGeometry(skinGeometry, { color: colors }), [skinGeometry, colors]);
  const hatchGeometry = useMemo(() => overlayGeometry(skinGeometry, { hatch }), [skinGeometry, hatch]);
  const zoneMaterial = useMemo(
    () => new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2 }),
    [],
  );
  const hatchMaterial = useMemo(createHatchMaterial, []);

  const session = doc ? shownSession(doc, view.shown) : null;
  const zones = useMemo(
    () => (doc && session ? Object.values(doc.zones).filter((z) => z.session === session.id) : []),
    [doc, session],
  );

  useLayoutEffect(() => {
    const rgba = colors.array as Float32Array;
    rgba.fill(0);
    const highlighted = (zone: Zone) => zone.id === view.zone || (selection !== null && zone.points.includes(selection));
    const anyHighlight = zones.some(highlighted);
    const paint = (coverage: ArrayLike<number>, strength: number) => {
      for (let v = 0; v < surface.vertexCount; v++) {
        const a = coverage[v]! * strength;
        if (a <= rgba[v * 4 + 3]!) continue;
        rgba[v * 4] = ZONE_RGB.r;
        rgba[v * 4 + 1] = ZONE_RGB.g;
        rgba[v * 4 + 2] = ZONE_RGB.b;
        rgba[v * 4 + 3] = a;
      }
    };
    for (const zone of zones) {
      let coverage = coverageOf(surface, zone);
      if (view.stroke && zone.id === view.zone) {
        coverage = coverage.slice();
        applyStroke(coverage, surface.grid, view.stroke);
      }
      paint(coverage, highlighted(zone) ? 0.8 : anyHighlight ? 0.3 : 0.6);
    }
    // A stroke that will start a new zone.
    if (view.stroke && !zones.some((z) => z.id === view.zone) && !view.stroke.erase) {
      const coverage = new Float32Array(surface.vertexCount);
      applyStroke(coverage, surface.grid, view.stroke);
      paint(coverage, 0.8);
    }
    colors.needsUpdate = true;
    invalidate();
  }, [zones, view.zone, view.stroke, selection, surface, colors, invalidate]);

  const referencePoint = doc && view.reference && selection && Object.hasOwn(doc.points, selection) ? doc.points[selection] : undefined;
  useLayoutEffect(() => {
    const values = hatch.array as Float32Array;
    values.fill(0);
    if (view.reference) {
      const patches = patternPatches(view.reference, referencePoint?.anchor.height ?? 1.1);
      for (let v = 0; v < surface.vertexCount; v++) {
        if (inPatches(patches, surface.angles[v]!, surface.positions[v * 3 + 1]!)) values[v] = 1;
      }
    }
    hatch.needsUpdate = true;
    invalidate();
  }, [view.reference, referencePoint, surface, hatch, invalidate]);

  // Drawn only where the skin is: hidden with it, and cut with it by a cross-section.
  const skinShown = effectiveOpacity(skinView, 'skin', peel) > 0.001;
  useEffect(() => {
    const planes = (model.layers.skin.material as THREE.Material).clippingPlanes;
    for (const material of [zoneMaterial, hatchMaterial]) {
      material.clippingPlanes = crossSection.enabled ? planes : null;
      material.needsUpdate = true;
    }
    invalidate();
  }, [crossSection.enabled, model, zoneMaterial, hatchMaterial, invalidate]);

  // Only the materials are disposed: the geometries share the skin's buffers, which the skin still draws.
  useEffect(
    () => () => {
      zoneMaterial.dispose();
      hatchMaterial.dispose();
    },
    [zoneMaterial, hatchMaterial],
  );

  // The overlay shares the skin's stored (quantised) vertices, so it takes the skin's transform too.
  const group = useRef<THREE.Group>(null);
  useLayoutEffect(() => {
    const skin = model.layers.skin;
    skin.updateWorldMatrix(true, false);
    if (!group.current) return;
    group.current.matrixAutoUpdate = false;
    group.current.matrix.copy(skin.matrixWorld);
    group.current.matrixWorldNeedsUpdate = true;
    invalidate();
  }, [model, invalidate]);

  return (
    <group ref={group} visible={skinShown}>
      <mesh geometry={zoneGeometry} material={zoneMaterial} renderOrder={LAYER_OVERLAY_ORDER} raycast={() => null} />
      <mesh geometry={hatchGeometry} material={hatchMaterial} renderOrder={LAYER_OVERLAY_ORDER + 1} visible={view.reference !== null} raycast={() => null} />
    </group>
  );
}

/** After the skin (drawn last of the layers, outside in) and before the markers. */
const LAYER_OVERLAY_ORDER = 9;
