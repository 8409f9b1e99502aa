// Names the structure under the pointer on the active layer, so the therapist knows where a click lands.

import { regionLabel } from '../model/labels';
import { regionById } from '../anatomy/regions';
import { useEditorState } from '../store/context';

export function HoverReadout() {
  const hover = useEditorState((s) => s.hoverRegion);
  const region = hover ? regionById(hover) : undefined;
  if (!region) return null;
  return (
    <p className="hover-readout" aria-live="off">
      {regionLabel(region.id, region.side)}
    </p>
  );
}
