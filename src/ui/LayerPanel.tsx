// The layer list: show, hide and fade each layer, and choose the active layer that clicks place points on.

import { LAYERS } from '../anatomy/layers';
import { useEditor, useEditorState } from '../store/context';

export function LayerPanel() {
  const editor = useEditor();
  const layers = useEditorState((s) => s.layers);
  const activeLayer = useEditorState((s) => s.activeLayer);

  return (
    <section aria-labelledby="layers-heading" className="panel">
      <h2 id="layers-heading">Layers</h2>
      <ul className="layer-list">
        {LAYERS.map((layer) => {
          const view = layers[layer.id];
          return (
            <li key={layer.id} className="layer-row">
              <label className="layer-visible">
                <input type="checkbox" checked={view.visible} onChange={(e) => editor.setLayerVisible(layer.id, e.target.checked)} />
                <span className="layer-swatch" style={{ background: layer.color }} aria-hidden="true" />
                {layer.label}
              </label>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round(view.opacity * 100)}
                aria-label={`${layer.label} opacity`}
                aria-valuetext={`${Math.round(view.opacity * 100)} %`}
                onChange={(e) => editor.setLayerOpacity(layer.id, Number(e.target.value) / 100)}
              />
            </li>
          );
        })}
      </ul>
      <fieldset role="radiogroup" aria-label="Active layer" className="active-layer">
        <legend>Active layer (clicks place points here)</legend>
        {LAYERS.map((layer) => (
          <label key={layer.id}>
            <input type="radio" name="active-layer" value={layer.id} checked={activeLayer === layer.id} onChange={() => editor.setActiveLayer(layer.id)} />
            {layer.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
