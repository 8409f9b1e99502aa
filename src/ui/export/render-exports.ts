// The heavy half of the Export menu, loaded only when an export runs: offscreen images with a legend, the
// four-view sheet, the PNG with the map inside, the FHIR bundle and the JSON variants.

import type { HistoryState } from '../../history/types';
import type { MapDocument, TriggerPoint } from '../../model/types';
import { TRIGGER_POINT_KINDS } from '../../model/types';
import { KIND_COLORS } from '../../model/kind-colors';
import { KIND_LABELS, regionLabel } from '../../model/labels';
import { pointsInOrder } from '../../model/selectors';
import { currentSession, formatSessionDate, readingIn } from '../../model/sessions';
import { layerById } from '../../anatomy/layers';
import type { RenderedImage, RenderedViewportApi } from '../../scene/viewport-context';
import type { ViewName } from '../../store/editor-store';
import { anonymiseMap, exportMapWith } from '../../io/export-variants';
import { exportMap } from '../../io/export';
import { embedMapInPng } from '../../io/png-map';
import { fhirBundleText } from '../../io/fhir';

export const MAX_IMAGE_WIDTH = 3840;
export const SHEET_VIEWS: readonly { view: ViewName; title: string }[] = [
  { view: 'front', title: 'Front' },
  { view: 'back', title: 'Back' },
  { view: 'left', title: 'Left side' },
  { view: 'right', title: 'Right side' },
];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images (no 2D canvas).');
  return ctx;
}

/** The PNG bytes of a canvas. */
export function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('The image could not be encoded.'));
      else void blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
    }, 'image/png');
  });
}

