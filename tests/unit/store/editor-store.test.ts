// The editor store: commits are undoable steps, selection and view never touch history, and each
// change tells persistence exactly what to write.

import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/store/editor-store';
import type { MapSaver, SaveChange, SaveStatus } from '../../../src/persistence';
import { emptyHistory } from '../../../src/history/history';
import { placePoint } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import { testAnchor, testDocument, testPoint } from '../support/points';
import { painOf } from '../support/readings';
import { FIRST_SESSION } from '../../fixtures/maps';

function recordingPersistence() {
  const saves: SaveChange[] = [];
  const persistence: MapSaver = {
    save: (_doc, _history, change) => void saves.push(change),
    subscribe: () => () => {},
    getStatus: (): SaveStatus => ({ state: 'idle' }),
  };
  return { persistence, saves };
}

function openEditor() {
  const { persistence, saves } = recordingPersistence();
  const editor = createEditorStore(persistence);
  editor.open(testDocument([testPoint('p1', 'a0')]), emptyHistory(), { persist: false });
  return { editor, saves };
}

describe('editor store', () => {
  it('records a commit as one labelled step and persists only that entry', () => {
    const { editor, saves } = openEditor();
    expect(editor.commit(setPain('p1', FIRST_SESSION, 7))).toBe(true);
    const { doc, history } = editor.store.getState();
    expect(painOf(doc!, 'p1')).toBe(7);
    expect(history.entries.map((e) => e.label)).toEqual(['Set pain to 7']);
    expect(saves).toEqual([{ kind: 'entry', index: 0 }]);
  });

  it('does not record an edit that changes nothing', () => {
    const { editor, saves } = openEditor();
    expect(editor.commit(setPain('p1', FIRST_SESSION, null))).toBe(false);
    expect(editor.store.getState().history.entries).toHaveLength(0);
    expect(saves).toEqual([]);
  });

  it('keeps redo when the selection, hover, layers or view change', () => {
    const { editor } = openEditor();
    editor.commit(setPain('p1', FIRST_SESSION, 3));
    editor.undo();
    editor.select('p1');
    editor.hover('test-muscle.left');
    editor.setLayerOpacity('skin', 0.3);
    editor.setActiveLayer('deepMuscle');
    editor.requestView('back');
    expect(editor.store.getState().history).toMatchObject({ cursor: 0 });
    editor.redo();
    expect(painOf(editor.store.getState().doc!, 'p1')).toBe(3);
  });

  it('persists undo and redo as a cursor move only', () => {
    const { editor, saves } = openEditor();
    editor.commit(setPain('p1', FIRST_SESSION, 3));
    editor.undo();
    editor.redo();
    expect(saves.slice(1)).toEqual([{ kind: 'cursor' }, { kind: 'cursor' }]);
  });

  it('clears the selection when undo removes the selected point', () => {
    const { editor } = openEditor();
    editor.commit(placePoint(testPoint('p2', 'a1')));
    editor.select('p2');
    editor.undo();
    expect(editor.store.getState().selection).toBeNull();
  });

  it('commits a drag as one move step, and a cancelled drag as nothing', () => {
    const { editor } = openEditor();
    const moved = testAnchor({ position: [0.1, 1.0, -0.1], height: 1.0 });
    editor.startDrag({ pointId: 'p1', anchor: moved, region: 'test-muscle.left', side: 'left' });
    editor.updateDrag({ pointId: 'p1', anchor: moved, region: 'test-muscle.left', side: 'left' });
    editor.cancelDrag();
    expect(editor.store.getState().history.entries).toHaveLength(0);
    expect(editor.store.getState().doc?.points.p1?.anchor.height).toBe(1.1);

    editor.startDrag({ pointId: 'p1', anchor: moved, region: 'test-muscle.left', side: 'left' });
    editor.finishDrag();
    const { doc, history } = editor.store.getState();
    expect(doc?.points.p1?.anchor.height).toBe(1.0);
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]?.label).toMatch(/^Move point to/);
  });
});
