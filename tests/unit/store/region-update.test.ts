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

/** The model the app runs on; the test points were placed on an older one ('torso-1'). */
const CURRENT_MODEL = 'torso-2026.3';

describe('regions after a refined body model', () => {
  it('renames the moved points in one undoable step and says which', () => {
    const editor = openWith({ p1: 'quadratus-lumborum.left', p2: 'gluteus-medius.right' });
    const now = (anchor: Anchor) => (anchor === editor.store.getState().doc!.points.p1!.anchor ? 'lumbar-iliocostalis.left' : 'gluteus-medius.right');
    expect(updateRegionsForModel(editor, CURRENT_MODEL, now)).toBe(1);
    const state = editor.store.getState();
    expect(state.doc!.points.p1!.region).toBe('lumbar-iliocostalis.left');
    expect(state.doc!.points.p2!.region).toBe('gluteus-medius.right');
    expect(state.notice?.message).toMatch(/quadratus lumborum \(left\) → lumbar iliocostalis \(left\)/);
    expect(state.history.entries).toHaveLength(1);
    editor.undo();
    expect(editor.store.getState().doc!.points.p1!.region).toBe('quadratus-lumborum.left');
    // Said once: opened again with the new names, nothing changes.
    editor.redo();
    expect(updateRegionsForModel(editor, CURRENT_MODEL, now)).toBe(0);
  });

  it('does nothing where the model finds no surface, or in a tab that only follows the map', () => {
    const editor = openWith({ p1: 'quadratus-lumborum.left' });
    expect(updateRegionsForModel(editor, CURRENT_MODEL, () => null)).toBe(0);
    editor.setReadOnly(true);
    expect(updateRegionsForModel(editor, CURRENT_MODEL, () => 'lumbar-iliocostalis.left')).toBe(0);
    expect(editor.store.getState().doc!.points.p1!.region).toBe('quadratus-lumborum.left');
  });

  it('looks only at points placed on an older model', () => {
    const editor = openWith({ p1: 'quadratus-lumborum.left' });
    const asked: string[] = [];
    const now = (anchor: Anchor) => {
      asked.push(anchor.modelVersion);
      return 'lumbar-iliocostalis.left';
    };
    expect(updateRegionsForModel(editor, 'torso-1', now)).toBe(0);
    expect(asked).toEqual([]);
    expect(editor.store.getState().doc!.points.p1!.region).toBe('quadratus-lumborum.left');
  });
});
