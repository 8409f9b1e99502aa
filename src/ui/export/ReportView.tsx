// The print report: a page styled for paper (the browser prints it to PDF) with the clinic, the patient's
// label, the session, the four views with numbered points, the points table with the change since the
// previous session, zones, techniques and home care. Built with React elements only: notes and labels are
// text, never HTML. Loaded only when a report is asked for.

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditorState } from '../../store/context';
import { useViewportHandle } from '../../scene/viewport-context';
import { useSettings } from '../../settings/settings';
import { anonymiseMap } from '../../io/export-variants';
import { currentSession, formatSessionDate, readingIn, sessionsInOrder, STATUS_LABELS } from '../../model/sessions';
import { changeOf, CHANGE_LABELS } from '../../model/compare';
import { KIND_LABELS, regionLabel, regionName } from '../../model/labels';
import { layerById } from '../../anatomy/layers';
import { numberedPoints, renderNumberedViews } from './render-exports';

function ViewCanvas({ canvas, title }: { canvas: HTMLCanvasElement; title: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${title} view with numbered points`);
    element.replaceChildren(canvas);
  }, [canvas, title]);
  return (
    <figure className="report-view">
      <div ref={holder} />
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export default function ReportView({ anonymise, onClose }: { anonymise: boolean; onClose: () => void }) {
  const source = useEditorState((s) => s.doc);
  const clinic = useSettings((s) => s.clinicName);
  const viewport = useViewportHandle();
  const [views, setViews] = useState<{ title: string; canvas: HTMLCanvasElement }[]>([]);
  const doc = source && anonymise ? anonymiseMap(source) : source;

  useEffect(() => {
    document.documentElement.classList.add('report-open');
    return () => document.documentElement.classList.remove('report-open');
  }, []);

  useEffect(() => {
    const api = viewport?.current;
    if (!api || !doc) return;
    setViews(renderNumberedViews(api, doc, 600, 700).views);
    // Rendered once per report: the map does not change while the report is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewport]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  if (!doc) return null;
  const sessions = sessionsInOrder(doc);
  const session = currentSession(doc);
  const previous = sessions.length > 1 ? sessions[sessions.length - 2] : undefined;
  const points = numberedPoints(doc);
  const zones = Object.values(doc.zones).filter((z) => z.session === session.id);
  const numberOf = new Map(points.map(({ number, point }) => [point.id, number]));
  const techniques = [...new Set(points.flatMap(({ point }) => readingIn(point, session.id).techniques))];

  return createPortal(
    <div className="report-root" role="region" aria-label="Report">
      <div className="report-toolbar" role="toolbar" aria-label="Report">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={onClose}>
          Close report
        </button>
      </div>
      <article className="report-page">
        <header className="report-header">
          {clinic ? <p className="report-clinic">{clinic}</p> : null}
          <h1>Trigger-point map{doc.label ? `: ${doc.label}` : ''}</h1>
          <p>
            Session {session.number}, {formatSessionDate(session.date)}
            {previous ? ` · compared with session ${previous.number}, ${formatSessionDate(previous.date)}` : ''}
          </p>
        </header>
        <section className="report-views" aria-label="Four views">
          {views.map((v) => (
            <ViewCanvas key={v.title} canvas={v.canvas} title={v.title} />
          ))}
        </section>
        <section aria-labelledby="report-points">
          <h2 id="report-points">Trigger points</h2>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Region</th>
                <th scope="col">Side</th>
                <th scope="col">Layer</th>
                <th scope="col">Kind</th>
                <th scope="col">Pain (0-10)</th>
                <th scope="col">PPT (kg/cm²)</th>
                <th scope="col">Status</th>
                <th scope="col">Change since previous session</th>
              </tr>
            </thead>
            <tbody>
              {points.map(({ number, point }) => {
                const r = readingIn(point, session.id);
                return (
                  <tr key={point.id}>
                    <td>{number}</td>
                    <td>{regionName(point.region)}</td>
                    <td>{point.side}</td>
                    <td>{layerById(point.anchor.layer).label}</td>
                    <td>{KIND_LABELS[point.kind]}</td>
                    <td>{r.pain ?? '–'}</td>
                    <td>{r.ppt ?? '–'}</td>
                    <td>{STATUS_LABELS[r.status]}</td>
                    <td>{previous ? CHANGE_LABELS[changeOf(doc, point, previous, session)] : 'first session'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {points.length === 0 ? <p>No trigger points recorded.</p> : null}
        </section>
        <section aria-labelledby="report-zones">
          <h2 id="report-zones">Referred-pain zones</h2>
          {zones.length === 0 ? (
            <p>No zones painted in this session.</p>
          ) : (
            <ul>
              {zones.map((zone, i) => (
                <li key={zone.id}>
                  Zone {i + 1}
                  {zone.points.length > 0
                    ? `: pain referred from ${zone.points
                        .map((id) => doc.points[id])
                        .filter((p) => p !== undefined)
                        .map((p) => `point ${numberOf.get(p.id)} (${regionLabel(p.region, p.side)})`)
                        .join(', ')}`
                    : ': not linked to a point'}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="report-techniques">
          <h2 id="report-techniques">Techniques used in this session</h2>
          {techniques.length === 0 ? <p>None recorded.</p> : <p>{techniques.join(', ')}</p>}
        </section>
        <section aria-labelledby="report-home-care">
          <h2 id="report-home-care">Home care</h2>
          {doc.homeCare.length === 0 ? (
            <p>No home-care advice recorded.</p>
          ) : (
            <ul>
              {doc.homeCare.map((advice, i) => (
                <li key={i}>{advice}</li>
              ))}
            </ul>
          )}
        </section>
        {session.note && !anonymise ? (
          <section aria-labelledby="report-note">
            <h2 id="report-note">Session note</h2>
            <p className="report-note">{session.note}</p>
          </section>
        ) : null}
      </article>
    </div>,
    document.body,
  );
}
