// What the marker colours mean, next to the view.

import { TRIGGER_POINT_KINDS } from '../model/types';
import { KIND_COLORS } from '../model/kind-colors';
import { KIND_LABELS } from './Inspector';

export function Legend() {
  return (
    <section aria-labelledby="legend-heading" className="panel legend">
      <h2 id="legend-heading">Markers</h2>
      <ul>
        {TRIGGER_POINT_KINDS.map((kind) => (
          <li key={kind}>
            <span className="kind-swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
    </section>
  );
}
