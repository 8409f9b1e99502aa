// Typical referred-pain patterns (anatomy.md, "Referred pain"), drawn on the skin as reference only: for each
// structure, ellipses in surface coordinates (degrees from the front midline, positive to the patient's left;
// metres above the floor) for the left side, mirrored for the right. Never a finding about the patient.

import type { RegionId } from '../model/types';
import { regionById } from './regions';
import { LANDMARKS } from './outlines';

/** One patch of a pattern: centre and half-sizes on the surface. */
export interface PatternPatch {
  readonly angle: number;
  readonly height: number;
  readonly halfAngle: number;
  readonly halfHeight: number;
}

export interface ReferencePattern {
  /** The referral in words, as anatomy.md gives it. */
  readonly words: string;
  /** Parts of the referral above the model's neck cut, which the overlay cannot show. */
  readonly offModel?: string;
  readonly patches: (pointHeight: number) => readonly PatternPatch[];
}

function landmark(name: string): { angle: number; height: number } {
  const found = LANDMARKS.find((l) => l.name === name);
  if (!found) throw new Error(`No landmark named "${name}"`);
  return { angle: (found.angle * 180) / Math.PI, height: found.height };
}

const patch = (angle: number, height: number, halfAngle: number, halfHeight: number): PatternPatch => ({ angle, height, halfAngle, halfHeight });

const PSIS = landmark('left posterior superior iliac spine');
const TROCHANTER = landmark('left greater trochanter');
const CREST = landmark('left iliac crest (highest point)');
const SCAPULA_ANGLE = landmark('left inferior angle of scapula');
const ACROMION = landmark('left acromion');

/** By structure (the region id without its side). */
const PATTERNS: Readonly<Record<string, ReferencePattern>> = {
  'upper-trapezius': {
    words: 'posterolateral neck, mastoid, temple, behind the eye',
    offModel: 'the temple and behind the eye lie above the model',
    patches: () => [patch(130, 1.56, 28, 0.045)],
  },
  'levator-scapulae': {
    words: 'angle of the neck, vertebral border of scapula, posterior shoulder',
    patches: () => [patch(150, 1.475, 14, 0.03), patch(160, 1.39, 6, 0.06), patch(ACROMION.angle + 20, ACROMION.height - 0.02, 12, 0.03)],
  },
  infraspinatus: {
    words: 'deep anterior shoulder',
    patches: () => [patch(ACROMION.angle - 20, ACROMION.height - 0.05, 14, 0.05)],
  },
  'quadratus-lumborum': {
    words: 'sacroiliac joint, lower buttock, iliac crest, groin, greater trochanter',
    patches: () => [
      patch(PSIS.angle + 6, PSIS.height - 0.02, 8, 0.04),
      patch(145, 0.85, 20, 0.05),
      patch(CREST.angle + 15, CREST.height - 0.01, 22, 0.022),
      patch(38, 0.86, 10, 0.03),
      patch(TROCHANTER.angle, TROCHANTER.height, 12, 0.04),
    ],
  },
  'gluteus-medius': {
    words: 'sacrum, iliac crest, lateral hip',
    patches: () => [patch(172, 0.95, 10, 0.05), patch(CREST.angle + 25, CREST.height - 0.015, 25, 0.022), patch(TROCHANTER.angle + 3, 0.93, 15, 0.06)],
  },
  'lumbar-iliocostalis': {
    words: 'mid-buttock',
    patches: () => [patch(140, 0.9, 20, 0.055)],
  },
  'longissimus-thoracis': {
    words: 'sacroiliac region',
    patches: () => [patch(PSIS.angle + 5, PSIS.height - 0.02, 10, 0.05)],
  },
  multifidus: {
    words: 'spinous process at its level or a few segments lower',
    patches: (pointHeight) => [patch(180, pointHeight - 0.04, 6, 0.055)],
  },
  'latissimus-dorsi': {
    words: 'inferior angle of scapula, medial arm',
    patches: () => [patch(SCAPULA_ANGLE.angle, SCAPULA_ANGLE.height, 12, 0.04), patch(ACROMION.angle + 6, 1.31, 10, 0.025)],
  },
};

/** The reference pattern of the region's structure, or undefined where anatomy.md gives none. */
export function referencePatternFor(region: RegionId): ReferencePattern | undefined {
  const structure = regionById(region)?.structure ?? region.split('.')[0] ?? '';
  return Object.hasOwn(PATTERNS, structure) ? PATTERNS[structure] : undefined;
}

/** The pattern's patches for a point on the given side (right-sided patches mirrored across the midline). */
export function patternPatches(region: RegionId, pointHeight: number): PatternPatch[] {
  const pattern = referencePatternFor(region);
  if (!pattern) return [];
  const side = regionById(region)?.side ?? (region.endsWith('.right') ? 'right' : 'left');
  return pattern.patches(pointHeight).map((p) => (side === 'right' ? { ...p, angle: -p.angle } : p));
}

/** Whether a surface spot (degrees, metres) lies in one of the patches; angles wrap around the back. */
export function inPatches(patches: readonly PatternPatch[], angle: number, height: number): boolean {
  for (const p of patches) {
    let da = angle - p.angle;
    if (da > 180) da -= 360;
    if (da < -180) da += 360;
    const u = da / p.halfAngle;
    const v = (height - p.height) / p.halfHeight;
    if (u * u + v * v <= 1) return true;
  }
  return false;
}
