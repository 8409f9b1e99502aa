// Fuzzing the gate every map passes (a file, IndexedDB): random JSON, damaged real exports, damaged text
// and damaged bytes. Whatever comes in, the answer is a map that validates again or a refusal with words
// and a path, within a second, and Object.prototype is never touched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importMap, importMapBytes } from '../../../src/io/import';
import { exportMap } from '../../../src/io/export';
import { SCHEMA_VERSION } from '../../../src/io/format';
import { validateDocument, type ValidationResult } from '../../../src/io/validate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Real exports from the app, one per schema version, so migration is fuzzed too. */
const EXPORTS = ['v2-app-export.json', 'v1-torso-2026.1-demo.json'].map((name) =>
  readFileSync(new URL(`../../fixtures/maps/${name}`, import.meta.url), 'utf8'),
);

const MAX_CASE_MS = 1_000;
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** What an attack would try to plant on Object.prototype. */
const PAYLOAD = { polluted: 'yes' };

// The prototypes an attack would reach, and their own keys before any case ran.
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const keysBefore = PROTOTYPES.map((proto) => Reflect.ownKeys(proto));

/** Cases checked so far, so each property can show it ran them all. */
let casesChecked = 0;

/** Runs a property for `numRuns` cases and answers how many of them reached the checks. */
function casesCheckedBy<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): number {
  const before = casesChecked;
  fc.assert(property, { numRuns });
  return casesChecked - before;
}

/** Runs one import, timed, and checks the outcome is one of the two allowed answers. */
function expectAllowedOutcome(run: () => ValidationResult): void {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  expect(elapsed, `one case took ${Math.round(elapsed)} ms`).toBeLessThan(MAX_CASE_MS);
  if (result.ok) {
    expect(validateDocument(result.doc, SCHEMA_VERSION)).toEqual({ ok: true, doc: result.doc });
    // Through JSON text, as export writes it (-0 comes back as 0).
    expect(importMap(exportMap(result.doc))).toEqual({ ok: true, doc: JSON.parse(JSON.stringify(result.doc)) });
  } else {
    expect(typeof result.message).toBe('string');
    expect(result.message.trim()).not.toBe('');
    expect(typeof result.path).toBe('string');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  casesChecked++;
}

/** Keys a map uses and keys an attack uses, mixed with random ones. */
const key = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...RESERVED_KEYS, 'polluted', 'id', 'label', 'createdAt', 'points', 'anchor', 'layer', 'format', 'toString'),
);

const arbitraries = fc.letrec<{ value: Json; list: Json[]; object: { [key: string]: Json } }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 12 }),
    tie('list'),
    tie('object'),
  ),
  list: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
const json: fc.Arbitrary<Json> = arbitraries.value;
/** Mostly objects, as a map is, so more cases get past "the map must be an object". */
const mapLike: fc.Arbitrary<Json> = fc.oneof({ weight: 1, arbitrary: json }, { weight: 3, arbitrary: arbitraries.object });

describe('random JSON', () => {
  it('as a whole file', () => {
    expect(
      casesCheckedBy(
        fc.property(fc.jsonValue(), (value) => expectAllowedOutcome(() => importMap(JSON.stringify(value)))),
        400,
      ),
    ).toBe(400);
  });

  it('as the map inside a valid envelope', () => {
    expect(
      casesCheckedBy(
        fc.property(mapLike, fc.constantFrom(1, 2), (map, schemaVersion) =>
          expectAllowedOutcome(() => importMap(JSON.stringify({ format: 'fascia-map', schemaVersion, map }))),
        ),
        800,
      ),
    ).toBe(800);
  });

  it('as a map read back from IndexedDB', () => {
    expect(
      casesCheckedBy(
        fc.property(mapLike, fc.constantFrom(1, 2), (doc, schemaVersion) => expectAllowedOutcome(() => validateDocument(doc, schemaVersion))),
        500,
      ),
    ).toBe(500);
  });
});

/** One entry of a list or object in the document, to change. */
interface Spot {
  readonly parent: Container;
  readonly key: string | number;
}

function spotsIn(root: Json): Spot[] {
  const spots: Spot[] = [];
  const pending: Json[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const k of keys) {
      spots.push({ parent: node, key: k });
      pending.push(read({ parent: node, key: k }));
    }
  }
  return spots;
}

function read(spot: Spot): Json {
  return (spot.parent as Record<string | number, Json>)[spot.key] as Json;
}

/** Sets an own property, even one named __proto__, without reaching any prototype. */
function put(parent: Container, k: string | number, value: Json): void {
  Object.defineProperty(parent, k, { value, writable: true, enumerable: true, configurable: true });
}

type Mutation =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: Json }
  | { readonly kind: 'copy'; readonly at: number; readonly to: number }
  | { readonly kind: 'nest'; readonly at: number; readonly depth: number; readonly asList: boolean }
  | { readonly kind: 'rename'; readonly at: number; readonly name: string }
  | { readonly kind: 'reservedKey'; readonly at: number; readonly name: (typeof RESERVED_KEYS)[number] }
  | { readonly kind: 'rawLiteral'; readonly at: number; readonly literal: string };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('replace' as const), at, value: json }),
  fc.record({ kind: fc.constant('copy' as const), at, to: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), at, depth: fc.integer({ min: 1, max: 120 }), asList: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), at, name: key }),
  fc.record({ kind: fc.constant('reservedKey' as const), at, name: fc.constantFrom(...RESERVED_KEYS) }),
  // Numbers and text JSON can hold but JavaScript cannot make with JSON.stringify.
  fc.record({
    kind: fc.constant('rawLiteral' as const),
    at,
    literal: fc.constantFrom('1e999', '-1e999', '-0', '1e-400', '123456789012345678901234567890', '"\\ud800"', '"\\u0000"', '"\\u2028"'),
  }),
);

