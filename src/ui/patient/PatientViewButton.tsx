// "Patient view" in the toolbar: opens the full-screen patient presentation of the open map (loaded on
// first use) and gives focus back to this button when the patient view is left.

import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useEditorState } from '../../store/context';

const PatientView = lazy(() => import('./PatientView'));

export function PatientViewButton() {
  const [open, setOpen] = useState(false);
  const hasMap = useEditorState((s) => s.doc !== null);
  const button = useRef<HTMLButtonElement>(null);
  const exit = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  return (
    <>
      <button ref={button} type="button" disabled={!hasMap} onClick={() => setOpen(true)} title="Show this map to the patient, step by step, without the editor's controls and notes">
        Patient view
      </button>
      {open ? (
        <Suspense fallback={<p role="status" className="patient-loading">Opening the patient view…</p>}>
          <PatientView onExit={exit} />
        </Suspense>
      ) : null}
    </>
  );
}
