// Issue point 2: the 3D view is named for assistive technology, the Front / Back / Left / Right buttons
// turn the camera, and dragging on the body orbits without placing anything.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { changedShare, type Pixels } from './harness/png';

describe('camera views', () => {
  const browser = useBrowserSuite();

  it('names the 3D view and shows a different picture for each view button', async () => {
    const editor = await browser.openEditor();
    await expect(editor.bodyView().count()).resolves.toBe(1);
    await expect(editor.canvas().isVisible()).resolves.toBe(true);
    await editor.showView('Front');
    await editor.moveMouseAway();
    const firstFront = await editor.canvasPixels();

    const shots = new Map<string, Pixels>();
    let previous = firstFront;
    for (const view of ['Back', 'Left', 'Right', 'Front'] as const) {
      await editor.showView(view);
      await editor.moveMouseAway();
      // Each button turns the camera away from where the previous one left it.
      await editor.pictureChangeFrom(previous);
      previous = await editor.canvasPixels();
      shots.set(view, previous);
    }
    const names = [...shots.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = shots.get(names[i] ?? '');
        const b = shots.get(names[j] ?? '');
        if (!a || !b) throw new Error('missing screenshot');
        expect(changedShare(a, b), `${names[i]} vs ${names[j]}`).toBeGreaterThan(0.01);
      }
    }

    // Front after going round is the same picture as before: the buttons set the camera, they do not nudge it.
    const front = shots.get('Front');
    if (!front) throw new Error('missing front screenshot');
    expect(changedShare(firstFront, front)).toBeLessThan(0.01);
  });

  it('orbits the camera when dragging on the body, without placing a point', async () => {
    const editor = await browser.openEditor();
    await editor.showView('Front');
    const before = await editor.document();
    const history = await editor.history();
    const start = await editor.screenPointFor({ layer: 'skin', angle: -0.4, height: 1.4 });
    await editor.moveMouseAway();
    const pictureBefore = await editor.canvasPixels();

    await editor.dragOnCanvas(start, 150, 20);
    await editor.moveMouseAway();

    expect(await editor.pictureChangeFrom(pictureBefore)).toBeGreaterThan(0.01);
    expect(await editor.document()).toEqual(before);
    expect(await editor.history()).toEqual(history);
  });
});
