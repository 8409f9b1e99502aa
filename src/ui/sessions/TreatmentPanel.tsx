// Home care for the patient (shown later in the patient view and the report) and the map's list of
// techniques a reading can record. Each change is one undo step.

import { useState } from 'react';
import { useEditor, useEditorState } from '../../store/context';
import { addHomeCare, addTechnique, removeHomeCare, removeTechnique } from '../../model/session-operations';
import { MAX_HOME_CARE_ITEMS, MAX_HOME_CARE_LENGTH, MAX_TECHNIQUES, MAX_TECHNIQUE_LENGTH } from '../../model/limits';

const NONE: readonly string[] = [];

/** A list of short texts with an add field and a remove button per item. */
function EditableList(props: {
  title: string;
  items: readonly string[];
  addLabel: string;
  placeholder: string;
  maxItems: number;
  maxLength: number;
  add: (text: string) => boolean;
  remove: (index: number, text: string) => void;
  removeLabel: (text: string) => string;
}) {
  const [text, setText] = useState('');
  const full = props.items.length >= props.maxItems;
  return (
    <div className="editable-list">
      <h3>{props.title}</h3>
      {props.items.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul aria-label={props.title}>
        {props.items.map((item, index) => (
          <li key={`${index}:${item}`}>
            <span>{item}</span>
            <button type="button" aria-label={props.removeLabel(item)} onClick={() => props.remove(index, item)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '' && props.add(text)) setText('');
        }}
      >
        <label>
          {props.addLabel}
          <input type="text" value={text} maxLength={props.maxLength} placeholder={props.placeholder} onChange={(e) => setText(e.target.value)} disabled={full} />
        </label>
        <button type="submit" disabled={full || text.trim() === ''}>
          Add
        </button>
        {full ? <p className="muted">The list is full ({props.maxItems}).</p> : null}
      </form>
    </div>
  );
}

export function TreatmentPanel() {
  const editor = useEditor();
  const homeCare = useEditorState((s) => s.doc?.homeCare ?? NONE);
  const techniques = useEditorState((s) => s.doc?.techniques ?? NONE);
  return (
    <section aria-labelledby="treatment-heading" className="panel treatment">
      <h2 id="treatment-heading">Home care and techniques</h2>
      <EditableList
        title="Home care"
        items={homeCare}
        addLabel="New home-care advice"
        placeholder="e.g. Foam roller, thoracic spine, 2 min daily"
        maxItems={MAX_HOME_CARE_ITEMS}
        maxLength={MAX_HOME_CARE_LENGTH}
        add={(text) => editor.commit(addHomeCare(text))}
        remove={(index) => editor.commit(removeHomeCare(index))}
        removeLabel={(text) => `Remove home care: ${text}`}
      />
      <details>
        <summary>Technique list ({techniques.length})</summary>
        <EditableList
          title="Techniques"
          items={techniques}
          addLabel="New technique"
          placeholder="e.g. Cupping"
          maxItems={MAX_TECHNIQUES}
          maxLength={MAX_TECHNIQUE_LENGTH}
          add={(text) => {
            const before = editor.store.getState().doc?.techniques.length ?? 0;
            editor.commit(addTechnique(text));
            const after = editor.store.getState().doc?.techniques.length ?? 0;
            if (after === before) editor.notify({ kind: 'info', message: `“${text.trim().slice(0, 60)}” is already in the technique list.` });
            return after > before;
          }}
          remove={(_, text) => editor.commit(removeTechnique(text))}
          removeLabel={(text) => `Remove technique: ${text}`}
        />
      </details>
    </section>
  );
}
