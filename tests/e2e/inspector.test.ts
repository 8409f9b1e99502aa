// Issue point 5: the Point details panel edits kind, pain, findings and notes; each edit is one
// labelled step in the History list, and typing in Notes never deletes the point.

import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness/browser';
import { pointsInOrder } from './harness/editor-page';
import { painOf } from './harness/readings';

describe('point details', () => {
  const browser = useBrowserSuite();

  it('records each edit of kind, pain, findings and notes as one labelled step', async () => {
    const editor = await browser.openEditor();
    // A point whose pain is not 7 yet, so "Set pain to 7" is a change.
    const opened = await editor.document();
    const points = pointsInOrder(opened);
    const row = points.findIndex((p) => painOf(opened, p.id) !== 7);
    const point = points[row];
    if (!point) throw new Error('the demo map has no point without pain 7');
    await editor.selectPointRow(row);
    await expect.poll(() => editor.selection()).toBe(point.id);
    let steps = (await editor.history()).cursor;

    const nextKind = point.kind === 'latent' ? 'Satellite' : 'Latent';
    await editor.setKind(nextKind);
    let history = await editor.waitForCursor(++steps);
    expect(history.entries[steps - 1]?.label).toMatch(new RegExp(nextKind, 'i'));
    expect((await editor.document()).points[point.id]?.kind).toBe(nextKind.toLowerCase());

    await editor.setPain(7);
    history = await editor.waitForCursor(++steps);
    expect(history.entries[steps - 1]?.label).toBe('Set pain to 7');
    expect(painOf(await editor.document(), point.id)).toBe(7);

    await editor.setFinding('Taut band', !point.findings.tautBand);
    history = await editor.waitForCursor(++steps);
    expect(history.entries[steps - 1]?.label).toMatch(/taut band/i);
    await editor.setFinding('Jump sign', !point.findings.jumpSign);
    history = await editor.waitForCursor(++steps);
    expect(history.entries[steps - 1]?.label).toMatch(/jump sign/i);
    const findings = (await editor.document()).points[point.id]?.findings;
    expect(findings?.tautBand).toBe(!point.findings.tautBand);
    expect(findings?.jumpSign).toBe(!point.findings.jumpSign);
    expect(findings?.localTwitchResponse).toBe(point.findings.localTwitchResponse);

    // Typing a sentence is one "Edit notes" step, however many keys it took.
    const notes = `${point.notes}Tender, refers to the buttock`;
    await editor.writeNotes('Tender, refers to the buttock');
    history = await editor.waitForCursor(++steps);
    expect(history.entries[steps - 1]?.label).toBe('Edit notes');
    expect((await editor.document()).points[point.id]?.notes).toBe(notes);
    // Once the step is stored nothing else is pending, and no late step was added after it.
    await editor.waitSaved();
    expect((await editor.history()).cursor).toBe(steps);

    // Backspace in the Notes box edits the text; it does not delete the point.
    await editor.notesBox().click();
    await editor.notesBox().press('End');
    await editor.notesBox().press('Backspace');
    await editor.notesBox().blur();
    const after = await editor.waitForDocument((d) => d.points[point.id]?.notes === notes.slice(0, -1), 'the shortened notes');
    expect(Object.keys(after.points)).toHaveLength(points.length);
    // Whether this second edit merges into the first "Edit notes" step is the app's choice; it is one either way.
    expect((await editor.appliedStepLabels()).at(-1)).toBe('Edit notes');

    const listed = await editor.historyListLabels();
    for (const label of ['Set pain to 7', 'Edit notes']) {
      expect(listed.some((l) => l.includes(label)), `History list shows "${label}"`).toBe(true);
    }
  });
});
