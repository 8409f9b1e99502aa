// The editor's commands in one registry, like Excalidraw's actions: the toolbar, keyboard shortcuts and
// tests all run the same action, and each action says when it is available.

import type { EditorState, EditorStore } from '../store/editor-store';
import { deletePoint } from '../model/operations';
import { exportFileName, exportMap } from '../io';
import { canRedo, canUndo } from '../history/history';
import { currentSession } from '../model/sessions';
import { downloadText } from './file-io';
import type { BodyModel } from '../scene/body-model';

/** What a command may need besides the editor: the key that ran it, the loaded body model. */
export interface ActionContext {
  readonly event?: KeyboardEvent;
  readonly model?: BodyModel | null;
}

export interface EditorAction {
  readonly name: string;
  /** Visible and accessible name of the control. */
  readonly label: string;
  /** Shortcut as shown in tooltips. */
  readonly shortcut?: string;
  readonly keyTest?: (event: KeyboardEvent) => boolean;
  readonly isEnabled: (state: EditorState) => boolean;
  readonly perform: (editor: EditorStore, context?: ActionContext) => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const primary = (e: KeyboardEvent) => (isMac ? e.metaKey : e.ctrlKey) || e.metaKey || e.ctrlKey;

export const undoAction: EditorAction = {
  name: 'undo',
  label: 'Undo',
  shortcut: isMac ? '⌘Z' : 'Ctrl+Z',
  keyTest: (e) => primary(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z',
  isEnabled: (s) => !s.readOnly && canUndo(s.history),
  perform: (editor) => editor.undo(),
};

export const redoAction: EditorAction = {
  name: 'redo',
  label: 'Redo',
  shortcut: isMac ? '⇧⌘Z' : 'Ctrl+Y',
  keyTest: (e) =>
    primary(e) && !e.altKey && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
  isEnabled: (s) => !s.readOnly && canRedo(s.history),
  perform: (editor) => editor.redo(),
};

export const deletePointAction: EditorAction = {
  name: 'deletePoint',
  label: 'Delete point',
  shortcut: 'Delete',
  keyTest: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey && !e.altKey,
  isEnabled: (s) => !s.readOnly && Boolean(s.doc && s.selection && s.doc.points[s.selection]),
  perform: (editor) => {
    const { doc, selection } = editor.store.getState();
    if (doc && selection) editor.commit(deletePoint(selection, doc));
  },
};

export const exportAction: EditorAction = {
  name: 'export',
  label: 'Export',
  shortcut: isMac ? '⌘E' : 'Ctrl+E',
  keyTest: (e) => primary(e) && !e.shiftKey && e.key.toLowerCase() === 'e',
  isEnabled: (s) => s.doc !== null,
  perform: (editor) => {
    const { doc } = editor.store.getState();
    // Named after the current session's date (local noon, so no time zone moves it to another day).
    if (doc) downloadText(exportMap(doc), exportFileName(doc, new Date(`${currentSession(doc).date}T12:00:00`)));
  },
};

export const deselectAction: EditorAction = {
  name: 'deselect',
  label: 'Clear selection',
  shortcut: 'Escape',
  keyTest: (e) => e.key === 'Escape' && !e.ctrlKey && !e.metaKey,
  isEnabled: (s) => s.selection !== null && s.drag === null,
  perform: (editor) => editor.select(null),
};

/** Actions with a keyboard shortcut, in the order their key tests are tried. */
export const KEYBOARD_ACTIONS: readonly EditorAction[] = [undoAction, redoAction, deletePointAction, exportAction, deselectAction];

/** Keys typed into a text field belong to the field, except undo/redo which the field handles itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'range', 'button'].includes(target.type);
  return false;
}
