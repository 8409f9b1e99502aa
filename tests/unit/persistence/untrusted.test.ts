// What IndexedDB hands back is untrusted: a damaged or hostile record refuses the load with a plain
// message, leaves the stored data exactly as it was, and never touches Object.prototype.
import { describe, expect, it } from 'vitest';
import { createStore, del, get, set } from 'idb-keyval';
import { createPersistence } from '../../../src/persistence';
import { undo } from '../../../src/history/history';
import { setKind, setNotes, setPain } from '../../../src/model/operations';
import { testMap } from '../../fixtures/maps';
import { commit, freshDbName, reopen, snapshot, startSession, type Session } from './helpers';
import { SCHEMA_VERSION } from '../../../src/io/format';

const MAP_ID = 'm-test';
const headKey = ['map', MAP_ID, 'head'];
const baseKey = ['map', MAP_ID, 'base'];
const entryKey = (seq: number) => ['map', MAP_ID, 'entry', seq];

/** A saved map with three steps, the last one undone (cursor 2 of 3). */
async function savedMap(): Promise<{ dbName: string; session: Session }> {
  const dbName = freshDbName();
  const persistence = createPersistence({ dbName });
  let session = startSession(testMap(2), persistence);
  session = commit(session, setPain('p0', 5), persistence);
  session = commit(session, setKind('p1', 'active'), persistence);
  session = commit(session, setNotes('p1', 'tender'), persistence);
  session = undo(session.doc, session.history)!;
  persistence.save(session.doc, session.history, { kind: 'cursor' });
  await persistence.flush();
  return { dbName, session };
}

type Raw = ReturnType<typeof createStore>;
type Damage = (raw: Raw) => Promise<unknown>;

/** Saves a map, damages it, loads it: the outcome and the stored data before and after loading. */
async function loadDamaged(damage: Damage) {
  const { dbName } = await savedMap();
  await damage(createStore(dbName, 'records'));
  const before = await snapshot(dbName);
  const outcome = await reopen(dbName).loadMap('m-test');
  return { outcome, before, after: await snapshot(dbName) };
}

/** Stores `value` at `path` inside the record under `key`. */
function change(key: IDBValidKey, path: readonly (string | number)[], value: unknown): Damage {
  return async (raw) => {
    const record: unknown = structuredClone(await get(key, raw));
    let target = record as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
    target[path.at(-1)!] = value;
    await set(key, record, raw);
  };
}

const failed = (message: RegExp) => ({ status: 'failed', message: expect.stringMatching(message) });
const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}}');

const DAMAGES: [string, Damage, RegExp][] = [
  [
    'a base with a value out of range',
    change(baseKey, ['points', 'p0', 'painNrs'], 12),
    /starting snapshot is not valid \(Pain must be a whole number from 0 to 10 \(found 12\) at points.p0.painNrs\)/,
  ],
  ['a base with NaN, which IndexedDB holds but JSON cannot', change(baseKey, ['points', 'p1', 'anchor', 'angle'], Number.NaN), /points.p1.anchor.angle/],
  ['a base that is not a map', (raw) => set(baseKey, 'oops', raw), /starting snapshot/],
  ['a head that is not an object', (raw) => set(headKey, 'oops', raw), /head record is not valid/],
  ['a head with the cursor past its steps', change(headKey, ['cursor'], 9), /head record/],
  ['a head naming another map', change(headKey, ['mapId'], 'm-other'), /head record/],
  ['a head with a negative count', change(headKey, ['count'], -1), /head record/],
  ['a missing head', (raw) => del(headKey, raw), /head record/],
  ['a head from a newer version of the app', change(headKey, ['schemaVersion'], SCHEMA_VERSION + 1), /newer version of Fascia Map/],
  ['a patch path through __proto__', change(entryKey(0), ['patches'], [{ op: 'add', path: ['__proto__', 'polluted'], value: 'yes' }]), /step 1 of its history is missing or not valid/],
  ['a patch path through constructor.prototype', change(entryKey(0), ['patches'], [{ op: 'add', path: ['constructor', 'prototype', 'polluted'], value: 'yes' }]), /step 1 /],
  ['a patch path ending in prototype', change(entryKey(0), ['inversePatches'], [{ op: 'add', path: ['points', 'prototype'], value: 'yes' }]), /step 1 /],
  ['a patch value with a __proto__ key', change(entryKey(1), ['patches'], [{ op: 'replace', path: ['points', 'p1'], value: hostile }]), /step 2 /],
  ['a patch operation immer never writes', change(entryKey(0), ['patches'], [{ op: 'move', path: ['label'], value: 'x' }]), /step 1 /],
  ['a patch path that is not a list', change(entryKey(0), ['patches'], [{ op: 'add', path: 'label', value: 'x' }]), /step 1 /],
  ['an entry whose label is not text', change(entryKey(1), ['label'], 42), /step 2 /],
  ['a missing entry before the cursor', (raw) => del(entryKey(0), raw), /step 1 /],
  ['steps that leave the map invalid', change(entryKey(0), ['patches'], [{ op: 'replace', path: ['points', 'p0', 'painNrs'], value: 99 }]), /after its saved steps is not valid/],
  ['steps that do not fit the map', change(entryKey(0), ['patches'], [{ op: 'remove', path: ['points', 'nope', 'x', 'y'] }]), /step 1 of its history does not fit/],
  ['undo steps that do not lead back', change(entryKey(0), ['inversePatches'], [{ op: 'replace', path: ['points', 'p0', 'painNrs'], value: 8 }]), /undo history does not lead back/],
];

describe('loading refuses damaged storage and keeps it', () => {
  it('opens the undamaged map (the control case)', async () => {
    const { dbName, session } = await savedMap();
    expect(await reopen(dbName).loadMap('m-test')).toEqual({ status: 'loaded', ...session });
  });

  it.each(DAMAGES)('%s', async (_name, damage, message) => {
    const { outcome, before, after } = await loadDamaged(damage);
    expect(outcome).toEqual(failed(message));
    expect(outcome).toEqual(failed(/^(The saved map is damaged: .+\.|This map was saved by a newer version .+)$/));
    expect(after).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('a damaged redo tail', () => {
  it('is dropped; the map and its undo steps still open', async () => {
    const { dbName, session } = await savedMap();
    const raw = createStore(dbName, 'records');
    await change(entryKey(2), ['patches'], [{ op: 'add', path: ['__proto__'], value: 1 }])(raw);
    const outcome = await reopen(dbName).loadMap('m-test');
    expect(outcome).toEqual({ status: 'loaded', doc: session.doc, history: { entries: session.history.entries.slice(0, 2), cursor: 2 } });
  });
});
