// Names the structure under the pointer on the active layer, so the therapist knows where a click lands.

import { regionLabel } from '../model/labels';
import { regionById } from '../anatomy/regions';
import { useEditorState } from '../store/context';

export function HoverReadout() {
  const hover = useEditorState((s) => s.hoverRegion);
  const region = hover ? regionById(hover) : undefined;
  return <p className="hover-readout" aria-live="off">{region ? regionLabel(region.id, region.side) : '\u00a0'}</p>;
}
