// Random, url-safe ids for maps, points and history entries. Ids are also record keys in the document, so
// the names that would reach an object's prototype are never valid ids.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Keys that would read or replace an object's prototype instead of an own record. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function randomId(prefix: string, length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = prefix;
  // 256 is a multiple of 64, so taking the low six bits keeps every character equally likely.
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

export function newPointId(): string {
  return randomId('p');
}

export function newMapId(): string {
  return randomId('m');
}

/** Id of one undo step. */
export function newEntryId(): string {
  return randomId('e');
}

/** True for a key that is safe to use in a record: never one that reaches Object.prototype. */
export function isSafeKey(key: string): boolean {
  return !RESERVED_KEYS.has(key);
}

/** True for an id the document may use as a record key: url-safe, 1-64 characters, not a reserved name. */
export function isUrlSafeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && isSafeKey(value);
}

export function newZoneId(): string {
  return randomId('z');
}
