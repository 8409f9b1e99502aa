// Helpers for reading untrusted values (a file, IndexedDB): find keys that would reach Object.prototype,
// describe a found value in plain words, and write the JSON path of a problem.

import { isSafeKey } from '../model/ids';

export type PathSegment = string | number;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The path of the first key anywhere in `value` named __proto__, constructor or prototype, or null.
 * Walks with an explicit stack so a deeply nested file cannot overflow the call stack.
 */
export function findReservedKey(value: unknown): PathSegment[] | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (!isSafeKey(key)) return [...path, key];
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** "map.points.p1.painNrs"; list positions as [1]; odd keys quoted: map.points["a b"]. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
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
