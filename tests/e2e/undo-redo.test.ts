// Issue point 6: undo and redo by button and by keyboard, jumping through the History list, and
// selection changes that never throw away the steps that can be redone.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { painOf } from './harness/readings';

describe('undo and redo', () => {
  const browser = useBrowserSuite();

  it('undoes and redoes by button, by keys and through the History list', async () => {
    const editor = await browser.openEditor();
    const opened = await editor.document();
    const point = pointsInOrder(opened)[0];
    if (!point) throw new Error('the demo map has no points');
    const start = (await editor.history()).cursor;

    await editor.selectPointRow(0);
    await editor.setPain(painOf(opened, point.id) === 7 ? 6 : 7);
    await editor.waitForCursor(start + 1);
    const withPain = await editor.document();
    await editor.setKind(point.kind === 'satellite' ? 'Latent' : 'Satellite');
    await editor.waitForCursor(start + 2);
    const withKind = await editor.document();

    // Buttons.
    await editor.undo();
    await editor.waitForCursor(start + 1);
    expect(await editor.document()).toEqual(withPain);
    await editor.redo();
    await editor.waitForCursor(start + 2);
    expect(await editor.document()).toEqual(withKind);

    // Keys, with the focus on a toolbar button (not in a text field).
    await editor.pressUndoKey();
    await editor.waitForCursor(start + 1);
    expect(await editor.document()).toEqual(withPain);
    await editor.pressRedoKey('shift+z');
    await editor.waitForCursor(start + 2);
    await editor.pressUndoKey();
    await editor.waitForCursor(start + 1);
    await editor.pressRedoKey('y');
    await editor.waitForCursor(start + 2);
    expect(await editor.document()).toEqual(withKind);

    // Selecting another point keeps what can be redone.
    await editor.undo();
    await editor.waitForCursor(start + 1);
    const entries = (await editor.history()).entries.length;
    await editor.selectPointRow(1);
    await expect.poll(() => editor.selection()).not.toBe(point.id);
    expect((await editor.history()).entries).toHaveLength(entries);
    await expect(editor.button('Redo').isEnabled()).resolves.toBe(true);
    await editor.redo();
    await editor.waitForCursor(start + 2);
    expect(await editor.document()).toEqual(withKind);

    // The History list: a first item for the opened map, one per step, the current one marked.
    const history = await editor.history();
    await expect(editor.historyItems().count()).resolves.toBe(history.entries.length + 1);
    expect(await editor.currentHistoryItem()).toBe(history.cursor);

    await editor.jumpToHistoryItem(0);
    await editor.waitForCursor(0);
    expect(await editor.currentHistoryItem()).toBe(0);
    // The demo map opens with no steps yet, so the first item is the map as it was opened.
    expect(start).toBe(0);
    expect(await editor.document()).toEqual(opened);

    await editor.jumpToHistoryItem(history.entries.length);
    await editor.waitForCursor(history.entries.length);
    expect(await editor.document()).toEqual(withKind);
    expect(await editor.currentHistoryItem()).toBe(history.entries.length);
  });
});
