// A small modal that asks for a map's patient label (new map, rename), checks it at the field and says
// what is wrong in words before anything is saved.

import { useId, useState, type FormEvent } from 'react';
import { Modal } from '../Modal';
import { MAX_LABEL_LENGTH } from '../../model/limits';
import { checkMapLabel } from '../../store/library-store';

export function LabelDialog(props: {
  readonly title: string;
  readonly initialLabel: string;
  readonly submitLabel: string;
  readonly onSubmit: (label: string) => void;
  readonly onClose: () => void;
}) {
  const [label, setLabel] = useState(props.initialLabel);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkMapLabel(label);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    props.onSubmit(checked.label);
  }

  return (
    <Modal label={props.title} onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2>{props.title}</h2>
        <label className="field">
          Patient label
          <input
            value={label}
            maxLength={MAX_LABEL_LENGTH}
            data-autofocus
            placeholder="A pseudonym, e.g. Patient 0142"
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setLabel(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem ? (
          <p id={problemId} role="alert" className="field-problem">
            {problem}
          </p>
        ) : null}
        <p className="muted">Use a pseudonym rather than the patient's name: the label appears in file names and exports.</p>
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            {props.submitLabel}
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A modal that asks to confirm something that cannot be taken back as easily as it is done. */
export function ConfirmDialog(props: {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}) {
  return (
    <Modal label={props.title} onClose={props.onClose}>
      <h2>{props.title}</h2>
      <p>{props.message}</p>
      <div className="dialog-buttons">
        <button type="button" className="danger-fill" onClick={props.onConfirm} data-autofocus>
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
