// Issue 3's viewer: find a region by its abbreviation and turn to it, explore what lies under a click
// without placing a point, peel the layers, open the x-ray lens and cut a cross-section.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { changedShare } from './harness/png';

describe('looking inside the body', () => {
  const browser = useBrowserSuite();

  it('finds a region by abbreviation, shows its card and turns the camera to it', async () => {
    const editor = await browser.openEditor();
    const { page } = editor;
    await editor.moveMouseAway();
    const front = await editor.canvasPixels();

    await page.getByRole('searchbox', { name: 'Find a region' }).fill('left QL');
    await page.getByRole('list', { name: 'Matching regions' }).getByRole('button', { name: /quadratus lumborum \(left\)/ }).click();
    const card = page.getByRole('region', { name: 'Region details', exact: true });
    await expect.poll(() => card.getByRole('heading').textContent()).toBe('quadratus lumborum (left)');
    expect(await card.textContent()).toContain('Deep muscles');
    expect(await editor.pictureChangeFrom(front, 0.05), 'camera turned to the low back').toBeGreaterThan(0.05);
  });

  it('explores a region under a click without placing a point', async () => {
    const editor = await browser.openEditor();
    const { page } = editor;
    const before = Object.keys((await editor.document()).points).length;
    await page.getByRole('radio', { name: 'Explore regions' }).check();
    const at = await editor.screenPointFor({ layer: 'skin', angle: 0.3, height: 1.05 });
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByRole('region', { name: 'Region details', exact: true }).getByRole('heading').textContent()).toMatch(/abdomen \(left\)/);
    expect(Object.keys((await editor.document()).points)).toHaveLength(before);
  });

  it('peels the layers, opens the lens and cuts a cross-section, each changing the picture', async () => {
    const editor = await browser.openEditor();
    const { page } = editor;
    await editor.showView('Back');
    await editor.moveMouseAway();
    const skin = await editor.canvasPixels();

    const peel = page.getByRole('slider', { name: 'Peel' });
    await peel.focus();
    await page.keyboard.press('End');
    expect(await peel.getAttribute('aria-valuetext')).toBe('down to the deep muscles');
    expect(await editor.pictureChangeFrom(skin, 0.05), 'peeled down to the deep muscles').toBeGreaterThan(0.05);
    await page.keyboard.press('Home');
    await expect.poll(async () => changedShare(skin, await editor.canvasPixels()), { timeout: 15_000 }).toBeLessThan(0.01);

    const beforeLens = await editor.canvasPixels();
    await page.getByRole('checkbox', { name: 'X-ray lens' }).check();
    expect(await editor.pictureChangeFrom(beforeLens, 0.02), 'lens opened in the middle of the view').toBeGreaterThan(0.02);

    // With the skin active, a click inside the lens lands on the deep muscles the lens shows.
    const spot = await editor.screenPointFor({ layer: 'deepMuscle', angle: -2.1, height: 1.13 });
    await page.mouse.move(spot.x, spot.y, { steps: 4 });
    await editor.canvasPixels();
    const point = await editor.placePointAt({ layer: 'deepMuscle', angle: -2.1, height: 1.13 });
    expect(point.anchor.layer).toBe('deepMuscle');
    expect(point.region).toBe('quadratus-lumborum.right');
    await page.getByRole('checkbox', { name: 'X-ray lens' }).uncheck();

    const beforeCut = await editor.canvasPixels();
    await page.getByRole('checkbox', { name: 'Cross-section' }).check();
    expect(await editor.pictureChangeFrom(beforeCut, 0.02), 'body cut above 1.2 m').toBeGreaterThan(0.02);
  });
});
