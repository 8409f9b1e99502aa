// Keyboard entry on the selected point: digits set pain ("1" then "0" is 10, one undo step), K cycles the
// kind, F then a letter toggles a finding, arrow keys step through the points.

import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/store/editor-store';
import { emptyHistory } from '../../../src/history/history';
import { cycleKindAction, findingKeyAction, findingPrefixAction, nextPointAction, painKeyAction, previousPointAction, resetEntryKeys } from '../../../src/ui/entry-actions';
import { readingIn } from '../../../src/model/sessions';
import { testDocument, testPoint } from '../support/points';

function editorWithPoints() {
  const editor = createEditorStore(null);
  editor.open(testDocument([testPoint('p1', 'a1'), testPoint('p2', 'a2')]), emptyHistory(), { persist: false });
  editor.select('p1');
  return editor;
}

/** The parts of a key press the actions read (the unit tests run without a DOM). */
const press = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null }) as unknown as KeyboardEvent;
const key = (k: string) => ({ event: press(k) });
const pain = (editor: ReturnType<typeof editorWithPoints>, id: string) => readingIn(editor.store.getState().doc!.points[id]!, 'session-1').pain;

afterEach(() => resetEntryKeys());

describe('keyboard entry', () => {
  it('sets pain with a digit, and "1" then "0" makes 10 in one undo step', () => {
    const editor = editorWithPoints();
    painKeyAction.perform(editor, key('4'));
    expect(pain(editor, 'p1')).toBe(4);
    painKeyAction.perform(editor, key('1'));
    painKeyAction.perform(editor, key('0'));
    expect(pain(editor, 'p1')).toBe(10);
    editor.undo();
    expect(pain(editor, 'p1')).toBe(4);
  });

  it('cycles the kind and toggles a finding named by the key after F', () => {
    const editor = editorWithPoints();
    cycleKindAction.perform(editor);
    expect(editor.store.getState().doc!.points.p1!.kind).toBe('active');
    expect(findingKeyAction.keyTest!(press('j'))).toBe(false);
    findingPrefixAction.perform(editor);
    expect(findingKeyAction.keyTest!(press('j'))).toBe(true);
    findingKeyAction.perform(editor, key('j'));
    expect(editor.store.getState().doc!.points.p1!.findings.jumpSign).toBe(true);
    // A letter that names no finding changes nothing and says so.
    findingPrefixAction.perform(editor);
    findingKeyAction.perform(editor, key('z'));
    expect(editor.store.getState().notice?.message).toMatch(/names no finding/);
    expect(editor.store.getState().doc!.points.p1!.findings).toMatchObject({ jumpSign: true, tautBand: false });
  });

  it('steps to the next and previous point, wrapping round, and turns the camera to each', () => {
    const editor = editorWithPoints();
    nextPointAction.perform(editor);
    expect(editor.store.getState().selection).toBe('p2');
    expect(editor.store.getState().pointFocus?.point).toBe('p2');
    nextPointAction.perform(editor);
    expect(editor.store.getState().selection).toBe('p1');
    previousPointAction.perform(editor);
    expect(editor.store.getState().selection).toBe('p2');
  });
});
