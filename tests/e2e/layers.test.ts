// Issue point 3: the layer panel peels the body: hiding a layer or fading it changes the picture, and
// with Superficial muscles as the active layer a click anchors the point on that layer.

import { describe, expect, it } from 'vitest';
import { regionById } from '../../src/anatomy/regions';
import { useBrowserSuite } from './harness/browser';
import { changedShare } from './harness/png';

describe('layers', () => {
  const browser = useBrowserSuite();

  it('hides and fades a layer, and places points on the active layer', async () => {
    const editor = await browser.openEditor();
    await editor.showView('Front');
    await editor.moveMouseAway();
    const whole = await editor.canvasPixels();

    await editor.setLayerVisible('Skin', false);
    await editor.moveMouseAway();
    expect(await editor.pictureChangeFrom(whole), 'picture without skin vs with').toBeGreaterThan(0.01);

    await editor.setLayerVisible('Skin', true);
    await editor.moveMouseAway();
    expect(changedShare(whole, await editor.canvasPixels()), 'skin shown again').toBeLessThan(0.01);

    await editor.setLayerOpacity('Skin', 0.3);
    await editor.moveMouseAway();
    expect(await editor.pictureChangeFrom(whole), 'faded skin vs opaque').toBeGreaterThan(0.01);
    await editor.setLayerOpacity('Skin', 1);

    await editor.setActiveLayer('Superficial muscles');
    const point = await editor.placePointAt({ layer: 'superficialMuscle', angle: -0.4, height: 1.2 });
    expect(point.anchor.layer).toBe('superficialMuscle');
    expect(point.side).toBe('right');
    expect(regionById(point.region)?.layer).toBe('superficialMuscle');
  });
});
