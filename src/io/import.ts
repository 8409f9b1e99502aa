// Reads a Fascia Map file chosen by the user: size, JSON, envelope and version are checked in that order,
// then the map goes through the same validation as a saved map. Nothing is half-imported.

import { MAX_FILE_BYTES, FILE_FORMAT } from './format';
import { checkSchemaVersion, refuse, validateDocumentAt, type ValidationResult } from './validate';
import { describeValue, findReservedKey, isPlainObject } from './untrusted';

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

export function importMap(text: string): ValidationResult {
  if (typeof text !== 'string' || text.trim() === '') return refuse('This file is empty.', []);
  if (isTooLarge(text)) {
    return refuse(`This file is too large to be a map (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB).`, []);
  }

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

  const reserved = findReservedKey(parsed);
  if (reserved) {
    return refuse(`The key "${String(reserved.at(-1))}" is not allowed in a map; it may have been tampered with`, reserved);
  }
  if (parsed.format !== FILE_FORMAT) {
    return refuse(`This is not a Fascia Map file (its "format" is ${describeValue(parsed.format)}, not "${FILE_FORMAT}")`, ['format']);
  }
  const versionProblem = checkSchemaVersion(parsed.schemaVersion, ['schemaVersion']);
  if (versionProblem) return versionProblem;
  if (parsed.map === undefined) return refuse('This file has no map in it', ['map']);
  return validateDocumentAt(parsed.map, parsed.schemaVersion as number, ['map']);
}
