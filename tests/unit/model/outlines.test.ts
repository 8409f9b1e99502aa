// Checks regionAt and the landmark table: known spots resolve to the right structure and side (+x is the
// patient's left), the demo structures exist, and every point of every layer has a catalog region.

import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/anatomy/layers';
import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT } from '../../../src/anatomy/model-facts';
import { LANDMARKS, regionAt } from '../../../src/anatomy/outlines';
import { regionById } from '../../../src/anatomy/regions';

const deg = (d: number): number => (d * Math.PI) / 180;
const landmark = (name: string) => {
  const found = LANDMARKS.find((l) => l.name === name);
  if (!found) throw new Error(`no landmark ${name}`);
  return found;
};
const L3 = landmark('L3 spinous process').height;

describe('regionAt', () => {
  it('finds the lumbar columns and quadratus lumborum lateral to L3, left and right not swapped', () => {
    // Angle PI minus a little is the patient's left back (x > 0); the mirror angle is the right.
    expect(regionAt('muscle', Math.PI - deg(4), L3)).toBe('multifidus.left');
    expect(regionAt('muscle', Math.PI - deg(18), L3)).toBe('longissimus-thoracis.left');
    expect(regionAt('muscle', Math.PI - deg(30), L3)).toBe('lumbar-iliocostalis.left');
    expect(regionAt('muscle', Math.PI - deg(45), L3)).toBe('quadratus-lumborum.left');
    expect(regionAt('muscle', -Math.PI + deg(30), L3)).toBe('lumbar-iliocostalis.right');
    expect(regionAt('muscle', -Math.PI + deg(45), L3)).toBe('quadratus-lumborum.right');
    expect(regionAt('muscle', Math.PI - deg(70), L3)).toBe('latissimus-dorsi.left');
  });

  it('puts the thoracolumbar fascia over the lumbar muscles and the supraspinous ligament on the midline', () => {
    expect(regionAt('deepFascia', Math.PI - deg(30), L3)).toBe('thoracolumbar-fascia.left');
    expect(regionAt('deepFascia', -Math.PI + deg(45), L3)).toBe('thoracolumbar-fascia.right');
    expect(regionAt('deepFascia', Math.PI, L3)).toBe('supraspinous-ligament.midline');
    expect(regionAt('deepFascia', 0, 1.12)).toBe('linea-alba.midline');
  });

  it('resolves the landmarks the outlines were drawn from', () => {
    const at = (layer: (typeof LAYER_IDS)[number], name: string): string => {
      const l = landmark(name);
      return regionAt(layer, l.angle, l.height);
    };
    expect(at('muscle', 'right upper trapezius (midway neck to acromion)')).toBe('upper-trapezius.right');
    expect(at('muscle', 'left quadratus lumborum (between 12th rib and iliac crest)')).toBe('quadratus-lumborum.left');
    expect(at('muscle', 'left lumbar iliocostalis (L3)')).toBe('lumbar-iliocostalis.left');
    expect(at('muscle', 'right gluteus medius (below the iliac crest)')).toBe('gluteus-medius.right');
    expect(at('muscle', 'left nipple')).toBe('pectoralis-major.left');
    expect(at('muscle', 'umbilicus')).toMatch(/^rectus-abdominis\./);
    expect(at('deepFascia', 'umbilicus')).toBe('linea-alba.midline');
    expect(at('muscle', 'left acromion')).toMatch(/^(deltoid|upper-trapezius)\.left$/);
    expect(at('skin', 'left posterior superior iliac spine')).toMatch(/^skin-(lower-back|buttock)\.left$/);
    expect(at('muscle', 'left greater trochanter')).toMatch(/^(gluteus-medius|gluteus-maximus|tensor-fasciae-latae)\.left$/);
  });

  it('gives the structures a therapist expects on the muscle layer at typical spots', () => {
    expect(regionAt('muscle', deg(155), 1.39)).toBe('rhomboids.left'); // along the medial border of the scapula
    expect(regionAt('muscle', deg(172), 1.39)).toMatch(/^(middle|lower)-trapezius\.left$/); // next to the spine
    expect(regionAt('muscle', deg(120), 1.35)).toBe('teres-major.left');
    expect(regionAt('muscle', deg(130), 1.4)).toBe('infraspinatus.left'); // on the shoulder blade
    expect(regionAt('muscle', deg(125), 1.2)).toBe('latissimus-dorsi.left');
    expect(regionAt('muscle', deg(90), 1.38)).toBe('deltoid.left');
    expect(regionAt('muscle', deg(62), 1.53)).toBe('sternocleidomastoid.left');
    expect(regionAt('muscle', deg(20), 1.53)).toBe('infrahyoid.left');
    expect(regionAt('muscle', deg(90), 1.22)).toBe('serratus-anterior.left');
    expect(regionAt('muscle', deg(70), 1.1)).toBe('external-oblique.left');
    expect(regionAt('muscle', deg(140), 0.88)).toBe('gluteus-maximus.left');
    expect(regionAt('muscle', deg(140), 0.74)).toBe('hamstrings.left');
    expect(regionAt('muscle', deg(40), 0.78)).toBe('quadriceps.left');
  });

  it('is mirror-symmetric: the same structure on the other side at the mirrored angle', () => {
    const mismatches: string[] = [];
    for (const layer of LAYER_IDS) {
      for (let a = 1; a < 180; a += 3) {
        for (let h = MODEL_MIN_HEIGHT; h <= MODEL_MAX_HEIGHT; h += 0.005) {
          const left = regionById(regionAt(layer, deg(a), h));
          const right = regionById(regionAt(layer, -deg(a), h));
          const sidesOk = left?.side === 'midline' ? right?.side === 'midline' : left?.side === 'left' && right?.side === 'right';
          if (left?.structure !== right?.structure || !sidesOk) mismatches.push(`${layer} ${a} ${h.toFixed(3)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('always answers with a catalog region of the asked layer, over the whole surface and at the seam', () => {
    const bad: string[] = [];
    for (const layer of LAYER_IDS) {
      for (let a = -180; a <= 180; a += 0.75) {
        for (let h = MODEL_MIN_HEIGHT; h <= MODEL_MAX_HEIGHT + 1e-9; h += 0.0025) {
          const id = regionAt(layer, deg(a), h);
          if (regionById(id)?.layer !== layer) bad.push(`${layer} ${a} ${h.toFixed(4)}: ${id}`);
        }
      }
      expect(regionById(regionAt(layer, -Math.PI, 1.2))?.side).not.toBe('left');
      expect(regionById(regionAt(layer, Math.PI, 1.2))?.side).not.toBe('right');
    }
    expect(bad).toEqual([]);
  });

  it('has landmarks inside the model with angles in (-PI, PI]', () => {
    expect(LANDMARKS.length).toBeGreaterThanOrEqual(10);
    for (const l of LANDMARKS) {
      expect(l.angle).toBeGreaterThan(-Math.PI);
      expect(l.angle).toBeLessThanOrEqual(Math.PI);
      expect(l.height).toBeGreaterThanOrEqual(MODEL_MIN_HEIGHT);
      expect(l.height).toBeLessThanOrEqual(MODEL_MAX_HEIGHT);
      if (l.name.startsWith('left ')) expect(l.angle).toBeGreaterThan(0);
      if (l.name.startsWith('right ')) expect(l.angle).toBeLessThan(0);
    }
  });
});