/** The legend in the image's corner: marker kinds and the painted zones, scaled with the image. */
function drawKindLegend(ctx: CanvasRenderingContext2D, width: number, height: number, title: string) {
  const scale = Math.max(1, width / 1280);
  const pad = 10 * scale;
  const line = 22 * scale;
  const rows = [...TRIGGER_POINT_KINDS.map((k) => ({ color: KIND_COLORS[k], text: `${KIND_LABELS[k]} trigger point` })), { color: 'rgba(214, 40, 57, 0.35)', text: 'referred-pain zone' }];
  ctx.font = `${14 * scale}px ${FONT}`;
  const boxWidth = Math.max(ctx.measureText(title).width, ...rows.map((r) => ctx.measureText(r.text).width + 24 * scale)) + pad * 2;
  const boxHeight = pad * 2 + line * (rows.length + (title ? 1 : 0));
  const x = pad;
  const y = height - boxHeight - pad;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(x, y, boxWidth, boxHeight);
  ctx.strokeStyle = '#9aa3ad';
  ctx.lineWidth = scale;
  ctx.strokeRect(x, y, boxWidth, boxHeight);
  let cy = y + pad + line * 0.7;
  ctx.fillStyle = '#1d2733';
  if (title) {
    ctx.font = `600 ${14 * scale}px ${FONT}`;
    ctx.fillText(title, x + pad, cy);
    cy += line;
    ctx.font = `${14 * scale}px ${FONT}`;
  }
  for (const row of rows) {
    ctx.fillStyle = row.color;
    ctx.beginPath();
    ctx.arc(x + pad + 7 * scale, cy - 5 * scale, 7 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1d2733';
    ctx.fillText(row.text, x + pad + 24 * scale, cy);
    cy += line;
  }
}

function imageTitle(doc: MapDocument): string {
  const session = currentSession(doc);
  const date = formatSessionDate(session.date);
  return doc.label.trim() ? `${doc.label} · session ${session.number}, ${date}` : `Session ${session.number}, ${date}`;
}

/** The current view at width x height, with the legend. */
export function renderViewImage(api: RenderedViewportApi, doc: MapDocument, width: number, height: number): HTMLCanvasElement {
  const { canvas } = api.renderImage({ width, height, view: 'current' });
  drawKindLegend(context(canvas), width, height, imageTitle(doc));
  return canvas;
}

/** Numbers 1, 2, 3 … follow the points table's order. */
export function numberedPoints(doc: MapDocument): { number: number; point: TriggerPoint }[] {
  return pointsInOrder(doc).map((point, i) => ({ number: i + 1, point }));
}

function drawNumbers(ctx: CanvasRenderingContext2D, image: RenderedImage, doc: MapDocument, ox: number, oy: number, scale: number) {
  const placed: { x: number; y: number }[] = [];
  for (const { number, point } of numberedPoints(doc)) {
    const at = image.project(point.anchor.position, point.anchor.normal);
    if (!at) continue;
    const x = ox + at.x;
    let y = oy + at.y;
    // Nudge a number that would cover another one.
    for (let tries = 0; tries < 8 && placed.some((p) => Math.hypot(p.x - x, p.y - y) < 22 * scale); tries++) y -= 12 * scale;
    placed.push({ x, y });
    ctx.fillStyle = KIND_COLORS[point.kind];
    ctx.beginPath();
    ctx.arc(x, y, 11 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2 * scale;
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${12 * scale}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(number), x, y + 0.5);
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
  }
}

export interface SheetViews {
  readonly views: { view: ViewName; title: string; canvas: HTMLCanvasElement }[];
}

/** The four views with numbered points, each cellWidth x cellHeight. */
export function renderNumberedViews(api: RenderedViewportApi, doc: MapDocument, cellWidth: number, cellHeight: number): SheetViews {
  return {
    views: SHEET_VIEWS.map(({ view, title }) => {
      const image = api.renderImage({ width: cellWidth, height: cellHeight, view });
      drawNumbers(context(image.canvas), image, doc, 0, 0, cellWidth / 600);
      return { view, title, canvas: image.canvas };
    }),
  };
}

/** Columns of the legend table on the sheet and in the report. */
export function pointRows(doc: MapDocument): string[][] {
  const session = currentSession(doc);
  return numberedPoints(doc).map(({ number, point }) => {
    const r = readingIn(point, session.id);
    return [String(number), regionLabel(point.region, point.side), layerById(point.anchor.layer).label, KIND_LABELS[point.kind], r.pain === null ? '–' : String(r.pain), r.ppt === null ? '–' : String(r.ppt)];
  });
}

/** One PNG: the four views in a 2 x 2 grid, a title, and the numbered points as a legend table below. */
export function renderFourViewSheet(api: RenderedViewportApi, doc: MapDocument): HTMLCanvasElement {
  const cellWidth = 900;
  const cellHeight = 1000;
  const { views } = renderNumberedViews(api, doc, cellWidth, cellHeight);
  const rows = pointRows(doc);
  const header = 90;
  const rowHeight = 34;
  const tableHeight = 60 + rowHeight * (rows.length + 1) + 40;
  const sheet = document.createElement('canvas');
  sheet.width = cellWidth * 2;
  sheet.height = header + cellHeight * 2 + tableHeight;
  const ctx = context(sheet);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.fillStyle = '#1d2733';
  ctx.font = `600 34px ${FONT}`;
  ctx.fillText(`Fascia Map · ${imageTitle(doc)}`, 30, 56);
  views.forEach(({ title, canvas }, i) => {
    const x = (i % 2) * cellWidth;
    const y = header + Math.floor(i / 2) * cellHeight;
    ctx.drawImage(canvas, x, y);
    ctx.strokeStyle = '#c4cbd3';
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, cellWidth - 2, cellHeight - 2);
    ctx.fillStyle = '#1d2733';
    ctx.font = `600 30px ${FONT}`;
    ctx.fillText(title, x + 24, y + 46);
  });
  const columns = ['No.', 'Region', 'Layer', 'Kind', 'Pain (0-10)', 'PPT (kg/cm²)'];
  const colX = [30, 130, 820, 1160, 1380, 1600];
  let y = header + cellHeight * 2 + 60;
  ctx.font = `600 24px ${FONT}`;
  columns.forEach((c, i) => ctx.fillText(c, colX[i]!, y));
  ctx.font = `24px ${FONT}`;
  for (const row of rows) {
    y += rowHeight;
    row.forEach((cell, i) => ctx.fillText(cell, colX[i]!, y));
  }
  if (rows.length === 0) ctx.fillText('No trigger points recorded.', colX[0]!, y + rowHeight);
  return sheet;
}

/** The exported map text that rides inside an image: anonymised when the export is. */
export function mapTextFor(doc: MapDocument, anonymise: boolean): string {
  return exportMap(anonymise ? anonymiseMap(doc) : doc);
}

export async function pngWithMap(canvas: HTMLCanvasElement, doc: MapDocument, anonymise: boolean): Promise<Uint8Array> {
  return embedMapInPng(await pngBytes(canvas), mapTextFor(doc, anonymise));
}

export function jsonExport(doc: MapDocument, history: HistoryState, options: { history: boolean; anonymise: boolean }): string {
  return exportMapWith(doc, history, options);
}

export function fhirExport(doc: MapDocument, anonymise: boolean): string {
  return fhirBundleText(doc, { anonymise });
}
