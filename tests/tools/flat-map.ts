// Draws the region outlines of one layer as a flat map (angle across, height up) with a label per region, straight
// from regionAt, so outline changes can be checked without the 3D model. Used by preview.html?flat=<layer>.

import type { LayerId } from '../../src/anatomy/layers';
import { MODEL_MAX_HEIGHT, MODEL_MIN_HEIGHT } from '../../src/anatomy/model-facts';
import { LANDMARKS, regionAt } from '../../src/anatomy/outlines';
import { regionById } from '../../src/anatomy/regions';

/** The part of the map to draw: angles in radians and heights in metres. */
export interface MapWindow {
  readonly angleFrom: number;
  readonly angleTo: number;
  readonly heightFrom: number;
  readonly heightTo: number;
}

export const WHOLE_MAP: MapWindow = {
  angleFrom: -Math.PI,
  angleTo: Math.PI,
  heightFrom: MODEL_MIN_HEIGHT,
  heightTo: MODEL_MAX_HEIGHT,
};

export function drawFlatMap(
  canvas: HTMLCanvasElement,
  layer: LayerId,
  colourOf: (index: number) => string,
  view: MapWindow = WHOLE_MAP,
  labels = true,
): void {
  const width = canvas.width;
  const height = canvas.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(width, height);
  const sums = new Map<string, { x: number; y: number; n: number }>();
  const rgb = new Map<string, [number, number, number]>();
  for (let py = 0; py < height; py++) {
    const h = view.heightTo - ((py + 0.5) / height) * (view.heightTo - view.heightFrom);
    for (let px = 0; px < width; px++) {
      const angle = view.angleFrom + ((px + 0.5) / width) * (view.angleTo - view.angleFrom);
      const id = regionAt(layer, angle, h);
      let colour = rgb.get(id);
      if (!colour) {
        const region = regionById(id);
        const hex = region ? colourOf(region.index) : '#ff00ff';
        colour = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
        rgb.set(id, colour);
      }
      const o = (py * width + px) * 4;
      image.data.set([...colour, 255], o);
      const s = sums.get(id) ?? { x: 0, y: 0, n: 0 };
      s.x += px;
      s.y += py;
      s.n++;
      sums.set(id, s);
    }
  }
  ctx.putImageData(image, 0, 0);
  if (!labels) return;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.fillStyle = '#000';
  for (const [id, s] of sums) {
    const name = (regionById(id)?.name ?? id).replace(/^(skin|superficial fascia) of /, '');
    ctx.fillText(`${name}${id.endsWith('.left') ? ' L' : id.endsWith('.right') ? ' R' : ''}`, s.x / s.n, s.y / s.n);
  }
  ctx.fillStyle = '#c00';
  for (const mark of LANDMARKS) {
    const px = ((mark.angle - view.angleFrom) / (view.angleTo - view.angleFrom)) * width;
    const py = ((view.heightTo - mark.height) / (view.heightTo - view.heightFrom)) * height;
    ctx.beginPath();
    ctx.arc(px, py, 3, 0, 2 * Math.PI);
    ctx.fill();
  }
}
