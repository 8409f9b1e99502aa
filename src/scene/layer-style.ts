// How each layer looks: calm, neutral materials (no environment map from the web), and per-region
// vertex colours on the muscle layer so neighbouring muscles read apart.

import * as THREE from 'three';
import type { LayerId, Tissue } from '../anatomy/layers';
import { layerById } from '../anatomy/layers';
import { regionByIndex } from '../anatomy/regions';

/** Muscles, and the deep fascia with its named sheets, are coloured region by region. */
export function isPaintedByRegion(layer: LayerId): boolean {
  return layerById(layer).tissue === 'muscle' || layer === 'deepFascia';
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A stable colour per structure: muscles in muted reds, fascia in whites, skin in one tone. */
export function structureColor(layer: LayerId, structure: string): THREE.Color {
  const h = hashString(structure);
  const jitter = (h % 1000) / 1000;
  const jitter2 = ((h >>> 10) % 1000) / 1000;
  const color = new THREE.Color(layerById(layer).color);
  if (layerById(layer).tissue === 'muscle') {
    color.offsetHSL((jitter - 0.5) * 0.025, (jitter2 - 0.5) * 0.12, (jitter - 0.5) * 0.12);
  } else if (layer === 'deepFascia') {
    color.offsetHSL(0, 0, (jitter - 0.5) * 0.08);
  }
  return color;
}

/** Adds a COLOR attribute from the per-vertex region index (_region) so regions are visible. */
export function paintRegions(layer: LayerId, geometry: THREE.BufferGeometry): void {
  const regionAttr = geometry.getAttribute('_region');
  if (!regionAttr) return;
  const colors = new Float32Array(regionAttr.count * 3);
  const cache = new Map<number, THREE.Color>();
  for (let i = 0; i < regionAttr.count; i++) {
    const index = regionAttr.getX(i);
    let color = cache.get(index);
    if (!color) {
      const region = regionByIndex(index);
      color = structureColor(layer, region?.structure ?? 'unknown');
      cache.set(index, color);
    }
    colors[i * 3] = color.r;
    colors[i * 3 + 1] = color.g;
    colors[i * 3 + 2] = color.b;
  }
  geometry.setAttribute('color', new THREE.BufferAttribute(colors, 3));
}

export function createLayerMaterial(layer: LayerId): THREE.MeshStandardMaterial {
  const kind = layerById(layer).tissue;
  const byRegion = isPaintedByRegion(layer);
  return new THREE.MeshStandardMaterial({
    color: byRegion ? 0xffffff : new THREE.Color(layerById(layer).color),
    vertexColors: byRegion,
    roughness: kind === 'skin' ? 0.75 : kind === 'muscle' ? 0.6 : kind === 'bone' ? 0.8 : 0.5,
    metalness: 0,
    side: THREE.FrontSide,
  });
}

/**
 * Applies the layer panel's opacity: see-through layers stop writing depth so deeper ones show. Fascia is always
 * blended (its shader lets the tissue below show between the collagen bundles) but writes depth when fully shown.
 */
export function applyOpacity(material: THREE.MeshStandardMaterial, opacity: number, tissue?: Tissue): void {
  const transparent = opacity < 0.999 || tissue === 'fascia';
  if (material.transparent !== transparent) material.needsUpdate = true;
  material.transparent = transparent;
  material.opacity = opacity;
  material.depthWrite = opacity >= 0.999;
}