/**
 * A real export changed by `mutations`. Reserved keys and raw literals go in through the JSON text (as a
 * file would carry them): a marker is placed in the value, then replaced in the text.
 */
function mutatedExport(fileText: string, mutations: readonly Mutation[]): string {
  const root = JSON.parse(fileText) as Json;
  const replacements = new Map<string, string>();
  const marker = (replacement: string) => {
    const name = `@@fuzz-marker-${replacements.size}@@`;
    replacements.set(JSON.stringify(name), replacement);
    return name;
  };
  for (const change of mutations) {
    const spots = spotsIn(root);
    if (spots.length === 0) break;
    const spot = spots[change.at % spots.length]!;
    const { parent, key: k } = spot;
    switch (change.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(k), 1);
        else delete parent[k];
        break;
      case 'replace':
        put(parent, k, structuredClone(change.value));
        break;
      case 'copy': {
        const target = spots[change.to % spots.length]!;
        put(target.parent, target.key, structuredClone(read(spot)));
        break;
      }
      case 'nest': {
        let value = read(spot);
        for (let i = 0; i < change.depth; i++) value = change.asList ? [value] : { [k]: value };
        put(parent, k, value);
        break;
      }
      case 'rename':
        if (!Array.isArray(parent)) {
          const value = read(spot);
          delete parent[k];
          put(parent, change.name, value);
        }
        break;
      case 'reservedKey': {
        const value = read(spot);
        const target = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
        put(target, marker(JSON.stringify(change.name)), structuredClone(PAYLOAD));
        if (target !== value) put(parent, k, target);
        break;
      }
      case 'rawLiteral':
        put(parent, k, marker(change.literal));
        break;
    }
  }
  let text = JSON.stringify(root);
  for (const [name, replacement] of replacements) text = text.replaceAll(name, replacement);
  return text;
}

describe('real exports, damaged', () => {
  it('by changes to their values and keys', () => {
    expect(
      casesCheckedBy(
        fc.property(fc.constantFrom(...EXPORTS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (fileText, mutations) => {
          const text = mutatedExport(fileText, mutations);
          expectAllowedOutcome(() => importMap(text));
        }),
        2_000,
      ),
    ).toBe(2_000);
  });

  it('with __proto__, constructor or prototype keys, which are always refused', () => {
    expect(
      casesCheckedBy(
        fc.property(fc.constantFrom(...EXPORTS), fc.nat(), fc.constantFrom(...RESERVED_KEYS), (fileText, spot, name) => {
          const text = mutatedExport(fileText, [{ kind: 'reservedKey', at: spot, name }]);
          const result = importMap(text);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.message).toContain(`The key "${name}" is not allowed`);
            expect(result.path.endsWith(name)).toBe(true);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          casesChecked++;
        }),
        200,
      ),
    ).toBe(200);
  });

  const edit = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at }),
    fc.record({
      kind: fc.constant('insert' as const),
      at,
      text: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom('{', '[', ']', '}', ',', '"', '\\', ':', '"__proto__":{"polluted":1},', 'null', '1e999', '\ufeff', '\u2028'),
      ),
    }),
    fc.record({ kind: fc.constant('remove' as const), at, length: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 20 }) }),
  );

  it('by edits to their text', () => {
    expect(
      casesCheckedBy(
        fc.property(fc.constantFrom(...EXPORTS), fc.array(edit, { minLength: 1, maxLength: 4 }), (fileText, edits) => {
          let text = fileText;
          for (const change of edits) {
            const i = change.at % (text.length + 1);
            if (change.kind === 'cut') text = text.slice(0, i);
            else if (change.kind === 'insert') text = text.slice(0, i) + change.text + text.slice(i);
            else if (change.kind === 'remove') text = text.slice(0, i) + text.slice(i + change.length);
            else text = text.slice(0, i) + text.slice(i, i + change.length).repeat(change.times) + text.slice(i);
          }
          expectAllowedOutcome(() => importMap(text));
        }),
        300,
      ),
    ).toBe(300);
  });

  it('by changes to their bytes', () => {
    const encoded = EXPORTS.map((text) => new TextEncoder().encode(text));
    const byteEdit = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), insert: fc.boolean() });
    expect(
      casesCheckedBy(
        fc.property(fc.constantFrom(...encoded), fc.array(byteEdit, { minLength: 1, maxLength: 4 }), (original, edits) => {
          let bytes = original.slice();
          for (const change of edits) {
            const i = change.at % (bytes.length + 1);
            if (change.insert || i === bytes.length) {
              const grown = new Uint8Array(bytes.length + 1);
              grown.set(bytes.subarray(0, i));
              grown[i] = change.byte;
              grown.set(bytes.subarray(i), i + 1);
              bytes = grown;
            } else {
              bytes[i] = change.byte;
            }
          }
          expectAllowedOutcome(() => importMapBytes(bytes));
        }),
        250,
      ),
    ).toBe(250);
  });

  it('or random bytes altogether', () => {
    expect(
      casesCheckedBy(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectAllowedOutcome(() => importMapBytes(bytes))),
        150,
      ),
    ).toBe(150);
  });
});

it('leaves every prototype as it was, after all the cases above', () => {
  expect(casesChecked).toBeGreaterThanOrEqual(2_000);
  expect(PROTOTYPES.map((proto) => Reflect.ownKeys(proto))).toEqual(keysBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
