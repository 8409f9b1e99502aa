// JSON export options: anonymised files carry no label and no free text; the history option adds the undo
// history; both still import as a map.
import { describe, expect, it } from 'vitest';
import { anonymiseMap, exportMapWith, isIdentifiable } from '../../../../src/io/export-variants';
import { importMap } from '../../../../src/io/import';
import { applyEdit, emptyHistory, record } from '../../../../src/history/history';
import { setNotes } from '../../../../src/model/operations';
import type { MapDocument } from '../../../../src/model/types';
import { testMap } from '../../../fixtures/maps';

const NOW = new Date(2026, 10, 29, 14, 5);

function noted(): MapDocument {
  const doc = testMap(3, 'Mrs Example, Elm Street');
  const first = Object.keys(doc.sessions)[0]!;
  return { ...doc, sessions: { [first]: { ...doc.sessions[first]!, note: 'Felt better after the weekend in Rome' } }, homeCare: ['Ball against the wall at the office desk'] };
}

describe('JSON export options', () => {
  it('anonymised: no label, no point notes, no session notes, no home-care text; it still imports', () => {
    const doc = noted();
    const text = exportMapWith(doc, emptyHistory(), { history: true, anonymise: true }, NOW);
    for (const secret of ['Mrs Example', 'Elm Street', 'Rome', 'Point 1', 'office desk']) expect(text).not.toContain(secret);
    const file = JSON.parse(text);
    expect(file.map.label).toBe('');
    expect(file).not.toHaveProperty('history');
    const imported = importMap(text);
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.doc).toEqual(anonymiseMap(doc));
  });

  it('with history: the entries and cursor are in the file, which still imports', () => {
    const doc = noted();
    const applied = applyEdit(doc, setNotes('p0', 'tender'), { id: 'e1', at: NOW.toISOString() })!;
    const { history } = record(emptyHistory(), applied.entry, { cap: 100 });
    const file = JSON.parse(exportMapWith(applied.doc, history, { history: true, anonymise: false }, NOW));
    expect(file.history.cursor).toBe(1);
    expect(file.history.entries[0].label).toBe(applied.entry.label);
    expect(file.history.entries[0].patches.length).toBeGreaterThan(0);
    expect(importMap(JSON.stringify(file)).ok).toBe(true);
    const without = JSON.parse(exportMapWith(applied.doc, history, { history: false, anonymise: false }, NOW));
    expect(without).not.toHaveProperty('history');
  });

  it('knows when a file would identify the patient', () => {
    expect(isIdentifiable(noted(), { anonymise: false })).toBe(true);
    expect(isIdentifiable(noted(), { anonymise: true })).toBe(false);
    expect(isIdentifiable(anonymiseMap(noted()), { anonymise: false })).toBe(false);
  });
});
