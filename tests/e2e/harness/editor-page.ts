// The editor as a therapist uses it, for the browser tests: every method is one thing they do (place a
// point, set the pain, undo, export...) and the reads go through the page's roles or window.__fasciaMap.

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { LayerId } from '../../../src/anatomy/layers';
import type { MapDocument, TriggerPoint } from '../../../src/model/types';
import { changedShare, decodePng, type Pixels } from './png';
import { pollUntil } from './poll';

/** A spot on one layer's surface, in the model's surface coordinate. */
export interface SurfaceSpot {
  readonly layer: LayerId;
  /** Radians: 0 = front midline, +PI/2 = patient's left, PI = back midline. */
  readonly angle: number;
  /** Metres above the floor. */
  readonly height: number;
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface HistorySnapshot {
  readonly entries: readonly { readonly id: string; readonly label: string }[];
  readonly cursor: number;
}

export type ViewName = 'front' | 'back' | 'left' | 'right';
export type LayerLabel =
  | 'Skin'
  | 'Superficial fascia'
  | 'Deep fascia'
  | 'Superficial muscles'
  | 'Intermediate muscles'
  | 'Deep muscles'
  | 'Skeleton';
export type KindLabel = 'Active' | 'Latent' | 'Satellite';
export type FindingLabel = 'Taut band' | 'Local twitch response' | 'Jump sign' | 'Familiar pain reproduced';

/** The debug handle the app exposes on window in every build (see the contract). */
interface FasciaMapDebug {
  readonly ready: boolean;
  /** "library", "opening", or "map:<id>" once that map's editor is open. */
  screen(): string;
  /** The library's map summaries. */
  maps(): { id: string; summary: { label: string; pointCount: number; activePointCount: number; demo: boolean; deletedAt: string | null } | null }[];
  /** The open map, null while none is open. */
  document(): MapDocument | null;
  history(): HistorySnapshot;
  selection(): string | null;
  screenPointFor(layer: LayerId, angle: number, height: number): ScreenPoint | null;
  view(name: ViewName): void;
}

type DebugWindow = Window & { __fasciaMap?: FasciaMapDebug };

/** One row of the Points table, keyed by its column header (Region, Side, Layer, Kind, Pain...). */
export type PointsRow = Readonly<Record<string, string>>;

export interface ExportedFile {
  readonly fileName: string;
  readonly text: string;
}

/** How long the app may take to load the model and draw its first frame in software WebGL. */
const READY_TIMEOUT = 90_000;
/** How long a single edit may take to show up in the document. */
const EDIT_TIMEOUT = 15_000;

export function pointsInOrder(doc: MapDocument): TriggerPoint[] {
  return Object.values(doc.points).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly appOrigin: string,
  ) {}

  // ---- Opening ---------------------------------------------------------------------------------

