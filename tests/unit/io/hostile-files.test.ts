// Files made to hurt: nesting a hundred thousand deep, bytes that are not UTF-8, values that share or
// contain themselves. Each is refused with a plain message naming where, instead of freezing the tab or
// being read as something it is not.
import { describe, expect, it } from 'vitest';
import { importMap, importMapBytes } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { MAX_FILE_BYTES, SCHEMA_VERSION } from '../../../src/io/format';
import { validateDocument } from '../../../src/io/validate';
import { MAX_NESTING_DEPTH, findUntrustedProblem } from '../../../src/io/untrusted';
import { testMap } from '../../fixtures/maps';

/** Guards against the old walk, which took most of a minute on these files; timing proper is for benchmarks. */
const QUICKLY = { timeout: 5_000 };
const HUGE = 100_000;

const envelope = (mapJson: string) => `{"format":"fascia-map","schemaVersion":${SCHEMA_VERSION},"map":${mapJson}}`;
const nestedLists = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const TOO_DEEP = new RegExp(`^Lists or objects are nested more than ${MAX_NESTING_DEPTH} levels deep, far deeper than in any map`);

function refused(result: ReturnType<typeof importMap>) {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('deeply nested files', () => {
  it('100,000 nested lists inside the map are refused, naming the list past the limit', QUICKLY, () => {
    const result = refused(importMap(envelope(`{"label":${nestedLists(HUGE)}}`)));
    expect(result.message).toMatch(TOO_DEEP);
    // The file is level 1, map 2, label 3: the first list past level 64 sits under 62 more.
    const where = `map.label${'[0]'.repeat(MAX_NESTING_DEPTH - 2)}`;
    expect(result.path).toBe(where);
    expect(result.message.endsWith(` at ${where}`)).toBe(true);
  });

  it('100,000 nested objects inside the map are refused, naming the object past the limit', QUICKLY, () => {
    const result = refused(importMap(envelope(nestedObjects(HUGE))));
    expect(result.message).toMatch(TOO_DEEP);
    expect(result.path).toBe(`map${'.a'.repeat(MAX_NESTING_DEPTH - 1)}`);
  });

  it('100,000 nested lists as the whole file are refused as not holding a map', QUICKLY, () => {
    const result = refused(importMap(nestedLists(HUGE)));
    expect(result.message).toMatch(/expected a JSON object, found a list of 1/);
    expect(result.path).toBe('');
  });

  it('deep nesting anywhere in the file is refused before its format is read', QUICKLY, () => {
    const result = refused(importMap(`{"format":"not ours","notes":${nestedLists(HUGE)}}`));
    expect(result.message).toMatch(TOO_DEEP);
    expect(result.path).toMatch(/^notes\[0\]/);
  });

  it('nesting up to the limit is read on; one level more is refused', () => {
    const valid = JSON.parse(exportMap(testMap(1))) as Record<string, unknown>;
    // The file is level 1 and "extra" level 2, so lists nested 63 deep reach exactly level 64.
    const atLimit = JSON.stringify({ ...valid, extra: JSON.parse(nestedLists(MAX_NESTING_DEPTH - 1)) });
    expect(importMap(atLimit)).toEqual({ ok: true, doc: testMap(1) });
    const pastLimit = JSON.stringify({ ...valid, extra: JSON.parse(nestedLists(MAX_NESTING_DEPTH)) });
    expect(refused(importMap(pastLimit)).message).toMatch(TOO_DEEP);
  });

  it('a map saved in this browser and nested 100,000 deep is refused the same way', QUICKLY, () => {
    const doc = { ...testMap(1), label: JSON.parse(nestedLists(HUGE)) as unknown };
    const result = refused(validateDocument(doc, SCHEMA_VERSION));
    expect(result.message).toMatch(TOO_DEEP);
    expect(result.path).toBe(`label${'[0]'.repeat(MAX_NESTING_DEPTH - 1)}`);
  });

  it('a __proto__ key far down is still found, with its path', QUICKLY, () => {
    const deep = `${'{"a":'.repeat(40)}{"__proto__":{"polluted":"yes"}}${'}'.repeat(40)}`;
    const result = refused(importMap(envelope(`{"label":${deep}}`)));
    expect(result.message).toMatch(/^The key "__proto__" is not allowed in a map/);
    expect(result.path).toBe(`map.label${'.a'.repeat(40)}.__proto__`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a very long key is shortened where the path is shown', () => {
    const key = 'k'.repeat(100_000);
    const result = refused(importMap(envelope(`{"label":{${JSON.stringify(key)}:{"constructor":1}}}`)));
    expect(result.path).toBe(`map.label[${JSON.stringify(`${'k'.repeat(60)}…`)}].constructor`);
    expect(result.message.length).toBeLessThan(300);
  });
});

describe('values read back from IndexedDB', () => {
  // Structured clone keeps shared objects and cycles, which JSON cannot hold.
  it('an object shared 2^60 ways is walked once, not once per way', QUICKLY, () => {
    let shared: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 60; i++) shared = { left: shared, right: shared };
    expect(findUntrustedProblem(shared)).toBeNull();
  });

  it('a shared object reached deeper than the limit is still refused', () => {
    // 62 objects deep: fine where it is first met (level 2), too deep under 10 more levels.
    const deep = JSON.parse(nestedObjects(MAX_NESTING_DEPTH - 2)) as unknown;
    let wrapped: unknown = deep;
    for (let i = 0; i < 10; i++) wrapped = { a: wrapped };
    expect(findUntrustedProblem({ first: deep })).toBeNull();
    expect(findUntrustedProblem({ first: deep, second: wrapped })?.kind).toBe('tooDeep');
  });

  it('a map that contains itself is refused as too deep, not walked forever', QUICKLY, () => {
    const doc: Record<string, unknown> = { ...testMap(1) };
    doc.self = doc;
    const result = refused(validateDocument(doc, SCHEMA_VERSION));
    expect(result.message).toMatch(TOO_DEEP);
    // Down the loop until the limit; the map's own points, met again each time round, pass it first.
    expect(result.path).toMatch(/^(self\.){50}/);
  });
});

describe('the bytes of a chosen file', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const join = (...parts: Uint8Array[]) => {
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  };

  it('a valid export is imported, as a Uint8Array, an ArrayBuffer or a view into a larger buffer', () => {
    const bytes = utf8(exportMap(testMap(2)));
    expect(importMapBytes(bytes)).toEqual({ ok: true, doc: testMap(2) });
    expect(importMapBytes(bytes.slice().buffer)).toEqual({ ok: true, doc: testMap(2) });
    const padded = join(utf8('xx'), bytes, utf8('yy'));
    expect(importMapBytes(padded.subarray(2, 2 + bytes.length))).toEqual({ ok: true, doc: testMap(2) });
  });

  it('text beyond ASCII survives the trip', () => {
    const doc = { ...testMap(1), label: 'Müller, Zoë – 腰痛 🙂' };
    expect(importMapBytes(utf8(exportMap(doc)))).toEqual({ ok: true, doc });
  });

  it.each([
    ['a byte that never occurs in UTF-8', [0xff]],
    ['a sequence cut short', [0xc3]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a Latin-1 "é"', [0xe9]],
  ])('%s is refused, not replaced with a stand-in character', (_name, bad) => {
    const text = exportMap({ ...testMap(1), label: 'Patient BAD' });
    const [before, after] = text.split('BAD') as [string, string];
    const result = refused(importMapBytes(join(utf8(before), new Uint8Array(bad), utf8(after))));
    expect(result.message).toBe('This file is not valid UTF-8 text, so it is not a map saved by Fascia Map; it may be damaged.');
    expect(result.path).toBe('');
  });

  it('UTF-16 text is refused, saying so', () => {
    const text = exportMap(testMap(1));
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(refused(importMapBytes(utf16)).message).toMatch(/^This file is UTF-16 text, but Fascia Map files are UTF-8 text/);
  });

  // Decided: a UTF-8 byte order mark is what Windows Notepad writes when the file is saved again; it says
  // nothing about the map, so it is skipped and the file imported like any other.
  it('a file starting with a UTF-8 byte order mark is imported as if it had none', () => {
    const bytes = join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(exportMap(testMap(2))));
    expect(importMapBytes(bytes)).toEqual({ ok: true, doc: testMap(2) });
  });

  it('a byte order mark alone is an empty file', () => {
    expect(refused(importMapBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).message).toBe('This file is empty.');
    expect(refused(importMapBytes(new Uint8Array(0))).message).toBe('This file is empty.');
  });

  it('more bytes than the limit are refused before decoding', () => {
    const result = refused(importMapBytes(new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(result.message).toMatch(/too large.*20 MB/);
  });

  it('a hundred thousand nested lists as bytes are refused like the text', QUICKLY, () => {
    const result = refused(importMapBytes(utf8(envelope(`{"label":${nestedLists(HUGE)}}`))));
    expect(result.message).toMatch(TOO_DEEP);
  });
});
