// What the colours in the view mean: marker kinds (or, when comparing sessions, the change legend lives in
// the compare panel), painted referred-pain zones, and the hatched reference pattern, never a finding.

import { TRIGGER_POINT_KINDS } from '../model/types';
import { KIND_COLORS } from '../model/kind-colors';
import { useEditorState } from '../store/context';
import { regionName } from '../model/labels';
import { KIND_LABELS } from './Inspector';

export function Legend() {
  const comparing = useEditorState((s) => s.sessionView.compare !== null);
  const reference = useEditorState((s) => s.sessionView.reference);
  return (
    <section aria-labelledby="legend-heading" className="panel legend">
      <h2 id="legend-heading">Legend</h2>
      <ul>
        {comparing ? (
          <li>Markers: coloured by change (see Compare sessions)</li>
        ) : (
          TRIGGER_POINT_KINDS.map((kind) => (
            <li key={kind}>
              <span className="kind-swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
              {KIND_LABELS[kind]}
            </li>
          ))
        )}
        <li>
          <span className="zone-swatch" aria-hidden="true" />
          Referred-pain zone (painted)
        </li>
        {reference ? (
          <li>
            <span className="reference-swatch" aria-hidden="true" />
            Typical referral of {regionName(reference)}: reference, not a finding
          </li>
        ) : null}
      </ul>
    </section>
  );
}
