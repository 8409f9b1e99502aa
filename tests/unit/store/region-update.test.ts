// Opening a map after the body model was refined: points whose anchors now lie on another structure are
// renamed in one undoable step and listed in a message; nothing happens when no point changed or when
// another tab edits the map.

import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/store/editor-store';
import { emptyHistory } from '../../../src/history/history';
import { updateRegionsForModel } from '../../../src/store/region-update';
import type { Anchor } from '../../../src/model/types';
import { testDocument, testPoint } from '../support/points';

function openWith(regions: Record<string, string>) {
  const editor = createEditorStore(null);
  const points = Object.entries(regions).map(([id, region], i) => testPoint(id, `a${i}`, { region, side: region.endsWith('.right') ? 'right' : 'left' }));
  editor.open(testDocument(points), emptyHistory(), { persist: false });
  return editor;
}

describe('regions after a refined body model', () => {
  it('renames the moved points in one undoable step and says which', () => {
    const editor = openWith({ p1: 'quadratus-lumborum.left', p2: 'gluteus-medius.right' });
    const now = (anchor: Anchor) => (anchor === editor.store.getState().doc!.points.p1!.anchor ? 'lumbar-iliocostalis.left' : 'gluteus-medius.right');
    expect(updateRegionsForModel(editor, now)).toBe(1);
    const state = editor.store.getState();
    expect(state.doc!.points.p1!.region).toBe('lumbar-iliocostalis.left');
    expect(state.doc!.points.p2!.region).toBe('gluteus-medius.right');
    expect(state.notice?.message).toMatch(/quadratus lumborum \(left\) → lumbar iliocostalis \(left\)/);
    expect(state.history.entries).toHaveLength(1);
    editor.undo();
    expect(editor.store.getState().doc!.points.p1!.region).toBe('quadratus-lumborum.left');
    // Said once: opened again with the new names, nothing changes.
    editor.redo();
    expect(updateRegionsForModel(editor, now)).toBe(0);
  });

  it('does nothing where the model finds no surface, or in a tab that only follows the map', () => {
    const editor = openWith({ p1: 'quadratus-lumborum.left' });
    expect(updateRegionsForModel(editor, () => null)).toBe(0);
    editor.setReadOnly(true);
    expect(updateRegionsForModel(editor, () => 'lumbar-iliocostalis.left')).toBe(0);
    expect(editor.store.getState().doc!.points.p1!.region).toBe('quadratus-lumborum.left');
  });
});
