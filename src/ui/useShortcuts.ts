// Runs the registered actions from the keyboard, anywhere on the page except while typing in a field.

import { useContext, useEffect } from 'react';
import { useEditor } from '../store/context';
import { BodyModelContext } from '../scene/model-context';
import { KEYBOARD_ACTIONS, isTypingTarget } from './actions';
import { ENTRY_ACTIONS, findingKeyAction } from './entry-actions';

/** Every command with a key, in the order the key tests are tried. */
export const ALL_KEYBOARD_ACTIONS = [findingKeyAction, ...KEYBOARD_ACTIONS, ...ENTRY_ACTIONS.filter((a) => a !== findingKeyAction)];

export function useShortcuts(): void {
  const editor = useEditor();
  const model = useContext(BodyModelContext);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Keys in a dialog belong to the dialog.
      if (event.defaultPrevented || isTypingTarget(event.target) || document.querySelector('[aria-modal="true"], dialog[open]')) return;
      const action = ALL_KEYBOARD_ACTIONS.find((a) => a.keyTest?.(event));
      if (!action || !action.isEnabled(editor.store.getState())) return;
      event.preventDefault();
      action.perform(editor, { event, model });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, model]);
}
