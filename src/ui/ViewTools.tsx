// Tools for looking inside the body: what a click does (place or explore), the peel slider that fades
// the outer layers in order, the x-ray lens and a horizontal cross-section.

import { layerById } from '../anatomy/layers';
import { useEditor, useEditorState } from '../store/context';
import { PEEL_MAX, peelLevelLayer } from '../store/layer-view';
import type { Tool } from '../store/editor-store';

const TOOLS: readonly { tool: Tool; label: string }[] = [
  { tool: 'place', label: 'Place points' },
  { tool: 'explore', label: 'Explore regions' },
  { tool: 'paint', label: 'Paint pain zones' },
];

export function ViewTools() {
  const editor = useEditor();
  const tool = useEditorState((s) => s.tool);
  const peel = useEditorState((s) => s.peel);
  const lens = useEditorState((s) => s.lens);
  const crossSection = useEditorState((s) => s.crossSection);
  const peelName = layerById(peelLevelLayer(peel)).label.toLowerCase();

  return (
    <section aria-labelledby="view-tools-heading" className="panel">
      <h2 id="view-tools-heading">Look inside</h2>
      <fieldset role="radiogroup" aria-label="Tool" className="tool-field">
        <legend>A click on the body will…</legend>
        {TOOLS.map(({ tool: value, label }) => (
          <label key={value}>
            <input type="radio" name="tool" checked={tool === value} onChange={() => editor.setTool(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Peel (down to the {peelName})
        <input
          type="range"
          min={0}
          max={PEEL_MAX}
          step={0.05}
          value={peel}
          aria-label="Peel"
          aria-valuetext={`down to the ${peelName}`}
          onChange={(e) => editor.setPeel(Number(e.target.value))}
        />
      </label>
      <label className="check-row">
        <input type="checkbox" checked={lens.enabled} onChange={(e) => editor.setLens({ enabled: e.target.checked })} />
        X-ray lens
      </label>
      {lens.enabled ? (
        <label className="field">
          Lens size
          <input type="range" min={40} max={260} step={10} value={lens.radius} aria-label="Lens size" onChange={(e) => editor.setLens({ radius: Number(e.target.value) })} />
        </label>
      ) : null}
      <label className="check-row">
        <input type="checkbox" checked={crossSection.enabled} onChange={(e) => editor.setCrossSection({ enabled: e.target.checked })} />
        Cross-section
      </label>
      {crossSection.enabled ? (
        <label className="field">
          Cut height ({Math.round(crossSection.height * 100)} cm)
          <input
            type="range"
            min={0.72}
            max={1.58}
            step={0.01}
            value={crossSection.height}
            aria-label="Cross-section height"
            aria-valuetext={`${Math.round(crossSection.height * 100)} centimetres above the floor`}
            onChange={(e) => editor.setCrossSection({ height: Number(e.target.value) })}
          />
        </label>
      ) : null}
    </section>
  );
}
