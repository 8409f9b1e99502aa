// What the therapist (or patient) is looking at: the chosen region's name, layer, side, SNOMED CT code
// and typical referral pattern (as reference, never a diagnosis).

import { layerById } from '../anatomy/layers';
import { regionById } from '../anatomy/regions';
import { regionLabel } from '../model/labels';
import { useEditor, useEditorState } from '../store/context';

export function RegionCard() {
  const editor = useEditor();
  const regionId = useEditorState((s) => s.selectedRegion);
  const region = regionId ? regionById(regionId) : undefined;
  if (!region) return null;
  return (
    <section aria-label="Region details" className="panel region-card">
      <h2>{regionLabel(region.id, region.side)}</h2>
      <dl>
        <dt>Layer</dt>
        <dd>{layerById(region.layer).label}</dd>
        <dt>Side</dt>
        <dd>{region.side}</dd>
        <dt>SNOMED CT</dt>
        <dd>{region.snomed ?? 'no code recorded'}</dd>
        {region.referral ? (
          <>
            <dt>Typically refers pain to</dt>
            <dd>{region.referral} (reference, not a diagnosis)</dd>
          </>
        ) : null}
      </dl>
      <div className="row">
        <button type="button" onClick={() => editor.selectRegion(region.id, { focus: true })}>
          Show on body
        </button>
        <button type="button" onClick={() => editor.setActiveLayer(region.layer)}>
          Make {layerById(region.layer).label.toLowerCase()} active
        </button>
        <button type="button" onClick={() => editor.selectRegion(null)} aria-label="Close region details">
          Close
        </button>
      </div>
    </section>
  );
}
