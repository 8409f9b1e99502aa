// The editor's header: the way back to the library, and the map's patient label, editable in place (each
// visit to the field is one "Rename map" step). The demo map says it is a demo.

import { useRef, useState } from 'react';
import { ConfirmDialog } from './library/LabelDialog';
import { useEditor, useEditorState } from '../store/context';
import { useLibrary, useLibraryState } from '../store/library-context';
import { renameMap } from '../model/operations';
import { MAX_LABEL_LENGTH } from '../model/limits';

export function MapHeader() {
  const editor = useEditor();
  const library = useLibrary();
  const mapId = useEditorState((s) => s.doc?.id ?? null);
  const label = useEditorState((s) => s.doc?.label ?? '');
  const demo = useLibraryState((s) => s.maps.find((m) => m.id === mapId)?.summary?.demo ?? false);
  // A new visit to the field starts a new undo step; typing within one visit is one step.
  const visit = useRef(0);
  const unsaved = useEditorState((s) => s.saveStatus.state === 'error');
  const [confirmLeave, setConfirmLeave] = useState(false);

  return (
    <div className="map-header">
      <button type="button" onClick={() => (unsaved ? setConfirmLeave(true) : library.showLibrary())} title="All maps in this browser">
        ← Maps
      </button>
      {confirmLeave ? (
        <ConfirmDialog
          title="Leave with unsaved changes"
          message="Some changes to this map could not be saved in this browser. They stay in this tab and come back when you open the map again here, but closing the tab loses them. Export the map first to keep a copy."
          confirmLabel="Go to maps"
          onClose={() => setConfirmLeave(false)}
          onConfirm={() => {
            setConfirmLeave(false);
            library.showLibrary();
          }}
        />
      ) : null}
      <h1 className="visually-hidden">{label.trim() || 'Map without a label'}</h1>
      <input
        className="map-label-input"
        aria-label="Patient label"
        value={label}
        maxLength={MAX_LABEL_LENGTH}
        size={Math.min(40, Math.max(12, label.length + 2))}
        placeholder="Patient label"
        onChange={(event) => editor.commit({ ...renameMap(event.target.value), coalesceKey: `map:label:${visit.current}` })}
        onBlur={() => {
          visit.current++;
        }}
      />
      {demo ? (
        <span className="badge" title="An example map to try Fascia Map with">
          Demo
        </span>
      ) : null}
      {label.trim() === '' ? <span className="field-problem">Give the map a patient label.</span> : null}
    </div>
  );
}
