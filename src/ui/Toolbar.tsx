// The top bar: undo / redo, export / import, the camera views and the save indicator.

import { useRef, type ChangeEvent } from 'react';
import { useEditor, useEditorState } from '../store/context';
import type { ViewName } from '../store/editor-store';
import { importMap, MAX_FILE_BYTES } from '../io';
import { exportAction, redoAction, undoAction, type EditorAction } from './actions';
import { readFileText } from './file-io';
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

function asSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function ImportButton() {
  const editor = useEditor();
  const input = useRef<HTMLInputElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      editor.notify({ kind: 'error', message: `This file could not be imported: ${file.name} is ${(file.size / 1e6).toFixed(1)} MB, larger than any map (the limit is ${MAX_FILE_BYTES / 1e6} MB). Your open map is unchanged.` });
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      editor.notify({ kind: 'error', message: `This file could not be read: ${file.name}. Your open map is unchanged.` });
      return;
    }
    const result = importMap(text);
    if (!result.ok) {
      editor.notify({ kind: 'error', message: `This file could not be imported: ${asSentence(result.message)} Your open map is unchanged.` });
      return;
    }
    editor.openImported(result.doc);
    editor.notify({ kind: 'info', message: `Opened “${result.doc.label}” from ${file.name}.` });
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Import a map from a .fascia-map.json file">
        Import
      </button>
      <input ref={input} type="file" accept=".json,application/json" aria-label="Import map file" className="visually-hidden" tabIndex={-1} onChange={onFile} />
    </>
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
        <ActionButton action={exportAction} />
        <ImportButton />
      </div>
      <SaveIndicator />
    </div>
  );
}