  /** Opens the app at its start page and waits until the body is drawn and the map loaded. */
  async open(): Promise<void> {
    await this.page.goto(`${this.appOrigin}/`);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => (window as DebugWindow).__fasciaMap?.ready === true, undefined, {
      timeout: READY_TIMEOUT,
      polling: 100,
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  // ---- Reading the app's state through the debug handle -----------------------------------------

  /** The open map; fails the test when no map is open (use waitForDocument across a switch of maps). */
  async document(): Promise<MapDocument> {
    const doc = await this.openDocument();
    if (!doc) throw new Error('No map is open');
    return doc;
  }

  /** The open map, or null while the library is shown or a map is opening. */
  async openDocument(): Promise<MapDocument | null> {
    return this.page.evaluate(() => {
      const handle = (window as DebugWindow).__fasciaMap;
      if (!handle) throw new Error('window.__fasciaMap is missing');
      return JSON.parse(JSON.stringify(handle.document())) as MapDocument | null;
    });
  }

  /** Which screen the app shows: "library", "opening", or "map:<id>". */
  async screen(): Promise<string> {
    return this.page.evaluate(() => (window as DebugWindow).__fasciaMap?.screen() ?? 'starting');
  }

  /** The library's summaries of the stored maps. */
  async maps(): Promise<ReturnType<FasciaMapDebug['maps']>> {
    return this.page.evaluate(() => JSON.parse(JSON.stringify((window as DebugWindow).__fasciaMap?.maps() ?? [])) as ReturnType<FasciaMapDebug['maps']>);
  }

  async points(): Promise<TriggerPoint[]> {
    return pointsInOrder(await this.document());
  }

  async history(): Promise<HistorySnapshot> {
    return this.page.evaluate(() => {
      const handle = (window as DebugWindow).__fasciaMap;
      if (!handle) throw new Error('window.__fasciaMap is missing');
      const { entries, cursor } = handle.history();
      return { entries: entries.map(({ id, label }) => ({ id, label })), cursor };
    });
  }

  /** Labels of the steps that are applied (undone steps left out), oldest first. */
  async appliedStepLabels(): Promise<string[]> {
    const { entries, cursor } = await this.history();
    return entries.slice(0, cursor).map((e) => e.label);
  }

  async selection(): Promise<string | null> {
    return this.page.evaluate(() => (window as DebugWindow).__fasciaMap?.selection() ?? null);
  }

  /** Where a surface spot is visible on screen; fails the test when the app says it is hidden. */
  async screenPointFor(spot: SurfaceSpot): Promise<ScreenPoint> {
    const point = await this.page.evaluate(
      ({ layer, angle, height }) => (window as DebugWindow).__fasciaMap?.screenPointFor(layer, angle, height) ?? null,
      spot,
    );
    if (!point) throw new Error(`screenPointFor(${spot.layer}, ${spot.angle}, ${spot.height}) is null: the spot is not visible`);
    return point;
  }

  /** Waits until the document satisfies `accept`, and returns it. */
  async waitForDocument(accept: (doc: MapDocument) => boolean, what: string): Promise<MapDocument> {
    const doc = await pollUntil(() => this.openDocument(), (d) => d !== null && accept(d), `Timed out waiting for ${what}`);
    return doc!;
  }

  /** Waits until the history has `count` applied steps (after an edit, undo or redo). */
  async waitForCursor(count: number): Promise<HistorySnapshot> {
    return pollUntil(
      () => this.history(),
      (history) => history.cursor === count,
      (history) => `Timed out waiting for history cursor ${count} (it is ${history?.cursor})`,
    );
  }

  // ---- The 3D view -----------------------------------------------------------------------------

  /** The element named "3D body view" (a region around the canvas, or the canvas itself). */
  bodyView(): Locator {
    return this.page.getByRole('region', { name: '3D body view' }).or(this.page.locator('canvas[aria-label="3D body view"]')).first();
  }

  canvas(): Locator {
    return this.page
      .getByRole('region', { name: '3D body view' })
      .locator('canvas')
      .or(this.page.locator('canvas[aria-label="3D body view"]'))
      .first();
  }

  /** Moves the mouse off the canvas so hover highlights do not change the picture. */
  async moveMouseAway(): Promise<void> {
    await this.page.mouse.move(2, 2);
  }

  /** A screenshot of the canvas once the picture has stopped changing (camera moves may animate). */
  async canvasPixels(): Promise<Pixels> {
    const canvas = this.canvas();
    let previous = decodePng(await canvas.screenshot());
    let latest = previous;
    try {
      await pollUntil(
        async () => decodePng(await canvas.screenshot()),
        (next) => {
          const still = changedShare(previous, next, 4) < 0.0005;
          previous = latest = next;
          return still;
        },
        'the picture to stop changing',
        { timeout: 5_000, interval: 120 },
      );
    } catch {
      // Still animating after 5 s (a slow software frame): the latest picture is the best answer.
    }
    return latest;
  }

  /**
   * After an action that should change the picture: waits until the canvas differs from `reference` in
   * at least `atLeast` of its pixels, and returns the share that changed. Software rendering on a busy
   * 2-core machine can take seconds per frame, hence the long wait; it returns as soon as it sees the change.
   */
  async pictureChangeFrom(reference: Pixels, atLeast = 0.01): Promise<number> {
    let share = 0;
    try {
      await pollUntil(
        async () => (share = changedShare(reference, await this.canvasPixels())),
        (changed) => changed >= atLeast,
        'the picture to change',
        { timeout: 15_000, interval: 100 },
      );
    } catch {
      // The caller asserts on the share and reports how little changed.
    }
    return share;
  }

  async showView(view: 'Front' | 'Back' | 'Left' | 'Right'): Promise<void> {
    await this.button(view).click();
  }

  /** Drags on the canvas from a spot by (dx, dy) pixels: on the body, away from markers, this orbits. */
  async dragOnCanvas(from: ScreenPoint, dx: number, dy: number): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Clicks a spot of the body and returns the point that appeared there. */
  async placePointAt(spot: SurfaceSpot): Promise<TriggerPoint> {
    const before = new Set(Object.keys((await this.document()).points));
    const at = await this.screenPointFor(spot);
    await this.page.mouse.click(at.x, at.y);
    return this.newPointSince(before, `a point placed at ${JSON.stringify(spot)}`);
  }

  /** Taps a spot of the body with a finger (the context must have hasTouch) and returns the new point. */
  async tapPointAt(spot: SurfaceSpot): Promise<TriggerPoint> {
    const before = new Set(Object.keys((await this.document()).points));
    const at = await this.screenPointFor(spot);
    await this.page.touchscreen.tap(at.x, at.y);
    return this.newPointSince(before, `a point tapped at ${JSON.stringify(spot)}`);
  }

  private async newPointSince(before: ReadonlySet<string>, what: string): Promise<TriggerPoint> {
    const doc = await this.waitForDocument((d) => Object.keys(d.points).some((id) => !before.has(id)), what);
    const point = Object.values(doc.points).find((p) => !before.has(p.id));
    if (!point) throw new Error(`No new point for ${what}`);
    return point;
  }

  /** Where a point's marker is on screen. */
  async markerOf(pointId: string): Promise<ScreenPoint> {
    const point = (await this.document()).points[pointId];
    if (!point) throw new Error(`No point ${pointId}`);
    const { layer, angle, height } = point.anchor;
    return this.screenPointFor({ layer, angle, height });
  }

  async clickMarkerOf(pointId: string): Promise<void> {
    const at = await this.markerOf(pointId);
    await this.page.mouse.click(at.x, at.y);
  }

  /** Presses a point's marker and drags it to another spot of its layer; Escape before letting go cancels. */
  async dragPoint(pointId: string, to: SurfaceSpot, options: { cancelWithEscape?: boolean } = {}): Promise<void> {
    const from = await this.markerOf(pointId);
    const target = await this.screenPointFor(to);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x, target.y, { steps: 12 });
    if (options.cancelWithEscape) await this.page.keyboard.press('Escape');
    await this.page.mouse.up();
  }

  // ---- Toolbar ---------------------------------------------------------------------------------

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true }).first();
  }

  async undo(): Promise<void> {
    await this.button('Undo').click();
  }

  async redo(): Promise<void> {
    await this.button('Redo').click();
  }

  /** Ctrl+Z with the focus wherever it is (tests make sure it is not in a text field). */
  async pressUndoKey(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async pressRedoKey(variant: 'shift+z' | 'y' = 'shift+z'): Promise<void> {
    await this.page.keyboard.press(variant === 'y' ? 'Control+y' : 'Control+Shift+Z');
  }

  /** Clicks Export and returns the downloaded file. */
  async exportMap(): Promise<ExportedFile> {
    const file = await this.exportFrom('JSON');
    return { fileName: file.fileName, text: file.bytes.toString('utf8') };
  }

  /**
   * Export menu → item → its dialog: sets the options, confirms, and returns the downloaded file. The
   * confirm button says "Export with patient data" when the file identifies the patient.
   */
  async exportFrom(
    item: 'JSON' | 'Image (PNG)' | 'Four-view sheet' | 'FHIR bundle',
    options: { anonymise?: boolean; history?: boolean; width?: number } = {},
  ): Promise<{ fileName: string; bytes: Buffer; confirmLabel: string }> {
    await this.button('Export').click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Export ${item}` });
    if (options.width !== undefined) await dialog.getByRole('spinbutton', { name: /Width in pixels/ }).fill(String(options.width));
    if (options.history !== undefined) await dialog.getByRole('checkbox', { name: 'Include the undo history' }).setChecked(options.history);
    if (options.anonymise !== undefined) await dialog.getByRole('checkbox', { name: /^Anonymise/ }).setChecked(options.anonymise);
    const confirm = dialog.getByRole('button', { name: /^Export/ });
    const confirmLabel = (await confirm.innerText()).trim();
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), confirm.click()]);
    const file = await download.path();
    return { fileName: download.suggestedFilename(), bytes: await readFile(file), confirmLabel };
  }

  /** Imports a file given as bytes (an image) through the Import button. */
  async importBytes(bytes: Buffer, name: string, mimeType: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: EDIT_TIMEOUT }), this.button('Import').click()]);
    await chooser.setFiles({ name, mimeType, buffer: bytes });
  }

  /** The hidden file input behind the Import button. */
  importInput(): Locator {
    return this.page.getByLabel('Import map file', { exact: true });
  }

  /** Clicks Import and picks a file with this content in the file chooser. */
  async importFile(text: string, name = 'map.fascia-map.json'): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: EDIT_TIMEOUT }), this.button('Import').click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** Texts of the alerts on the page that say something. */
  async alertTexts(): Promise<string[]> {
    const texts = await this.page.getByRole('alert').allInnerTexts();
    return texts.map((t) => t.trim()).filter((t) => t.length > 0);
  }

  /** Imports a file the app should refuse, and returns the text of the alert it shows. */
  async importRefusedFile(text: string, name = 'map.fascia-map.json'): Promise<string> {
    const before = new Set(await this.alertTexts());
    await this.importFile(text, name);
    const fresh = await pollUntil(
      async () => (await this.alertTexts()).filter((t) => !before.has(t)),
      (texts) => texts.length > 0,
      `No new alert after importing ${name} (alerts: ${[...before].join(' | ') || 'none'})`,
    );
    return fresh.join('\n');
  }

  // ---- Layers ----------------------------------------------------------------------------------

  async setLayerVisible(layer: LayerLabel, visible: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: layer, exact: true }).setChecked(visible);
  }

  /**
   * Sets a layer's opacity slider to about a share (0..1) of its range with the keyboard (Home, then
   * arrow keys), as a keyboard user would. Setting the value from script (locator.fill) can slip past
   * React's change tracking and leave the app unaware of the change.
   */
  async setLayerOpacity(layer: LayerLabel, share: number): Promise<void> {
    const slider = this.page.getByRole('slider', { name: `${layer} opacity`, exact: true });
    const number = async (attribute: string, aria: string, fallback: number) =>
      Number((await slider.getAttribute(attribute)) ?? (await slider.getAttribute(aria)) ?? fallback);
    const min = await number('min', 'aria-valuemin', 0);
    const max = await number('max', 'aria-valuemax', 1);
    const step = Number((await slider.getAttribute('step')) ?? (max - min) / 20) || (max - min) / 20;
    await slider.focus();
    if (share >= 1) {
      await slider.press('End');
      return;
    }
    await slider.press('Home');
    for (let i = 0; i < Math.round(((max - min) * share) / step); i++) await slider.press('ArrowRight');
  }

  async setActiveLayer(layer: LayerLabel): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Active layer' }).getByRole('radio', { name: layer, exact: true }).check();
  }

  // ---- Inspector (Point details) ---------------------------------------------------------------

  inspector(): Locator {
    return this.page.getByRole('region', { name: 'Point details' });
  }

  async inspectorHeading(): Promise<string> {
    return (await this.inspector().getByRole('heading').first().innerText()).trim();
  }

  async setKind(kind: KindLabel): Promise<void> {
    await this.inspector().getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: kind, exact: true }).check();
  }

  painInput(): Locator {
    const inspector = this.inspector();
    return inspector
      .getByRole('spinbutton', { name: 'Pain (0-10)', exact: true })
      .or(inspector.getByRole('slider', { name: 'Pain (0-10)', exact: true }))
      .first();
  }

  /** Enters a pain rating and leaves the field, as a therapist would before moving on. */
  async setPain(pain: number): Promise<void> {
    const input = this.painInput();
    await input.fill(String(pain));
    await input.blur();
  }

  async setFinding(finding: FindingLabel, present: boolean): Promise<void> {
    await this.inspector().getByRole('checkbox', { name: finding, exact: true }).setChecked(present);
  }

  notesBox(): Locator {
    return this.inspector().getByRole('textbox', { name: 'Notes', exact: true });
  }

  /** Types notes key by key (as a person types) and leaves the field. */
  async writeNotes(text: string): Promise<void> {
    const box = this.notesBox();
    await box.click();
    await box.pressSequentially(text, { delay: 15 });
    await box.blur();
  }

  async deletePoint(): Promise<void> {
    await this.button('Delete point').click();
  }

  // ---- History list ----------------------------------------------------------------------------

  historyList(): Locator {
    return this.page.getByRole('list', { name: 'History' });
  }

  historyItems(): Locator {
    return this.historyList().getByRole('listitem');
  }

  async historyListLabels(): Promise<string[]> {
    return (await this.historyItems().allInnerTexts()).map((t) => t.trim());
  }

  /** Index of the item marked aria-current="step" (on the item or its button), or -1. */
  async currentHistoryItem(): Promise<number> {
    const items = this.historyItems();
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      if ((await item.getAttribute('aria-current')) === 'step') return i;
      if ((await item.locator('[aria-current="step"]').count()) > 0) return i;
    }
    return -1;
  }

  async jumpToHistoryItem(index: number): Promise<void> {
    await this.historyItems().nth(index).getByRole('button').first().click();
  }

  // ---- Points table ----------------------------------------------------------------------------

  pointsTable(): Locator {
    return this.page.getByRole('table', { name: 'Points' });
  }

  private pointsBodyRows(): Locator {
    return this.pointsTable().getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  async pointsHeaders(): Promise<string[]> {
    return (await this.pointsTable().getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
  }

  /** The table's rows, each as { header: cell text }. */
  async pointsRows(): Promise<PointsRow[]> {
    const headers = await this.pointsHeaders();
    const rows = this.pointsBodyRows();
    const result: PointsRow[] = [];
    for (const row of await rows.all()) {
      const cells = await row
        .locator(':scope > td, :scope > th, :scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="rowheader"]')
        .allInnerTexts();
      result.push(Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])));
    }
    return result;
  }

  async pointsRowSelected(index: number): Promise<boolean> {
    return (await this.pointsBodyRows().nth(index).getAttribute('aria-selected')) === 'true';
  }

  /** Selects the point of row `index` (0-based), through the button in its first cell if it has one. */
  async selectPointRow(index: number): Promise<void> {
    const row = this.pointsBodyRows().nth(index);
    const button = row.getByRole('button');
    if ((await button.count()) > 0) await button.first().click();
    else await row.click();
  }

  // ---- Saving ----------------------------------------------------------------------------------

  saveStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /sav/i }).first();
  }

  /** Waits until the status says the latest change is in IndexedDB. */
  async waitSaved(): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: /\bSaved\b/ }).first().waitFor({ timeout: EDIT_TIMEOUT });
  }
}
