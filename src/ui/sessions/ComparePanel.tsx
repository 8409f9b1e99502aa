// Compare two sessions: the markers are coloured by change (legend with counts), and a summary table gives
// points, mean pain, kinds and statuses side by side, then points and mean pain by region.

import { useMemo } from 'react';
import { useEditor, useEditorState } from '../../store/context';
import { CHANGES, CHANGE_COLORS, CHANGE_LABELS, compareSessions, PAIN_CHANGE } from '../../model/compare';
import { sessionById, sessionTitle, STATUS_LABELS } from '../../model/sessions';
import { POINT_STATUSES, TRIGGER_POINT_KINDS, type Session } from '../../model/types';
import { KIND_LABELS } from '../../model/labels';
import { useSessions } from './use-session';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const painText = (value: number | null) => (value === null ? '–' : value.toFixed(1));

function SessionSelect(props: { label: string; value: string; sessions: readonly Session[]; onChange: (id: string) => void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {sessionTitle(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ComparePanel() {
  const editor = useEditor();
  const doc = useEditorState((s) => s.doc);
  const compare = useEditorState((s) => s.sessionView.compare);
  const sessions = useSessions();
  const from = doc && compare ? sessionById(doc, compare.from) : undefined;
  const to = doc && compare ? sessionById(doc, compare.to) : undefined;
  const comparison = useMemo(() => (doc && from && to ? compareSessions(doc, from, to) : null), [doc, from, to]);
  if (!compare || !doc) return null;

  const choose = (which: 'from' | 'to', id: string) => editor.setSessionView({ compare: { ...compare, [which]: id } });
  const a = comparison?.summaryFrom;
  const b = comparison?.summaryTo;
  return (
    <section aria-labelledby="compare-heading" className="panel compare">
      <div className="panel-title">
        <h2 id="compare-heading">Compare sessions</h2>
        <button type="button" onClick={() => editor.setSessionView({ compare: null })}>
          Close compare
        </button>
      </div>
      <div className="compare-pick">
        <SessionSelect label="From" value={compare.from} sessions={sessions} onChange={(id) => choose('from', id)} />
        <SessionSelect label="To" value={compare.to} sessions={sessions} onChange={(id) => choose('to', id)} />
      </div>
      {!comparison || !a || !b ? (
        <p className="muted">Choose two sessions.</p>
      ) : (
        <>
          <ul className="change-legend" aria-label="Change since the earlier session">
            {CHANGES.map((change) => (
              <li key={change}>
                <span className="kind-swatch" style={{ background: CHANGE_COLORS[change] }} aria-hidden="true" />
                {CHANGE_LABELS[change]}: {comparison.counts[change]}
              </li>
            ))}
          </ul>
          <p className="muted">
            Better or worse: pain changed by {PAIN_CHANGE} or more (or the pressure pain threshold, where pain was not rated in both).
          </p>
          <table aria-label="Session summary" className="compare-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Session {comparison.from.number}</th>
                <th scope="col">Session {comparison.to.number}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Points</th>
                <td>{a.points}</td>
                <td>{b.points}</td>
              </tr>
              <tr>
                <th scope="row">Assessed</th>
                <td>{a.assessed}</td>
                <td>{b.assessed}</td>
              </tr>
              <tr>
                <th scope="row">Mean pain</th>
                <td>{painText(a.meanPain)}</td>
                <td>{painText(b.meanPain)}</td>
              </tr>
              {TRIGGER_POINT_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{capitalise(KIND_LABELS[kind])}</th>
                  <td>{a.byKind[kind]}</td>
                  <td>{b.byKind[kind]}</td>
                </tr>
              ))}
              {POINT_STATUSES.map((status) => (
                <tr key={status}>
                  <th scope="row">{capitalise(STATUS_LABELS[status])}</th>
                  <td>{a.byStatus[status]}</td>
                  <td>{b.byStatus[status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table aria-label="Points by region" className="compare-table">
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Points {comparison.from.number} → {comparison.to.number}</th>
                <th scope="col">Mean pain {comparison.from.number} → {comparison.to.number}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.regions.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>
                    {row.from} → {row.to}
                  </td>
                  <td>
                    {painText(row.meanPainFrom)} → {painText(row.meanPainTo)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
