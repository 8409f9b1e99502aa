// Issue 12: at the table. Where a click lands is never a surprise (the lens places only on the side facing
// the camera, a miss says why and offers a layer that has tissue), selecting a point turns the camera to it,
// points are placed and annotated by keyboard only, a pen's pressure picks the depth, and the editor fits a
// laptop and a tablet without sideways scrolling.

import { describe, expect, it } from 'vitest';
import type { MapDocument, TriggerPoint } from '../../src/model/types';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder, type EditorPage } from './harness/editor-page';
import { painOf } from './harness/readings';

const FRONT_LIMIT = (100 * Math.PI) / 180;
const newPoints = (before: MapDocument, after: MapDocument): TriggerPoint[] => Object.values(after.points).filter((p) => !before.points[p.id]);

async function clickSpot(editor: EditorPage, spot: { layer: 'skin'; angle: number; height: number }) {
  const at = await editor.screenPointFor(spot);
  await editor.page.mouse.click(at.x, at.y);
}

describe('at the table', () => {
  const browser = useBrowserSuite();

  it('places through the x-ray lens only on the side facing the camera, and a miss says why and offers a layer', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    await editor.showView('Front');
    await editor.setActiveLayer('Superficial muscles');
    await page.getByRole('checkbox', { name: 'X-ray lens' }).check();
    const before = await editor.document();
    const lowerAbdomen = { layer: 'skin' as const, angle: 0.25, height: 1.0 };
    // The lens follows the pointer: move there first, then click inside it.
    const at = await editor.screenPointFor(lowerAbdomen);
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y + 1);
    await page.mouse.click(at.x, at.y);
    const placed = newPoints(before, await editor.waitForDocument((d) => Object.keys(d.points).length > Object.keys(before.points).length, 'a point through the lens'));
    expect(placed).toHaveLength(1);
    expect(Math.abs(placed[0]!.anchor.angle)).toBeLessThan(FRONT_LIMIT);
    expect(placed[0]!.anchor.layer).toBe('superficialMuscle');
    expect(placed[0]!.region).toMatch(/^(rectus-abdominis|external-oblique)\./);

    // The deep muscles of the chest wall lie under the ribs at the back: from the front, a click on the chest
    // is a miss that says so, never a back muscle seen through the body.
    await page.getByRole('checkbox', { name: 'X-ray lens' }).uncheck();
    await editor.setActiveLayer('Deep muscles');
    const beforeMiss = await editor.document();
    await clickSpot(editor, { layer: 'skin', angle: 0.35, height: 1.33 });
    const note = page.getByRole('note');
    await expect.poll(() => note.innerText()).toMatch(/No deep muscles here on the side facing you/);
    expect(Object.keys((await editor.document()).points)).toHaveLength(Object.keys(beforeMiss.points).length);
    const offer = note.getByRole('button', { name: /^Place on / });
    await offer.click();
    const offered = newPoints(beforeMiss, await editor.waitForDocument((d) => Object.keys(d.points).length > Object.keys(beforeMiss.points).length, 'the offered placement'));
    expect(offered).toHaveLength(1);
    expect(offered[0]!.anchor.layer).not.toBe('deepMuscle');
    expect(Math.abs(offered[0]!.anchor.angle)).toBeLessThan(FRONT_LIMIT);
  });

  it('turns the camera to a back point chosen in the table while looking from the front', async () => {
    const editor = await browser.openEditor();
    await editor.showView('Front');
    const doc = await editor.document();
    const index = pointsInOrder(doc).findIndex((p) => p.region === 'gluteus-medius.right');
    const point = pointsInOrder(doc)[index]!;
    const spot = { layer: point.anchor.layer, angle: point.anchor.angle, height: point.anchor.height };
    const hidden = await editor.page.evaluate((s) => (window as unknown as { __fasciaMap: { screenPointFor(l: string, a: number, h: number): unknown } }).__fasciaMap.screenPointFor(s.layer, s.angle, s.height), spot);
    expect(hidden).toBeNull();
    await editor.selectPointRow(index);
    await expect.poll(() => editor.selection()).toBe(point.id);
    // Now the point's own surface faces the camera and is in view.
    const seen = await editor.screenPointFor(spot);
    expect(seen.x).toBeGreaterThan(0);
  });

  it('places and annotates three points by keyboard only', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    await editor.showView('Front');
    const before = await editor.document();
    const canvas = editor.canvas();
    await canvas.focus();
    await page.keyboard.press('Enter');
    const first = (await editor.waitForDocument((d) => newPoints(before, d).length === 1, 'the first point')).points;
    const firstPoint = newPoints(before, { ...before, points: first })[0]!;
    expect(Math.abs(firstPoint.anchor.angle)).toBeLessThan(0.3);
    await page.keyboard.press('7');
    await page.keyboard.press('k');
    await page.keyboard.press('f');
    await page.keyboard.press('t');
    // The point started with the kind and findings of the last one placed; F, T toggles its taut band.
    const tautBand = !firstPoint.findings.tautBand;
    let doc = await editor.waitForDocument((d) => d.points[firstPoint.id]?.findings.tautBand === tautBand, 'the taut band');
    expect(painOf(doc, firstPoint.id)).toBe(7);
    expect(doc.points[firstPoint.id]?.kind).not.toBe(firstPoint.kind);

    // M mirrors it to the other side, with its kind, findings and pain.
    await page.keyboard.press('m');
    doc = await editor.waitForDocument((d) => newPoints(before, d).length === 2, 'the mirrored point');
    const mirrored = newPoints(before, doc).find((p) => p.id !== firstPoint.id)!;
    expect(mirrored.anchor.angle).toBeCloseTo(-firstPoint.anchor.angle, 1);
    expect(mirrored.kind).toBe(doc.points[firstPoint.id]?.kind);
    expect(mirrored.findings.tautBand).toBe(tautBand);
    expect(painOf(doc, mirrored.id)).toBe(7);

    // Turn the body with the arrow keys (the view has the focus again) and place a third point: "1" then "0" is 10.
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    doc = await editor.waitForDocument((d) => newPoints(before, d).length === 3, 'the third point');
    const third = newPoints(before, doc).find((p) => p.id !== firstPoint.id && p.id !== mirrored.id)!;
    expect(Math.abs(third.anchor.angle)).toBeGreaterThan(0.3);
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    doc = await editor.waitForDocument((d) => painOf(d, third.id) === 10, 'pain 10');
    // The new point started like the last one placed (kind and findings), as the setting says.
    expect(third.kind).toBe(mirrored.kind);
    expect(third.findings.tautBand).toBe(tautBand);

    // "?" lists the shortcuts.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.innerText()).toMatch(/Mirror the point to the other side/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('lets a pen pick the layer by its pressure once the setting is on', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    await editor.showView('Back');
    await page.getByRole('checkbox', { name: /Pen pressure picks the layer/ }).check();
    // Over the right lumbar iliocostalis (the mirror of the demo's left one, away from its markers: a pen tap on
    // a marker selects it).
    const lumbar = await editor.screenPointFor({ layer: 'skin', angle: (-150 * Math.PI) / 180, height: 1.115 });
    const canvas = editor.canvas();
    async function penTap(at: { x: number; y: number }, pressure: number, id: number) {
      const base = { pointerType: 'pen', pointerId: id, isPrimary: true, clientX: at.x, clientY: at.y, button: 0 };
      await canvas.dispatchEvent('pointerdown', { ...base, pressure, buttons: 1 });
      await canvas.dispatchEvent('pointermove', { ...base, pressure, buttons: 1 });
      await canvas.dispatchEvent('pointerup', { ...base, pressure: 0, buttons: 0 });
    }
    let before = await editor.document();
    await penTap(lumbar, 0.97, 21);
    let doc = await editor.waitForDocument((d) => newPoints(before, d).length === 1, 'a firm pen point');
    expect(newPoints(before, doc)[0]!.anchor.layer).toBe('deepMuscle');
    before = doc;
    // A light tap a little higher (not on the marker just placed) stays on the skin.
    const higher = await editor.screenPointFor({ layer: 'skin', angle: (-150 * Math.PI) / 180, height: 1.2 });
    await penTap(higher, 0.05, 22);
    doc = await editor.waitForDocument((d) => newPoints(before, d).length === 1, 'a light pen point');
    expect(newPoints(before, doc)[0]!.anchor.layer).toBe('skin');
  });

  it.each([
    [1280, 720, false],
    [1024, 768, true],
  ] as const)('fits %i × %i without sideways scrolling, the body taking the room', async (width, height, touch) => {
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch });
    const page = await context.newPage();
    await page.goto(`${browser.appOrigin}/`);
    await page.waitForFunction(() => (window as unknown as { __fasciaMap?: { ready: boolean } }).__fasciaMap?.ready === true, undefined, { timeout: 90_000 });
    await page.getByRole('button', { name: 'quadratus lumborum', exact: true }).click();
    const layout = await page.evaluate(() => {
      const overflowing = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => {
        const style = getComputedStyle(e);
        return /(auto|scroll)/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
      });
      const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].filter((e) => e.getClientRects().length > 0);
      const outside = controls.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < -1 || r.right > innerWidth + 1;
      });
      return {
        page: document.documentElement.scrollWidth - innerWidth,
        overflowing: overflowing.map((e) => e.className),
        outside: outside.map((e) => e.getAttribute('aria-label') ?? e.textContent),
        view: document.querySelector('canvas')!.getBoundingClientRect().width / innerWidth,
      };
    });
    expect(layout.page).toBeLessThanOrEqual(0);
    expect(layout.overflowing).toEqual([]);
    expect(layout.outside).toEqual([]);
    expect(layout.view).toBeGreaterThanOrEqual(width <= 1024 ? 0.6 : 0.5);
    if (touch) {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button')].filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().height < 43.5).map((b) => b.textContent),
      );
      expect(small).toEqual([]);
    }
  });
});
