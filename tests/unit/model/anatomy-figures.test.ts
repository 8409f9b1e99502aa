// Issue 10, "A body a clinician trusts": one test per numbered problem, each measuring its figure on the generated
// geometry (models/torso.glb, which determinism.test.ts proves is exactly what the generator writes) and failing
// outside the adult range the issue states. The figures are computed in figures.ts; `npx tsx tests/tools/figures.ts`
// prints them all.

import { beforeAll, describe, expect, it } from 'vitest';
import { THORACOLUMBAR_LEVELS, vertebraHeight } from '../../../src/anatomy/landmarks';
import * as figures from './figures';
import { type LayerVertices, layerVertices, readDocument, readModelBytes } from './read-model';

let layers: LayerVertices[];

beforeAll(async () => {
  layers = layerVertices(await readDocument(readModelBytes()));
});

describe('anatomy figures of the generated torso (issue 10)', () => {
  it('1. shoulder girdle: acromion >= 170 mm and clavicle >= 150 mm out; a humerus whose head meets the glenoid', () => {
    const shoulder = figures.shoulderGirdle(layers);
    console.info('1. shoulder girdle (mm):', shoulder);
    expect(shoulder.scapulaReach).toBeGreaterThanOrEqual(170);
    expect(shoulder.scapulaReach).toBeLessThanOrEqual(215);
    expect(shoulder.clavicleReach).toBeGreaterThanOrEqual(150);
    expect(shoulder.humerusVertices).toBeGreaterThan(100);
    expect(shoulder.headToGlenoid).toBeLessThanOrEqual(5);
  });

  it('2. thoracic and lumbar spinous processes palpable: median <= 20 mm of tissue, none over 30 mm', { timeout: 60_000 }, () => {
    const depths = figures.spinousDepths(layers, THORACOLUMBAR_LEVELS.map(vertebraHeight));
    console.info('2. tissue over T1..L5 spinous processes (mm):', depths.map((d) => d.toFixed(1)).join(' '));
    expect(depths).toHaveLength(17);
    expect(figures.median(depths)).toBeLessThanOrEqual(20);
    expect(Math.max(...depths)).toBeLessThanOrEqual(30);
    // Under the deep fascia (14 mm), not through it.
    expect(Math.min(...depths)).toBeGreaterThanOrEqual(10);
  });

  it('3. lumbar paraspinals at L3: erector >= 60 mm wide, multifidus >= 20 mm, QL out to >= 75 mm, erector <= 25 mm deep', { timeout: 60_000 }, () => {
    const lumbar = figures.lumbarParaspinals(layers, vertebraHeight('l3') / 1000);
    console.info('3. paraspinals at L3 (mm):', lumbar);
    expect(lumbar.erector).toBeGreaterThanOrEqual(60);
    expect(lumbar.multifidus).toBeGreaterThanOrEqual(20);
    expect(lumbar.quadratusOuter).toBeGreaterThanOrEqual(75);
    expect(lumbar.erectorDepth).toBeLessThanOrEqual(25);
  });

  it('4. ribs: lowest rib >= 25 mm above the iliac crest; ribs 1-7 reach the sternum through costal cartilages (gap <= 10 mm)', () => {
    const crestGap = figures.ribToCrest(layers);
    const gaps = figures.trueRibGaps(layers);
    console.info('4. lowest rib above the crest (mm):', crestGap.toFixed(1), '; ribs 1-7 to sternum (mm):', gaps.map((g) => g.toFixed(1)).join(' '));
    expect(crestGap).toBeGreaterThanOrEqual(25);
    expect(gaps).toHaveLength(7);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(10);
  });

  it('5. pelvis: pubic bones meet at a symphysis (gap <= 10 mm), a crest curving round the side, an ischial tuberosity', () => {
    const pelvis = figures.pelvis(layers);
    console.info('5. pelvis (mm):', pelvis);
    expect(pelvis.pubicGap).toBeLessThanOrEqual(10);
    // Seen from above the crest bows out round the side (a flat paddle would be a straight line).
    expect(pelvis.crestSagitta).toBeGreaterThanOrEqual(25);
    // The tuberosity: a thick knob well below the hip joint.
    expect(pelvis.tuberosityDrop).toBeGreaterThanOrEqual(50);
    expect(pelvis.tuberosityWidth).toBeGreaterThanOrEqual(20);
  });

  it('6. gluteus minimus: at most 0.6 of gluteus medius, under its front part, well in front of the PSIS', () => {
    const medius = figures.patch(layers, 'intermediateMuscle', 'gluteus-medius.left');
    const minimus = figures.patch(layers, 'deepMuscle', 'gluteus-minimus.left');
    console.info('6. gluteus medius / minimus (mm2, degrees):', medius, minimus);
    expect(minimus.area / medius.area).toBeLessThanOrEqual(0.6);
    expect(minimus.meanAngle).toBeLessThan(medius.meanAngle);
    expect(minimus.maxAngle).toBeLessThanOrEqual(medius.maxAngle - 25);
  });

  it('7. neck: splenius and semispinalis present, scalenes >= 60 mm long, levator only part of the posterior triangle', { timeout: 60_000 }, () => {
    const splenius = figures.vertexCount(layers, 'deepMuscle', 'splenius.left');
    const semispinalis = figures.vertexCount(layers, 'deepMuscle', 'semispinalis.left');
    const scalenes = figures.verticalExtent(layers, 'intermediateMuscle', 'scalenes.left');
    const levator = figures.levatorShareOfPosteriorTriangle(layers);
    console.info('7. splenius / semispinalis vertices:', splenius, semispinalis, '; scalenes (mm):', scalenes.toFixed(1), '; levator share:', levator.toFixed(2));
    expect(splenius).toBeGreaterThan(100);
    expect(semispinalis).toBeGreaterThan(100);
    expect(figures.patch(layers, 'deepMuscle', 'splenius.left').area).toBeGreaterThan(1500);
    expect(scalenes).toBeGreaterThanOrEqual(60);
    expect(levator).toBeLessThanOrEqual(0.5);
  });

  it('8. serratus anterior lies on the ribs; teres major ends at the humerus', () => {
    const serratus = figures.shareNearBone(layers, 'intermediateMuscle', 'serratus-anterior.left', ['ribs.left', 'costal-cartilage.left'], 35);
    const teres = figures.lateralEndToBone(layers, 'intermediateMuscle', 'teres-major.left', 'humerus.left');
    console.info('8. serratus anterior within 35 mm of a rib:', serratus.toFixed(3), '; teres major end to humerus (mm):', teres.toFixed(1));
    expect(serratus).toBeGreaterThanOrEqual(0.95);
    expect(teres).toBeLessThanOrEqual(20);
  });

  it('10. iliopsoas is on the deep layer, in front, below the inguinal ligament', () => {
    const iliopsoas = figures.patch(layers, 'deepMuscle', 'iliopsoas.left');
    console.info('10. iliopsoas:', iliopsoas);
    expect(iliopsoas.area).toBeGreaterThan(1000);
    expect(iliopsoas.maxAngle).toBeLessThan(60);
  });
});
