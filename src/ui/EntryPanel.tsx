// "At the table": how new points are entered (copy the last point, pen pressure picks the layer) and the
// list of keyboard shortcuts.

import { useEditor, useEditorState } from '../store/context';
import { writeEntrySettings } from '../store/entry-settings';
import type { EntrySettings } from '../store/editor-store';

export function EntryPanel() {
  const editor = useEditor();
  const entry = useEditorState((s) => s.entry);
  const change = (patch: Partial<EntrySettings>) => {
    editor.setEntrySettings(patch);
    writeEntrySettings(editor.store.getState().entry);
  };
  return (
    <section aria-labelledby="entry-heading" className="panel entry">
      <h2 id="entry-heading">At the table</h2>
      <label className="check-row">
        <input type="checkbox" checked={entry.copyLastPoint} onChange={(e) => change({ copyLastPoint: e.target.checked })} />
        New points copy the last point’s kind and findings
      </label>
      <label className="check-row">
        <input type="checkbox" checked={entry.penPressureDepth} onChange={(e) => change({ penPressureDepth: e.target.checked })} />
        Pen pressure picks the layer (light: skin, firm: deep muscles)
      </label>
      <button type="button" onClick={() => editor.setShortcutsOpen(true)}>
        Keyboard shortcuts (?)
      </button>
    </section>
  );
}
