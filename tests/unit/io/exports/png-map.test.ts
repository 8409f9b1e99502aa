// A map stored in a PNG's tEXt chunk comes back out byte for byte, also with non-Latin text in it.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedMapInPng, isPng, mapJsonFromPng } from '../../../../src/io/png-map';
import { exportMap } from '../../../../src/io/export';
import { importMap } from '../../../../src/io/import';
import { testMap } from '../../../fixtures/maps';

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 2x2 grey RGB PNG. */
function tinyPng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.from([0, 128, 128, 128, 128, 128, 128, 0, 128, 128, 128, 128, 128, 128]);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

describe('map in a PNG', () => {
  it('round-trips a map with non-Latin text', () => {
    const doc = testMap(3, 'Пациент «Ж» — 患者 😀');
    const text = exportMap(doc);
    const png = embedMapInPng(tinyPng(), text);
    expect(isPng(png)).toBe(true);
    const back = mapJsonFromPng(png);
    expect(back).not.toBeNull();
    expect([...back!].every((c) => c.charCodeAt(0) < 0x7f)).toBe(true);
    const imported = importMap(back!);
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.doc).toEqual(doc);
  });

  it('an image without a map, or not a PNG, carries none', () => {
    expect(mapJsonFromPng(tinyPng())).toBeNull();
    expect(mapJsonFromPng(new TextEncoder().encode('{"format":"fascia-map"}'))).toBeNull();
    const cut = embedMapInPng(tinyPng(), exportMap(testMap(1))).subarray(0, 60);
    expect(() => mapJsonFromPng(cut)).not.toThrow();
  });
});
