// Finds a region by name or abbreviation ("quadratus", "QL", "trap") and turns the camera to it.

import { useId, useState } from 'react';
import { searchRegions } from '../anatomy/search';
import { layerById } from '../anatomy/layers';
import { regionLabel } from '../model/labels';
import { useEditor } from '../store/context';

export function RegionSearch() {
  const editor = useEditor();
  const [query, setQuery] = useState('');
  const resultsId = useId();
  const results = query.trim() ? searchRegions(query, 8) : [];

  return (
    <section aria-labelledby="region-search-heading" className="panel">
      <h2 id="region-search-heading">Find a region</h2>
      <input
        type="search"
        value={query}
        placeholder="e.g. quadratus, QL, trap"
        aria-label="Find a region"
        aria-controls={resultsId}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = results[0];
          if (e.key === 'Enter' && first) editor.selectRegion(first.id, { focus: true });
        }}
      />
      <ul id={resultsId} aria-label="Matching regions" className="search-results">
        {query.trim() && results.length === 0 ? <li className="muted">No region matches “{query}”.</li> : null}
        {results.map((region) => (
          <li key={region.id}>
            <button type="button" onClick={() => editor.selectRegion(region.id, { focus: true })}>
              {regionLabel(region.id, region.side)} <span className="muted">· {layerById(region.layer).label}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
