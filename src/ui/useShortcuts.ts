// Runs the registered actions from the keyboard, anywhere on the page except while typing in a field.

import { useEffect } from 'react';
import { useEditor } from '../store/context';
import { KEYBOARD_ACTIONS, isTypingTarget } from './actions';

export function useShortcuts(): void {
  const editor = useEditor();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const action = KEYBOARD_ACTIONS.find((a) => a.keyTest?.(event));
      if (!action || !action.isEnabled(editor.store.getState())) return;
      event.preventDefault();
      action.perform(editor);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
