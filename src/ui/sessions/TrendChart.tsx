// A point's trend over all sessions: pain (0-10) and pressure pain threshold (kg/cm²) as a small chart
// with dates, and the same numbers as a table so they can be read without seeing the chart.

import { useMemo } from 'react';
import { trendOf, type TrendEntry } from '../../model/compare';
import { formatSessionDate, STATUS_LABELS } from '../../model/sessions';
import type { MapDocument, Session, TriggerPoint } from '../../model/types';

const WIDTH = 300;
const HEIGHT = 120;
const PAD = { left: 26, right: 30, top: 10, bottom: 22 };

function linePath(entries: readonly TrendEntry[], x: (i: number) => number, y: (e: TrendEntry) => number | null): string {
  let path = '';
  let pen = false;
  entries.forEach((entry, i) => {
    const value = y(entry);
    if (value === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${value.toFixed(1)} `;
    pen = true;
  });
  return path.trim();
}

function describe(entries: readonly TrendEntry[]): string {
  const pains = entries.map((e) => (e.pain === null ? 'not rated' : String(e.pain)));
  return `Pain by session: ${pains.join(', ')}`;
}

export function TrendChart({ doc, sessions, point }: { doc: MapDocument; sessions: readonly Session[]; point: TriggerPoint }) {
  const entries = useMemo(() => trendOf(doc, sessions, point), [doc, sessions, point]);
  if (entries.length === 0) return null;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (entries.length === 1 ? innerW / 2 : (i * innerW) / (entries.length - 1));
  const pptMax = Math.max(1, ...entries.map((e) => e.ppt ?? 0)) * 1.2;
  const painY = (e: TrendEntry) => (e.pain === null ? null : PAD.top + innerH * (1 - e.pain / 10));
  const pptY = (e: TrendEntry) => (e.ppt === null ? null : PAD.top + innerH * (1 - e.ppt / pptMax));
  const hasPpt = entries.some((e) => e.ppt !== null);
  return (
    <section aria-label="Trend" className="trend">
      <h3>Trend over sessions</h3>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={describe(entries)}>
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + innerH} className="trend-axis" />
        <line x1={PAD.left} y1={PAD.top + innerH} x2={PAD.left + innerW} y2={PAD.top + innerH} className="trend-axis" />
        <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" className="trend-tick">10</text>
        <text x={PAD.left - 4} y={PAD.top + innerH} textAnchor="end" className="trend-tick">0</text>
        {hasPpt ? (
          <text x={WIDTH - 2} y={PAD.top + 4} textAnchor="end" className="trend-tick trend-ppt-text">
            {pptMax.toFixed(1)}
          </text>
        ) : null}
        <path d={linePath(entries, x, painY)} className="trend-pain" fill="none" />
        {hasPpt ? <path d={linePath(entries, x, pptY)} className="trend-ppt" fill="none" /> : null}
        {entries.map((e, i) => {
          const py = painY(e);
          const ty = pptY(e);
          return (
            <g key={e.session.id}>
              {py !== null ? <circle cx={x(i)} cy={py} r={3.5} className="trend-pain-dot" /> : null}
              {ty !== null ? <rect x={x(i) - 3} y={ty - 3} width={6} height={6} className="trend-ppt-dot" /> : null}
              <text x={x(i)} y={HEIGHT - 6} textAnchor="middle" className="trend-tick">
                {formatSessionDate(e.session.date).replace(/ \d{4}$/, '')}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="trend-key muted">
        <span className="trend-key-pain">●</span> pain (0-10){hasPpt ? <> · <span className="trend-key-ppt">■</span> PPT (kg/cm², right)</> : null}
      </p>
      <table aria-label="Readings by session" className="trend-table">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Date</th>
            <th scope="col">Pain</th>
            <th scope="col">PPT</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.session.id}>
              <td>{e.session.number}</td>
              <td>{formatSessionDate(e.session.date)}</td>
              <td>{e.pain ?? '–'}</td>
              <td>{e.ppt ?? '–'}</td>
              <td>{STATUS_LABELS[e.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
