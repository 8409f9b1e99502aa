// Places text labels next to the spots they name so that no two labels overlap: each label starts beside
// its spot (right of it on the right half of the picture, left of it on the left half) and is pushed down
// past any label already placed there. Pure, so it is unit-tested without a browser.

export interface LabelRequest {
  readonly id: string;
  /** Where the labelled spot is, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel extends LabelRequest {
  /** Top-left corner of the label box. */
  readonly left: number;
  readonly top: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/** Labels placed without overlap inside a width x height area, keeping at least `gap` pixels between them. */
export function layoutLabels(requests: readonly LabelRequest[], area: { width: number; height: number }, gap = 6, offset = 18): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const r of ordered) {
    // Beside the spot on the outer side, or on the inner side where the outer one has no room.
    let rightSide = r.x >= area.width / 2;
    if (rightSide && r.x + offset + r.width > area.width) rightSide = false;
    else if (!rightSide && r.x - offset - r.width < 0) rightSide = true;
    let left = rightSide ? r.x + offset : r.x - offset - r.width;
    left = Math.min(Math.max(0, left), Math.max(0, area.width - r.width));
    let top = Math.min(Math.max(0, r.y - r.height / 2), Math.max(0, area.height - r.height));
    // Move down past every label it would touch; when that runs off the bottom, try upward from the spot.
    let guard = 0;
    let box: Box = { left, top, width: r.width, height: r.height };
    while (placed.some((p) => overlaps(box, p, gap)) && guard++ < 200) {
      const blocker = placed.filter((p) => overlaps(box, p, gap)).reduce((a, b) => (a.top + a.height > b.top + b.height ? a : b));
      top = blocker.top + blocker.height + gap;
      if (top + r.height > area.height) {
        // No room below: place above the highest label in this column.
        const column = placed.filter((p) => p.left < left + r.width && left < p.left + p.width);
        top = Math.max(0, Math.min(...column.map((p) => p.top)) - gap - r.height);
        if (column.some((p) => overlaps({ left, top, width: r.width, height: r.height }, p, gap))) left = rightSide ? Math.max(0, left - r.width - gap) : Math.min(area.width - r.width, left + r.width + gap);
      }
      box = { left, top, width: r.width, height: r.height };
    }
    placed.push({ ...r, left, top });
  }
  return placed;
}
