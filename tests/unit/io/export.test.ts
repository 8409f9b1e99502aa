// exportMap writes the strict current format; importing it gives the same map back.
import { describe, expect, it } from 'vitest';
import { exportFileName, exportMap } from '../../../src/io/export';
import { importMap } from '../../../src/io/import';
import { FILE_FORMAT, SCHEMA_VERSION } from '../../../src/io/format';
import { applyEdit } from '../../../src/history/history';
import { setFinding, setKind, setNotes } from '../../../src/model/operations';
import type { MapDocument } from '../../../src/model/types';
import { testMap, testPoint } from '../../fixtures/maps';

const NOW = new Date(2026, 10, 29, 14, 5);

describe('exportMap', () => {
  it('writes the envelope and the map', () => {
    const file = JSON.parse(exportMap(testMap(1), NOW));
    expect(file).toEqual({ format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: NOW.toISOString(), map: testMap(1) });
  });

  it('writes only the fields of the schema, points in list order', () => {
    const stray = { ...testPoint('b', { order: 'a0' }), colour: 'red' };
    const doc = { ...testMap(), extra: 1, points: { c: testPoint('c', { order: 'a2' }), b: stray } } as MapDocument;
    const file = JSON.parse(exportMap(doc, NOW));
    expect(Object.keys(file.map.points)).toEqual(['b', 'c']);
    expect(file.map).not.toHaveProperty('extra');
    expect(file.map.points.b).not.toHaveProperty('colour');
  });

  it('round-trips: importMap(exportMap(doc)) equals doc', () => {
    let doc: MapDocument = { ...testMap(5), label: 'Démo patient «B» — low back' };
    for (const edit of [setKind('p1', 'active'), setFinding('p2', 'tautBand', true), setNotes('p3', 'line 1\nline 2 <b>"quoted"</b> ü')]) {
      doc = applyEdit(doc, edit, { id: 'e', at: 'now' })!.doc;
    }
    expect(importMap(exportMap(doc, NOW))).toEqual({ ok: true, doc });
    expect(importMap(exportMap(testMap(0), NOW))).toEqual({ ok: true, doc: testMap(0) });
  });
});

describe('exportFileName', () => {
  it('is the label in plain letters and the local date', () => {
    expect(exportFileName({ ...testMap(), label: 'Demo patient, low back' }, NOW)).toBe('demo-patient-low-back-2026-11-29.fascia-map.json');
    expect(exportFileName({ ...testMap(), label: 'Zoë  Müller / Rücken!' }, NOW)).toBe('zoe-muller-rucken-2026-11-29.fascia-map.json');
  });

  it('falls back to "map" and keeps names short', () => {
    expect(exportFileName({ ...testMap(), label: '***' }, NOW)).toBe('map-2026-11-29.fascia-map.json');
    expect(exportFileName({ ...testMap(), label: 'a'.repeat(200) }, NOW)).toBe(`${'a'.repeat(60)}-2026-11-29.fascia-map.json`);
  });
});
