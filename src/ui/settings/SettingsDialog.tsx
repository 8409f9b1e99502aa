// App settings, kept in this browser apart from any map: the clinic's name for reports and the clinic's own
// wording of the patient view's steps; exported and imported as a small settings file.

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { DEFAULT_SETTINGS, exportSettings, importSettings, saveSettings, settingsStore, type AppSettings } from '../../settings/settings';
import { PATIENT_STEPS } from '../patient/steps';
import { downloadText } from '../file-io';
import '../export/export.css';
import './settings.css';

function SettingsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [draft, setDraft] = useState<AppSettings>(() => settingsStore.getState());
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function setStep(id: string, field: 'title' | 'text', value: string) {
    setDraft((d) => {
      const current = d.steps[id] ?? { title: '', text: '' };
      return { ...d, steps: { ...d.steps, [id]: { ...current, [field]: value } } };
    });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const result = importSettings(await chosen.text());
    if (!result.ok) {
      setMessage({ kind: 'alert', text: `${chosen.name} could not be imported: ${result.message} Nothing was changed.` });
      return;
    }
    setDraft(result.settings);
    setMessage({ kind: 'status', text: `Settings read from ${chosen.name}. Save to keep them.` });
  }

  return (
    <dialog
      ref={dialog}
      className="export-dialog settings-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Settings</h2>
      <p>Kept in this browser only, for every map. The step texts are what the patient reads in the patient view; an empty field uses the built-in text.</p>
      <label className="export-field">
        Clinic name (printed on reports)
        <input type="text" value={draft.clinicName} maxLength={200} onChange={(e) => setDraft({ ...draft, clinicName: e.target.value })} />
      </label>
      <fieldset className="settings-steps">
        <legend>Patient view step texts</legend>
        {PATIENT_STEPS.map((step, i) => (
          <div key={step.id} className="settings-step">
            <label className="export-field">
              Step {i + 1} title
              <input type="text" maxLength={120} placeholder={step.title} value={draft.steps[step.id]?.title ?? ''} onChange={(e) => setStep(step.id, 'title', e.target.value)} />
            </label>
            <label className="export-field">
              Step {i + 1} text
              <textarea rows={3} maxLength={2000} placeholder={step.text} value={draft.steps[step.id]?.text ?? ''} onChange={(e) => setStep(step.id, 'text', e.target.value)} />
            </label>
          </div>
        ))}
      </fieldset>
      {message ? <p role={message.kind}>{message.text}</p> : null}
      <div className="export-actions settings-actions">
        <button type="button" onClick={() => downloadText(exportSettings(draft), 'fascia-map-settings.json')}>
          Export settings
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          Import settings
        </button>
        <input ref={file} type="file" accept=".json,application/json" aria-label="Import settings file" className="visually-hidden" tabIndex={-1} onChange={(e) => void onFile(e)} />
        <button type="button" onClick={() => setDraft({ ...DEFAULT_SETTINGS, clinicName: draft.clinicName })}>
          Reset step texts
        </button>
        <span className="settings-spacer" />
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            saveSettings(draft);
            onClose();
          }}
        >
          Save settings
        </button>
      </div>
    </dialog>
  );
}

export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Clinic name and the patient view's texts">
        Settings
      </button>
      {open ? <SettingsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
