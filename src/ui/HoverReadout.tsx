// The cursor preview: with the place tool, the structure and layer a click here would place a point on (or
// why it would not); exploring, the structure under the pointer.

import { regionLabel } from '../model/labels';
import { regionById } from '../anatomy/regions';
import { layerById } from '../anatomy/layers';
import { useEditorState } from '../store/context';

export function HoverReadout() {
  const tool = useEditorState((s) => s.tool);
  const hover = useEditorState((s) => s.hoverRegion);
  const preview = useEditorState((s) => s.placePreview);
  const penLayer = useEditorState((s) => s.penLayer);
  if (penLayer) {
    return (
      <p className="hover-readout pen-readout" aria-live="polite">
        Pen pressure: {layerById(penLayer).label}
      </p>
    );
  }
  if (tool === 'place' && preview) {
    return (
      <p className={preview.kind === 'miss' ? 'hover-readout hover-miss' : 'hover-readout'} aria-live="off">
        {preview.kind === 'place' ? (
          <>
            Places on {regionLabel(preview.region, preview.side)} · {layerById(preview.layer).label}
          </>
        ) : (
          preview.reason
        )}
      </p>
    );
  }
  const region = hover ? regionById(hover) : undefined;
  if (!region) return null;
  return (
    <p className="hover-readout" aria-live="off">
      {regionLabel(region.id, region.side)}
    </p>
  );
}
