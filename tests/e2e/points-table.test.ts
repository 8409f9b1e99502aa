// Issue point 9: the Points table lists every point's region, side, layer, kind and pain in order, and
// selecting a row selects that point (the inspector shows it).

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { expectedRegionName, layerLabel, normalise } from './harness/expectations';
import { painOf } from './harness/readings';

describe('points table', () => {
  const browser = useBrowserSuite();

  it('lists each point and selects the point of a clicked row', async () => {
    const editor = await browser.openEditor();
    const opened = await editor.document();
    const points = pointsInOrder(opened);

    const headers = await editor.pointsHeaders();
    const columns = ['Region', 'Side', 'Layer', 'Kind', 'Pain'].map((c) => headers.indexOf(c));
    expect(columns.every((c) => c >= 0), `headers ${headers.join(', ')}`).toBe(true);
    expect([...columns].sort((a, b) => a - b)).toEqual(columns);

    const rows = await editor.pointsRows();
    expect(rows).toHaveLength(points.length);
    rows.forEach((row, i) => {
      const point = points[i];
      if (!point) throw new Error(`no point for row ${i}`);
      expect(normalise(row.Region ?? '')).toContain(expectedRegionName(point.region));
      expect(normalise(row.Side ?? '')).toBe(point.side);
      expect(normalise(row.Layer ?? '')).toBe(normalise(layerLabel(point.anchor.layer)));
      expect(normalise(row.Kind ?? '')).toBe(point.kind);
      // A pain not yet asked shows no number (a dash or nothing).
      const pain = painOf(opened, point.id);
      expect((row.Pain ?? '').replace(/[^0-9]/g, '')).toBe(pain == null ? '' : String(pain));
    });

    const index = 2;
    const chosen = points[index];
    if (!chosen) throw new Error('the demo map has fewer than three points');
    await editor.selectPointRow(index);
    await expect.poll(() => editor.selection()).toBe(chosen.id);
    for (let i = 0; i < points.length; i++) expect(await editor.pointsRowSelected(i), `row ${i} selected`).toBe(i === index);
    expect(normalise(await editor.inspectorHeading())).toContain(`${expectedRegionName(chosen.region)} (${chosen.side})`);

    // The table follows edits made in the inspector.
    const chosenPain = painOf(opened, chosen.id);
    await editor.setPain(chosenPain === 7 ? 3 : 7);
    const pain = chosenPain === 7 ? '3' : '7';
    await expect.poll(async () => (await editor.pointsRows())[index]?.Pain).toBe(pain);
  });
});
