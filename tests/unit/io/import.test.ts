// importMap refuses every kind of bad file with a plain message and the JSON path of the problem.
import { describe, expect, it, vi } from 'vitest';
import { importMap } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { MAX_FILE_BYTES, SCHEMA_VERSION } from '../../../src/io/format';
import { validateDocument } from '../../../src/io/validate';
import { MAX_POINTS } from '../../../src/model/limits';
import { testMap, testPoint } from '../../fixtures/maps';

type Json = Record<string, unknown>;

/** A valid file with points p0 and p1, as a plain object to break in one place. */
function file(): Json & { map: Json & { points: Record<string, Json & { anchor: Json; readings: Record<string, Json> }> } } {
  return JSON.parse(exportMap(testMap(2)));
}

function refused(text: string) {
  const result = importMap(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

function refusedWith(change: (f: ReturnType<typeof file>) => void) {
  const f = file();
  change(f);
  return refused(JSON.stringify(f));
}

describe('importMap accepts', () => {
  it('a file it exported', () => {
    const result = importMap(exportMap(testMap(2)));
    expect(result).toEqual({ ok: true, doc: testMap(2) });
  });
});

describe('importMap refuses the file as a whole', () => {
  it('when it is not JSON', () => {
    const result = refused('{"format": "fascia-map",');
    expect(result.message).toMatch(/^This file is not valid JSON: /);
    expect(result.path).toBe('');
  });

  it('when it is empty', () => {
    expect(refused('').message).toBe('This file is empty.');
    expect(refused('  \n ').message).toBe('This file is empty.');
  });

  it('when it is larger than 20 MB, before parsing', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const big = `{"notes":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    expect(refused(big).message).toMatch(/too large.*20 MB/);
    // Multi-byte text: fewer characters than the limit but more bytes.
    expect(refused(`"${'é'.repeat(MAX_FILE_BYTES / 2 + 10)}"`).message).toMatch(/too large/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('when it is not an object', () => {
    expect(refused('[1, 2]').message).toMatch(/expected a JSON object, found a list of 2/);
    expect(refused('42').message).toMatch(/found 42/);
    expect(refused('null').message).toMatch(/found empty/);
  });

  it('when the format name is wrong or missing', () => {
    const wrong = refusedWith((f) => (f.format = 'body-chart'));
    expect(wrong.message).toMatch(/^This is not a Fascia Map file/);
    expect(wrong.path).toBe('format');
    expect(refusedWith((f) => delete f.format).message).toMatch(/^This is not a Fascia Map file/);
  });

  it('when it was saved by a newer version', () => {
    const result = refusedWith((f) => (f.schemaVersion = SCHEMA_VERSION + 1));
    expect(result.message).toBe(
      `This map was saved by a newer version of Fascia Map (format version ${SCHEMA_VERSION + 1}); this version reads up to ${SCHEMA_VERSION}. Update the app to open it.`,
    );
    expect(result.path).toBe('schemaVersion');
  });

  it('when the version is missing or not a whole number', () => {
    for (const version of [undefined, '1', 1.5, 0, -1, null]) {
      const result = refusedWith((f) => (f.schemaVersion = version));
      expect(result.path).toBe('schemaVersion');
      expect(result.message).toMatch(/format version must be a whole number/);
    }
  });

  it('when it has no map', () => {
    expect(refusedWith((f) => Reflect.deleteProperty(f, 'map')).path).toBe('map');
    expect(refusedWith((f) => ((f as Json).map = [])).message).toMatch(/The map must be an object \(found a list of 0\) at map$/);
  });
});

describe('importMap refuses a value out of range, naming its path', () => {
  it('pain above 10', () => {
    const result = refusedWith((f) => (f.map.points.p1!.readings['session-1']!.pain = 12));
    expect(result.path).toBe('map.points.p1.readings.session-1.pain');
    expect(result.message).toBe('Pain must be a whole number from 0 to 10 (found 12) at map.points.p1.readings.session-1.pain');
  });

  it('pain that is not a whole number', () => {
    expect(refusedWith((f) => (f.map.points.p0!.readings['session-1']!.pain = 2.5)).message).toMatch(/found 2.5\) at map.points.p0.readings.session-1.pain$/);
  });

  it('an angle outside -π..π', () => {
    const result = refusedWith((f) => (f.map.points.p0!.anchor.angle = 7));
    expect(result.path).toBe('map.points.p0.anchor.angle');
    expect(result.message).toMatch(/^The angle around the body must be a number from -π to π \(found 7\)/);
  });

  it('a height below the floor or above the model', () => {
    expect(refusedWith((f) => (f.map.points.p0!.anchor.height = -0.5)).path).toBe('map.points.p0.anchor.height');
    expect(refusedWith((f) => (f.map.points.p0!.anchor.height = 12)).path).toBe('map.points.p0.anchor.height');
  });

  it('a number too large to be finite', () => {
    const text = JSON.stringify(file()).replace('"height":1.32', '"height":1e999');
    const result = refused(text);
    expect(result.path).toBe('map.points.p0.anchor.height');
    expect(result.message).toMatch(/found a number too large to use/);
    expect(refused(JSON.stringify(file()).replace('"face":1842', '"face":1e999')).path).toBe('map.points.p0.anchor.face');
  });

  it('position, normal or barycentric of the wrong length', () => {
    expect(refusedWith((f) => (f.map.points.p0!.anchor.position = [0, 1])).path).toBe('map.points.p0.anchor.position');
    expect(refusedWith((f) => (f.map.points.p0!.anchor.normal = [0, 1, 0, 0])).path).toBe('map.points.p0.anchor.normal');
    expect(refusedWith((f) => (f.map.points.p0!.anchor.barycentric = [1])).path).toBe('map.points.p0.anchor.barycentric');
    const component = refusedWith((f) => (f.map.points.p0!.anchor.barycentric = [0.5, 0.5, 2]));
    expect(component.path).toBe('map.points.p0.anchor.barycentric[2]');
    expect(component.message).toMatch(/from 0 to 1 \(found 2\)/);
  });

  it('an unknown layer', () => {
    const result = refusedWith((f) => (f.map.points.p0!.anchor.layer = 'bone'));
    expect(result.path).toBe('map.points.p0.anchor.layer');
    expect(result.message).toMatch(/^Unknown body layer.*\(found "bone"\)/);
  });

  it('an unknown region', () => {
    const result = refusedWith((f) => (f.map.points.p1!.region = 'spleen.left'));
    expect(result.path).toBe('map.points.p1.region');
    expect(result.message).toBe('Unknown body region (found "spleen.left") at map.points.p1.region');
  });

  it('an unknown kind', () => {
    const result = refusedWith((f) => (f.map.points.p1!.kind = 'dormant'));
    expect(result.path).toBe('map.points.p1.kind');
    expect(result.message).toMatch(/active, latent or satellite \(found "dormant"\)/);
  });

  it('a point id that does not match its key', () => {
    const result = refusedWith((f) => (f.map.points.p1!.id = 'p7'));
    expect(result.path).toBe('map.points.p1.id');
    expect(result.message).toMatch(/stored under "p1" has the id "p7"/);
  });

  it('a point id that is not url-safe', () => {
    const result = refusedWith((f) => {
      f.map.points['p 1'] = { ...f.map.points.p1!, id: 'p 1' };
    });
    expect(result.path).toBe('map.points["p 1"]');
    expect(result.message).toMatch(/letters, digits, - and _/);
  });

  it('notes longer than 10,000 characters', () => {
    const result = refusedWith((f) => (f.map.points.p0!.notes = 'n'.repeat(10_001)));
    expect(result.path).toBe('map.points.p0.notes');
    expect(result.message).toMatch(/^Notes must be text of at most 10,000 characters \(found text of 10,001 characters\)/);
  });

  it('a label longer than 200 characters', () => {
    const result = refusedWith((f) => (f.map.label = 'L'.repeat(201)));
    expect(result.path).toBe('map.label');
    expect(result.message).toMatch(/at most 200 characters/);
  });

  it('more than 5,000 points', () => {
    const result = refusedWith((f) => {
      const point = f.map.points.p0!;
      for (let i = 0; i <= MAX_POINTS; i++) f.map.points[`x${i}`] = { ...point, id: `x${i}` };
    });
    expect(result.path).toBe('map.points');
    expect(result.message).toMatch(/at most 5,000 points \(found 5,003\)/);
  });

  it('a damaged order key or date', () => {
    expect(refusedWith((f) => (f.map.points.p0!.order = 'b')).path).toBe('map.points.p0.order');
    expect(refusedWith((f) => (f.map.points.p0!.createdAt = 'yesterday')).path).toBe('map.points.p0.createdAt');
    expect(refusedWith((f) => (f.map.createdAt = 5)).path).toBe('map.createdAt');
  });
});

describe('importMap refuses keys that reach Object.prototype', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`"${key}" as a point key and inside a point`, () => {
      const asPoint = JSON.stringify(file()).replace('"points":{', `"points":{"${key}":{"polluted":"yes"},`);
      expect(refused(asPoint).path).toBe(`map.points.${key}`);
      const inside = JSON.stringify(file()).replace('"notes":"Point 0"', `"notes":"Point 0","${key}":{"polluted":"yes"}`);
      const result = refused(inside);
      expect(result.path).toBe(`map.points.p0.${key}`);
      expect(result.message).toMatch(new RegExp(`The key "${key}" is not allowed`));
    });
  }

  it('and leaves Object.prototype untouched', () => {
    const hostile =
      '{"format":"fascia-map","schemaVersion":1,"__proto__":{"polluted":"yes"},' +
      '"map":{"id":"m1","label":"x","createdAt":"2026-11-29T10:00:00.000Z",' +
      '"points":{"__proto__":{"polluted":"yes","id":"__proto__"}},"constructor":{"prototype":{"polluted":"yes"}}}}';
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expect(importMap(hostile).ok).toBe(false);
    expect(validateDocument(JSON.parse(hostile).map, 1).ok).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importMap is lenient where a default is obvious', () => {
  it('fills missing notes, findings and pain and drops unknown fields', () => {
    const f = file();
    const point = f.map.points.p0!;
    delete point.notes;
    delete point.findings;
    delete point.readings['session-1']!.pain;
    point.colour = 'red';
    f.map.appointments = [];
    const result = importMap(JSON.stringify(f));
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.points.p0).toEqual(testPoint('p0', { order: 'a0' }));
    expect(result.doc).not.toHaveProperty('appointments');
  });
});
