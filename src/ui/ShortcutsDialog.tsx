// The "?" dialog: every keyboard shortcut of the editor, read from the same action registry the keys run.

import { useEditor, useEditorState } from '../store/context';
import { Modal } from './Modal';
import { ALL_KEYBOARD_ACTIONS } from './useShortcuts';

const VIEW_KEYS: readonly (readonly [string, string])[] = [
  ['Tab to the 3D view, then ← → ↑ ↓', 'Turn the body (Shift for small steps)'],
  ['+ / −', 'Zoom in / out'],
  ['Enter', 'Place a point at the centre (under the cross) on the active layer'],
];

export function ShortcutsDialog() {
  const editor = useEditor();
  const open = useEditorState((s) => s.shortcutsOpen);
  if (!open) return null;
  const listed = ALL_KEYBOARD_ACTIONS.filter((a) => a.shortcut);
  return (
    <Modal label="Keyboard shortcuts" onClose={() => editor.setShortcutsOpen(false)}>
      <h2>Keyboard shortcuts</h2>
      <table className="shortcuts-table" aria-label="Shortcuts">
        <tbody>
          {listed.map((action) => (
            <tr key={action.name}>
              <th scope="row">
                <kbd>{action.shortcut}</kbd>
              </th>
              <td>{action.label}</td>
            </tr>
          ))}
          {VIEW_KEYS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" onClick={() => editor.setShortcutsOpen(false)} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
