// Where a placing click may land: only the side of the body facing the camera, the layers tried after a
// miss (nearest in depth first), and the layer a pen's pressure picks.

import { describe, expect, it } from 'vitest';
import { angleApart, cameraAzimuth, facesCamera, nearestLayers, pressureLayer } from '../../../src/scene/placement';
import { readEntrySettings, writeEntrySettings, DEFAULT_ENTRY_SETTINGS } from '../../../src/store/entry-settings';

const deg = (d: number) => (d * Math.PI) / 180;

describe('the side facing the camera', () => {
  it('is within 100° around the body of where the camera looks from', () => {
    expect(cameraAzimuth(0, 3)).toBeCloseTo(0);
    expect(cameraAzimuth(0, -3)).toBeCloseTo(Math.PI);
    // From the front: the abdomen faces, longissimus at the back does not.
    expect(facesCamera(deg(10), 0, 3)).toBe(true);
    expect(facesCamera(deg(170), 0, 3)).toBe(false);
    expect(facesCamera(deg(95), 0, 3)).toBe(true);
    expect(facesCamera(deg(-105), 0, 3)).toBe(false);
    // From the back, across the ±180° seam.
    expect(facesCamera(deg(-175), 0, -3)).toBe(true);
    expect(angleApart(deg(179), deg(-179))).toBeCloseTo(deg(2));
  });
});

describe('layers tried after a miss', () => {
  it('go nearest in depth first, the outer one first on a tie', () => {
    expect(nearestLayers('deepMuscle')).toEqual(['intermediateMuscle', 'skeleton', 'superficialMuscle', 'deepFascia', 'superficialFascia', 'skin']);
    expect(nearestLayers('skin')[0]).toBe('superficialFascia');
    expect(nearestLayers('skin')).not.toContain('skin');
  });
});

describe('pen pressure', () => {
  it('picks the skin when light, the deep muscles when firm, in even steps between', () => {
    expect(pressureLayer(0)).toBe('skin');
    expect(pressureLayer(0.1)).toBe('skin');
    expect(pressureLayer(0.2)).toBe('superficialFascia');
    expect(pressureLayer(0.55)).toBe('superficialMuscle');
    expect(pressureLayer(0.99)).toBe('deepMuscle');
    expect(pressureLayer(1)).toBe('deepMuscle');
    expect(pressureLayer(Number.NaN)).toBe('skin');
    expect(pressureLayer(7)).toBe('deepMuscle');
  });
});

describe('entry settings', () => {
  it('read back what was written, and fall back to the defaults for anything else', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readEntrySettings(storage)).toEqual(DEFAULT_ENTRY_SETTINGS);
    writeEntrySettings({ copyLastPoint: false, penPressureDepth: true }, storage);
    expect(readEntrySettings(storage)).toEqual({ copyLastPoint: false, penPressureDepth: true });
    store.set('fascia-map:entry-settings', '{"copyLastPoint":"yes","penPressureDepth":true}');
    expect(readEntrySettings(storage)).toEqual({ copyLastPoint: true, penPressureDepth: true });
    store.set('fascia-map:entry-settings', 'not json');
    expect(readEntrySettings(storage)).toEqual(DEFAULT_ENTRY_SETTINGS);
  });
});
