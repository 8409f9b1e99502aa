// Reads a Fascia Map file chosen by the user: size, text encoding, JSON, nesting and keys, envelope and
// version are checked in that order, then the map goes through the same validation as a saved map.
// Nothing is half-imported.

import { MAX_FILE_BYTES, FILE_FORMAT } from './format';
import { checkSchemaVersion, checkUntrusted, refuse, validateDocumentAt, type ValidationResult } from './validate';
import { describeValue, isPlainObject } from './untrusted';

/** UTF-8 size of the text without allocating a copy of it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isTooLarge(text: string): boolean {
  // UTF-8 never takes fewer bytes than UTF-16 code units, nor more than three per unit.
  if (text.length > MAX_FILE_BYTES) return true;
  return text.length * 3 > MAX_FILE_BYTES && utf8Length(text) > MAX_FILE_BYTES;
}

function tooLarge(): ValidationResult {
  return refuse(`This file is too large to be a map (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB).`, []);
}

/** Byte order marks of UTF-16 text, which some editors write when a file is saved again. */
function startsAsUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * importMap for the bytes of a chosen file. Fascia Map writes UTF-8; bytes that are not UTF-8 are refused
 * rather than read with replacement characters, which would import a damaged map as if it were whole.
 * A leading UTF-8 byte order mark (Windows Notepad adds one when a file is saved again) is skipped.
 */
export function importMapBytes(bytes: ArrayBuffer | Uint8Array): ValidationResult {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.byteLength > MAX_FILE_BYTES) return tooLarge();
  if (startsAsUtf16(view)) {
    return refuse('This file is UTF-16 text, but Fascia Map files are UTF-8 text; it may have been saved again by another program.', []);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    return refuse('This file is not valid UTF-8 text, so it is not a map saved by Fascia Map; it may be damaged.', []);
  }
  return importMap(text);
}

export function importMap(text: string): ValidationResult {
  if (typeof text !== 'string' || text.trim() === '') return refuse('This file is empty.', []);
  if (isTooLarge(text)) return tooLarge();

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(`This file is not valid JSON: ${reason}`, []);
  }
  if (!isPlainObject(parsed)) {
    return refuse(`This file does not hold a map: expected a JSON object, found ${describeValue(parsed)}.`, []);
  }

  const untrusted = checkUntrusted(parsed, []);
  if (untrusted) return untrusted;
  if (parsed.format !== FILE_FORMAT) {
    return refuse(`This is not a Fascia Map file (its "format" is ${describeValue(parsed.format)}, not "${FILE_FORMAT}")`, ['format']);
  }
  const versionProblem = checkSchemaVersion(parsed.schemaVersion, ['schemaVersion']);
  if (versionProblem) return versionProblem;
  if (parsed.map === undefined) return refuse('This file has no map in it', ['map']);
  return validateDocumentAt(parsed.map, parsed.schemaVersion as number, ['map']);
}
