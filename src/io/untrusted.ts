// Helpers for reading untrusted values (a file, IndexedDB): find keys that would reach Object.prototype or
// nesting deeper than any map, describe a found value in plain words, and write the JSON path of a problem.

import { isSafeKey } from '../model/ids';

export type PathSegment = string | number;

/**
 * How many lists and objects may sit inside one another in a file or a saved map. A map file nests 6 deep
 * (the file, its map, points, a point, its anchor, the anchor's position); 64 leaves room for any field to
 * come, while a hostile file of 100,000 nested lists is refused before anything else walks it.
 */
export const MAX_NESTING_DEPTH = 64;

/** Keys longer than this are shortened when a path is shown, so a hostile key cannot flood a message. */
const MAX_SHOWN_KEY_LENGTH = 60;

export type UntrustedProblem =
  /** `path` ends at the first key named __proto__, constructor or prototype. */
  | { readonly kind: 'reservedKey'; readonly path: PathSegment[] }
  /** `path` leads to the first list or object nested deeper than MAX_NESTING_DEPTH. */
  | { readonly kind: 'tooDeep'; readonly path: PathSegment[] };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** One list or object on the way down: its keys (null for a list, read by position) and the next to visit. */
interface Frame {
  readonly node: object;
  readonly keys: readonly string[] | null;
  readonly length: number;
  next: number;
}

function frameFor(node: object): Frame {
  if (Array.isArray(node)) return { node, keys: null, length: node.length, next: 0 };
  const keys = Object.keys(node);
  return { node, keys, length: keys.length, next: 0 };
}

/** The path to the entry each frame is visiting; built only when a problem is reported. */
function pathOf(frames: readonly Frame[]): PathSegment[] {
  return frames.map((frame) => (frame.keys === null ? frame.next - 1 : frame.keys[frame.next - 1]!));
}

/**
 * The first key in `value` that would reach Object.prototype, or the first list or object nested deeper
 * than `maxDepth`; null when there is neither. Runs before anything else reads the value.
 *
 * The walk keeps only the frames from the top down to where it is (an explicit stack, so no call stack
 * overflows) and copies a path only to report it, so its time is linear in the size of the value; copying
 * the path at every level made a 200 KB file of 100,000 nested lists freeze the tab for most of a minute.
 * Values from IndexedDB may share objects or even contain themselves (structured clone keeps both): an
 * object is walked again only when reached deeper than before, so sharing stays linear and a cycle ends
 * as "too deep".
 */
export function findUntrustedProblem(value: unknown, maxDepth: number = MAX_NESTING_DEPTH): UntrustedProblem | null {
  if (typeof value !== 'object' || value === null) return null;
  const deepestVisit = new Map<object, number>([[value, 1]]);
  const frames: Frame[] = [frameFor(value)];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.length) {
      frames.pop();
      continue;
    }
    const index = frame.next++;
    let child: unknown;
    if (frame.keys === null) {
      child = (frame.node as readonly unknown[])[index];
    } else {
      const key = frame.keys[index]!;
      if (!isSafeKey(key)) return { kind: 'reservedKey', path: pathOf(frames) };
      child = (frame.node as Record<string, unknown>)[key];
    }
    if (typeof child !== 'object' || child === null) continue;
    const depth = frames.length + 1;
    if (depth > maxDepth) return { kind: 'tooDeep', path: pathOf(frames) };
    if ((deepestVisit.get(child) ?? 0) >= depth) continue;
    deepestVisit.set(child, depth);
    frames.push(frameFor(child));
  }
  return null;
}

/**
 * The path of the first key anywhere in `value` named __proto__, constructor or prototype, or of the first
 * list or object nested deeper than MAX_NESTING_DEPTH (too deep to check is refused like tampered); or null.
 */
export function findReservedKey(value: unknown): PathSegment[] | null {
  return findUntrustedProblem(value)?.path ?? null;
}

/** "map.points.p1.painNrs"; list positions as [1]; odd keys quoted: map.points["a b"]; very long keys cut. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (segment.length > MAX_SHOWN_KEY_LENGTH) text += `[${JSON.stringify(`${segment.slice(0, MAX_SHOWN_KEY_LENGTH)}…`)}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A found value in words for a message: 12, "bone", nothing, a list, text of 12,000 characters. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to use';
  if (typeof value === 'string') {
    return value.length > 40 ? `text of ${value.length.toLocaleString('en')} characters` : JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
