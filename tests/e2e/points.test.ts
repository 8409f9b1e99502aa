// Issue point 4: placing trigger points by click and by touch, selecting one by its marker, moving it
// by dragging (one undo step, Escape cancels) and deleting it by button and by key.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { angleBetween, expectedRegionName, normalise, PLACEMENT_TOLERANCE } from './harness/expectations';

describe('placing and moving points', () => {
  const browser = useBrowserSuite();

  it('places a point where the body is clicked, derives its region and side, and selects it', async () => {
    const editor = await browser.openEditor();
    await editor.showView('Front');
    const stepsBefore = (await editor.history()).cursor;
    const rowsBefore = (await editor.pointsRows()).length;

    const point = await editor.placePointAt({ layer: 'skin', angle: 0.3, height: 1.05 });

    expect(point.anchor.layer).toBe('skin');
    expect(point.side).toBe('left');
    expect(angleBetween(point.anchor.angle, 0.3)).toBeLessThan(PLACEMENT_TOLERANCE.angle);
    expect(Math.abs(point.anchor.height - 1.05)).toBeLessThan(PLACEMENT_TOLERANCE.height);
    expect(point.region).not.toBe('');
    await expect(editor.selection()).resolves.toBe(point.id);

    const history = await editor.waitForCursor(stepsBefore + 1);
    expect(history.entries[stepsBefore]?.label).toMatch(/^Place point on /);
    expect(normalise(await editor.inspectorHeading())).toContain(`${expectedRegionName(point.region)} (left)`);
    expect(await editor.pointsRows()).toHaveLength(rowsBefore + 1);
  });

  it('places a point with a tap on a touch screen', async () => {
    const editor = await browser.openEditor({ hasTouch: true });
    await editor.showView('Front');

    const point = await editor.tapPointAt({ layer: 'skin', angle: -0.3, height: 1.2 });

    expect(point.side).toBe('right');
    expect(angleBetween(point.anchor.angle, -0.3)).toBeLessThan(PLACEMENT_TOLERANCE.angle);
    await expect(editor.selection()).resolves.toBe(point.id);
  });

  it('selects by marker, moves by dragging, cancels a drag with Escape and deletes', async () => {
    const editor = await browser.openEditor();
    await editor.showView('Front');
    const first = await editor.placePointAt({ layer: 'skin', angle: 0.3, height: 1.05 });
    const second = await editor.placePointAt({ layer: 'skin', angle: -0.35, height: 1.25 });
    await expect(editor.selection()).resolves.toBe(second.id);

    // A click on a marker selects its point: nothing is placed, nothing enters history.
    const steps = (await editor.history()).cursor;
    const pointCount = Object.keys((await editor.document()).points).length;
    await editor.clickMarkerOf(first.id);
    await expect.poll(() => editor.selection()).toBe(first.id);
    expect(Object.keys((await editor.document()).points)).toHaveLength(pointCount);
    expect((await editor.history()).cursor).toBe(steps);

    // Dragging the selected marker moves the point: one "Move point" step on pointer-up.
    await editor.dragPoint(first.id, { layer: 'skin', angle: 0.5, height: 1.12 });
    const afterMove = await editor.waitForCursor(steps + 1);
    expect(afterMove.entries).toHaveLength(steps + 1);
    expect(afterMove.entries[steps]?.label).toMatch(/^Move point to /);
    const moved = (await editor.document()).points[first.id];
    if (!moved) throw new Error('the moved point is gone');
    expect(angleBetween(moved.anchor.angle, 0.5)).toBeLessThan(PLACEMENT_TOLERANCE.angle);
    expect(Math.abs(moved.anchor.height - 1.12)).toBeLessThan(PLACEMENT_TOLERANCE.height);
    expect(moved.side).toBe('left');

    // Escape during a drag puts the point back and records nothing.
    const beforeCancelled = await editor.document();
    await editor.dragPoint(first.id, { layer: 'skin', angle: 0.2, height: 0.98 }, { cancelWithEscape: true });

    // Delete point (button) removes the selected point as one step. Selecting it first also proves the app
    // has handled the cancelled drag: a late move would show up in the document read after the selection.
    const rowOf = async (id: string) => (await editor.points()).findIndex((p) => p.id === id);
    await editor.selectPointRow(await rowOf(first.id));
    await expect.poll(() => editor.selection()).toBe(first.id);
    expect(await editor.document()).toEqual(beforeCancelled);
    expect((await editor.history()).cursor).toBe(steps + 1);
    await editor.deletePoint();
    const afterDelete = await editor.waitForCursor(steps + 2);
    expect(afterDelete.entries[steps + 1]?.label).toMatch(/delete/i);
    expect((await editor.document()).points[first.id]).toBeUndefined();
    await expect(editor.selection()).resolves.not.toBe(first.id);

    // The Delete key does the same when the focus is not in a text field.
    await editor.selectPointRow(await rowOf(second.id));
    await expect.poll(() => editor.selection()).toBe(second.id);
    await editor.page.keyboard.press('Delete');
    await editor.waitForCursor(steps + 3);
    expect((await editor.document()).points[second.id]).toBeUndefined();
  });
});
