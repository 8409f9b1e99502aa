// The Export menu: JSON (with or without history, anonymised or not), an image of the view with the map
// inside, the four-view sheet, the print report and a FHIR bundle. Each item opens one dialog with its
// options, which is also the one confirmation an export of identifiable data asks for. The code that renders
// and writes the files is loaded only when an export runs.

import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '../../store/context';
import { useViewportHandle } from '../../scene/viewport-context';
import { isIdentifiable } from '../../io/export-variants';
import { exportFileName } from '../../io/export';
import { currentSession } from '../../model/sessions';
import type { MapDocument } from '../../model/types';
import { downloadBytes, downloadText } from '../file-io';
import './export.css';

const ReportView = lazy(() => import('./ReportView'));

export type ExportKind = 'png' | 'sheet' | 'report' | 'fhir' | 'json';

export const EXPORT_ITEMS: readonly { kind: ExportKind; label: string; what: string }[] = [
  { kind: 'png', label: 'Image (PNG)', what: 'The current view as an image, with a legend. Importing the image opens the map again.' },
  { kind: 'sheet', label: 'Four-view sheet', what: 'Front, back, left and right in one image, the points numbered, with a legend table.' },
  { kind: 'report', label: 'Report', what: 'A page to print or save as PDF for the patient’s file.' },
  { kind: 'fhir', label: 'FHIR bundle', what: 'A FHIR R4 bundle (JSON) for a clinic record system: one observation per reading.' },
  { kind: 'json', label: 'JSON', what: 'The map as a Fascia Map file, to archive or to open in another browser.' },
];

function baseName(doc: MapDocument, anonymise: boolean): string {
  const named = anonymise ? { ...doc, label: '' } : doc;
  return exportFileName(named, new Date(`${currentSession(doc).date}T12:00:00`)).replace(/\.fascia-map\.json$/, '');
}

function ExportDialog({ kind, onClose, onReport }: { kind: ExportKind; onClose: () => void; onReport: (anonymise: boolean) => void }) {
  const editor = useEditor();
  const viewport = useViewportHandle();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const item = EXPORT_ITEMS.find((i) => i.kind === kind)!;
  const [anonymise, setAnonymise] = useState(false);
  const [history, setHistory] = useState(false);
  const initialWidth = Math.min(3840, Math.round(viewport?.current?.size().width ?? 1280));
  const [width, setWidth] = useState(String(initialWidth));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const doc = editor.store.getState().doc;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  if (!doc) return null;
  const identifiable = isIdentifiable(doc, { anonymise });
  const widthNumber = Number(width);
  const widthOk = Number.isInteger(widthNumber) && widthNumber >= 320 && widthNumber <= 3840;

  async function run() {
    if (!doc) return;
    setProblem(null);
    if (kind === 'report') {
      onReport(anonymise);
      onClose();
      return;
    }
    const api = viewport?.current ?? null;
    if ((kind === 'png' || kind === 'sheet') && !api) {
      setProblem('The 3D view is not ready yet; try again in a moment.');
      return;
    }
    setBusy(true);
    try {
      const render = await import('./render-exports');
      const name = baseName(doc, anonymise);
      if (kind === 'json') {
        downloadText(render.jsonExport(doc, editor.store.getState().history, { history, anonymise }), `${name}.fascia-map.json`);
      } else if (kind === 'fhir') {
        downloadText(render.fhirExport(doc, anonymise), `${name}.fhir.json`, 'application/fhir+json');
      } else if (kind === 'png' && api) {
        const size = api.size();
        const height = Math.round(widthNumber * (size.height / Math.max(1, size.width)));
        const canvas = render.renderViewImage(api, anonymise ? { ...doc, label: '' } : doc, widthNumber, height);
        downloadBytes(await render.pngWithMap(canvas, doc, anonymise), `${name}.png`, 'image/png');
      } else if (kind === 'sheet' && api) {
        const canvas = render.renderFourViewSheet(api, anonymise ? { ...doc, label: '' } : doc);
        downloadBytes(await render.pngWithMap(canvas, doc, anonymise), `${name}-four-views.png`, 'image/png');
      }
      onClose();
    } catch (error) {
      setProblem(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>Export {item.label}</h2>
      <p>{item.what}</p>
      {kind === 'png' ? (
        <label className="export-field">
          Width in pixels (320 to 3840)
          <input type="number" min={320} max={3840} step={1} value={width} onChange={(e) => setWidth(e.target.value)} aria-invalid={!widthOk} />
        </label>
      ) : null}
      {kind === 'json' ? (
        <label className="export-check">
          <input type="checkbox" checked={history && !anonymise} disabled={anonymise} onChange={(e) => setHistory(e.target.checked)} />
          Include the undo history
        </label>
      ) : null}
      <label className="export-check">
        <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
        Anonymise (leave out the label, notes, session notes and home-care text)
      </label>
      {identifiable ? (
        <p className="export-warning" role="note">
          This export identifies the patient: it carries the map’s label{kind === 'fhir' ? '' : ' and any notes'}. Keep it where health records belong.
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <div className="export-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || (kind === 'png' && !widthOk)} onClick={() => void run()}>
          {busy ? 'Exporting…' : identifiable ? 'Export with patient data' : 'Export'}
        </button>
      </div>
    </dialog>
  );
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ExportKind | null>(null);
  const [report, setReport] = useState<{ anonymise: boolean } | null>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  // Ctrl/Cmd+E opens the JSON export's dialog (its one confirmation) instead of writing the file at once; the
  // editor's shortcut handler skips a key whose default was prevented.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        setOpen(false);
        setKind('json');
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    }
  }

  return (
    <div className="export-menu">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} onClick={() => setOpen((o) => !o)} title="Export the map as an image, sheet, report, FHIR bundle or JSON file">
        Export
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKey}>
          {EXPORT_ITEMS.map((item) => (
            <li key={item.kind} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false);
                  setKind(item.kind);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {kind ? <ExportDialog kind={kind} onClose={() => setKind(null)} onReport={(anonymise) => setReport({ anonymise })} /> : null}
      {report ? (
        <Suspense fallback={<p role="status">Preparing the report…</p>}>
          <ReportView anonymise={report.anonymise} onClose={() => setReport(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
