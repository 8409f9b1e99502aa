// The top bar: undo / redo, export / import, the camera views and the save indicator.

import { useEditor, useEditorState } from '../store/context';
import type { ViewName } from '../store/editor-store';
import { redoAction, undoAction, type EditorAction } from './actions';
import { ExportMenu } from './export/ExportMenu';
import { PatientViewButton } from './patient/PatientViewButton';
import { SettingsButton } from './settings/SettingsDialog';
import { ImportMapButton } from './library/ImportMapButton';
import { SaveIndicator } from './SaveIndicator';

const VIEWS: readonly { view: ViewName; label: string }[] = [
  { view: 'front', label: 'Front' },
  { view: 'back', label: 'Back' },
  { view: 'left', label: 'Left' },
  { view: 'right', label: 'Right' },
];

function ActionButton({ action }: { action: EditorAction }) {
  const editor = useEditor();
  const enabled = useEditorState(action.isEnabled);
  return (
    <button type="button" disabled={!enabled} onClick={() => action.perform(editor)} title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}>
      {action.label}
    </button>
  );
}

export function Toolbar() {
  const editor = useEditor();
  return (
    <div role="toolbar" aria-label="Editor" className="toolbar">
      <div className="toolbar-group">
        <ActionButton action={undoAction} />
        <ActionButton action={redoAction} />
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        {VIEWS.map(({ view, label }) => (
          <button key={view} type="button" onClick={() => editor.requestView(view)}>
            {label}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <ExportMenu />
        <PatientViewButton />
        <SettingsButton />
        <ImportMapButton />
      </div>
      <SaveIndicator />
    </div>
  );
}
