// Issue point 8: Export downloads the map as a .fascia-map.json file that Import reads back to the same
// map; a file the app cannot use is refused with an alert naming the problem, and the open map stays as it was.

import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model/types';
import { SCHEMA_VERSION } from '../../src/io/format';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { withoutId } from './harness/expectations';

interface ExportFile {
  format: string;
  schemaVersion: number;
  exportedAt: string;
  map: MapDocument;
}

describe('export and import', () => {
  const browser = useBrowserSuite();

  it('exports the map and imports it back unchanged', async () => {
    const editor = await browser.openEditor();
    const doc = await editor.document();

    const exported = await editor.exportMap();
    expect(exported.fileName).toMatch(/\.fascia-map\.json$/);
    const file = JSON.parse(exported.text) as ExportFile;
    expect(file.format).toBe('fascia-map');
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
    expect(file.map).toEqual(doc);

    // Change the open map, then bring the exported one back.
    await editor.selectPointRow(0);
    await editor.deletePoint();
    await editor.waitForDocument((d) => Object.keys(d.points).length === 3, 'the point to be deleted');

    await editor.importFile(exported.text, exported.fileName);
    const imported = await editor.waitForDocument((d) => Object.keys(d.points).length === 4, 'the imported map');
    expect(withoutId(imported)).toEqual(withoutId(file.map));
    await expect(editor.importInput().getAttribute('accept')).resolves.toMatch(/\.json|application\/json/);
  });

  it('refuses broken, foreign, out-of-range and newer files and keeps the open map', async () => {
    const editor = await browser.openEditor();
    const before = await editor.document();
    const exported = await editor.exportMap();
    const file = JSON.parse(exported.text) as ExportFile;
    const first = pointsInOrder(file.map)[0];
    if (!first) throw new Error('the demo map has no points');

    const notJson = await editor.importRefusedFile('{"format": "fascia-map", "schemaVersion": 1, "map": {', 'broken.fascia-map.json');
    expect(notJson).toMatch(/import/i);
    expect(await editor.document()).toEqual(before);

    const foreign = await editor.importRefusedFile(JSON.stringify({ type: 'FeatureCollection', features: [] }), 'shapes.json');
    expect(foreign).toMatch(/import/i);
    expect(foreign).toMatch(/format|fascia/i);
    expect(await editor.document()).toEqual(before);

    const reading = { ...first.readings[first.session]!, pain: 12 };
    const painful = { ...file, map: { ...file.map, points: { ...file.map.points, [first.id]: { ...first, readings: { ...first.readings, [first.session]: reading } } } } };
    const pain = await editor.importRefusedFile(JSON.stringify(painful), 'pain.fascia-map.json');
    expect(pain).toContain(`map.points.${first.id}.readings.${first.session}.pain`);
    expect(pain).toContain('12');
    expect(await editor.document()).toEqual(before);

    const newer = await editor.importRefusedFile(JSON.stringify({ ...file, schemaVersion: SCHEMA_VERSION + 1 }), 'newer.fascia-map.json');
    expect(newer).toMatch(/newer|version/i);
    expect(await editor.document()).toEqual(before);

    // The app is still usable: it exports the same map as before.
    const again = JSON.parse((await editor.exportMap()).text) as ExportFile;
    expect(again.map).toEqual(before);
  });
});
