// Issue 8: treatment sessions, a reading per point, compare, trend; referred-pain zones painted on the
// skin, linked to a point, undone and redone, kept over a reload; the exported file holds it all and
// imports back equal. Everything is done by role and name, as a therapist would.

import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model/types';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { withoutId } from './harness/expectations';

const sessionCount = (doc: MapDocument) => Object.keys(doc.sessions).length;
const latestSessionId = (doc: MapDocument) => Object.values(doc.sessions).sort((a, b) => b.number - a.number)[0]!.id;

describe('sessions and readings', () => {
  const browser = useBrowserSuite();

  it('starts the next session, records a reading, refuses pain 12, compares sessions and shows the trend', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    const opened = await editor.document();
    const before = sessionCount(opened);
    const ql = pointsInOrder(opened).findIndex((p) => p.region === 'quadratus-lumborum.left');
    const point = pointsInOrder(opened)[ql];
    if (!point) throw new Error('the demo map has no quadratus lumborum point');

    await page.getByRole('button', { name: 'Start next session' }).click();
    const started = await editor.waitForDocument((d) => sessionCount(d) === before + 1, 'the next session');
    const next = latestSessionId(started);
    expect(started.points[point.id]?.readings[next]).toBeUndefined();
    await expect.poll(() => page.getByRole('combobox', { name: 'Session', exact: true }).inputValue()).toBe(next);

    await editor.selectPointRow(ql);
    await expect.poll(() => editor.selection()).toBe(point.id);
    const reading = page.getByRole('group', { name: `Reading in session ${before + 1}` });
    await expect.poll(() => reading.getByRole('radio', { name: 'Not assessed' }).isChecked()).toBe(true);

    await editor.setPain(2);
    await page.getByLabel('Pressure pain threshold (kg/cm²)').fill('4.5');
    await page.getByLabel('Pressure pain threshold (kg/cm²)').blur();
    await reading.getByRole('checkbox', { name: 'Foam roller' }).check();
    const recorded = await editor.waitForDocument((d) => d.points[point.id]?.readings[next]?.techniques.includes('Foam roller') === true, 'the reading');
    expect(recorded.points[point.id]?.readings[next]).toEqual({ pain: 2, ppt: 4.5, status: 'present', techniques: ['Foam roller'] });

    // Out of range is refused at the field with a message, and nothing changes.
    const steps = (await editor.history()).cursor;
    await editor.painInput().fill('12');
    await expect.poll(() => editor.alertTexts()).toContainEqual(expect.stringMatching(/Pain is a whole number from 0 to 10; “12” was not saved/));
    await editor.painInput().blur();
    expect((await editor.document()).points[point.id]?.readings[next]?.pain).toBe(2);
    expect((await editor.history()).cursor).toBe(steps);

    // A session cannot be dated in the future.
    await page.getByLabel('Session date').fill('2199-01-01');
    await expect.poll(() => editor.alertTexts()).toContainEqual(expect.stringMatching(/cannot be dated in the future/));
    expect((await editor.document()).sessions[next]?.date).toBe(started.sessions[next]?.date);

    // The trend shows the readings of every session, oldest first.
    const trend = page.getByRole('table', { name: 'Readings by session' });
    await expect.poll(async () => (await trend.getByRole('row').allInnerTexts()).length).toBe(before + 2);
    const rows = await trend.getByRole('row').allInnerTexts();
    const pains = Object.values(recorded.sessions)
      .sort((a, b) => a.number - b.number)
      .map((s) => recorded.points[point.id]?.readings[s.id]?.pain ?? null);
    rows.slice(1).forEach((row, i) => expect(row.split('\t')[2]).toBe(String(pains[i] ?? '–')));

    // Compare the first session with the new one: the quadratus lumborum point got better (7 -> 2).
    await page.getByRole('button', { name: 'Compare sessions' }).click();
    const compare = page.getByRole('region', { name: 'Compare sessions' });
    await compare.getByRole('combobox', { name: 'From' }).selectOption(Object.values(recorded.sessions).find((s) => s.number === 1)!.id);
    const legend = compare.getByRole('list', { name: 'Change since the earlier session' });
    await expect.poll(() => legend.innerText()).toMatch(/Better: 1/);
    expect(await legend.innerText()).toMatch(new RegExp(`Not assessed in both: ${Object.keys(recorded.points).length - 1}`));
    const byRegion = compare.getByRole('table', { name: 'Points by region' });
    expect(await byRegion.getByRole('row', { name: /quadratus lumborum \(left\)/ }).innerText()).toMatch(/7\.0 → 2\.0/);
  });

  it('paints a zone, links it to a point, undoes and redoes the stroke, keeps it over a reload and exports it', async () => {
    const editor = await browser.openEditor();
    const page = editor.page;
    const opened = await editor.document();
    const zonesBefore = Object.keys(opened.zones).length;
    await editor.showView('Back');

    await page.getByRole('button', { name: 'Paint a zone' }).click();
    const from = await editor.screenPointFor({ layer: 'skin', angle: (-150 * Math.PI) / 180, height: 0.95 });
    const to = await editor.screenPointFor({ layer: 'skin', angle: (-140 * Math.PI) / 180, height: 0.88 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const painted = await editor.waitForDocument((d) => Object.keys(d.zones).length === zonesBefore + 1, 'the painted zone');
    const zone = Object.values(painted.zones).find((z) => !opened.zones[z.id]);
    if (!zone) throw new Error('no new zone');
    expect(zone.strokes).toHaveLength(1);
    expect(zone.points).toEqual([]);
    expect(zone.session).toBe(latestSessionId(painted));
    // Its share of the body surface is reported, on the back.
    const zonesPanel = page.getByRole('region', { name: /Referred pain/ });
    await expect.poll(() => zonesPanel.getByRole('list', { name: 'Zones' }).innerText()).toMatch(/back (\d+\.\d|< 0\.1) %/);

    // Link it to the right gluteus medius point.
    const gluteus = pointsInOrder(painted).findIndex((p) => p.region === 'gluteus-medius.right');
    const point = pointsInOrder(painted)[gluteus]!;
    await editor.selectPointRow(gluteus);
    // The new zone is the last one painted in the session.
    await zonesPanel.getByRole('button', { name: /^Link zone \d+ to gluteus medius \(right\)$/ }).last().click();
    await editor.waitForDocument((d) => d.zones[zone.id]?.points.includes(point.id) === true, 'the link');

    // Undo the link and the stroke; redo both.
    await editor.undo();
    await editor.waitForDocument((d) => d.zones[zone.id]?.points.length === 0, 'the link undone');
    await editor.undo();
    await editor.waitForDocument((d) => !d.zones[zone.id], 'the stroke undone');
    await editor.redo();
    await editor.waitForDocument((d) => d.zones[zone.id]?.strokes.length === 1, 'the stroke redone');
    await editor.redo();
    const linked = await editor.waitForDocument((d) => d.zones[zone.id]?.points.includes(point.id) === true, 'the link redone');
    await editor.waitSaved();

    await editor.reload();
    const reloaded = await editor.document();
    expect(reloaded.zones[zone.id]).toEqual(linked.zones[zone.id]);

    // The exported file holds sessions, readings and zones, and imports back equal.
    const exported = await editor.exportMap();
    // Named after the current session's date.
    expect(exported.fileName.endsWith(`-${reloaded.sessions[latestSessionId(reloaded)]!.date}.fascia-map.json`)).toBe(true);
    const file = JSON.parse(exported.text) as { map: MapDocument };
    expect(Object.keys(file.map.sessions)).toHaveLength(Object.keys(reloaded.sessions).length);
    expect(file.map.zones[zone.id]).toEqual(reloaded.zones[zone.id]);
    expect(file.map.points[point.id]?.readings).toEqual(reloaded.points[point.id]?.readings);
    expect(file.map.homeCare).toEqual(reloaded.homeCare);
    await editor.importFile(exported.text, exported.fileName);
    const imported = await editor.waitForDocument((d) => d.id !== reloaded.id, 'the imported map');
    expect(withoutId(imported)).toEqual(withoutId(file.map));
  });
});
