// What IndexedDB hands back is untrusted: a damaged or hostile record never touches Object.prototype and
// never changes what is stored when loading; damage after a good base is cut away to the last good state
// and said, and only a damaged base (or a newer app's map) refuses the load with a plain message.
import { describe, expect, it } from 'vitest';
import { createStore, del, get, set } from 'idb-keyval';
import { createPersistence } from '../../../src/persistence';
import { jumpTo, undo } from '../../../src/history/history';
import { setKind, setNotes } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import { FIRST_SESSION, testMap } from '../../fixtures/maps';
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
  session = commit(session, setPain('p0', FIRST_SESSION, 5), persistence);
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
async function loadDamaged(damage: Damage, savedIn?: string) {
  const dbName = savedIn ?? (await savedMap()).dbName;
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

/** Refused: nothing good to start from (the base), or a map from a newer version of the app. */
const REFUSED: [string, Damage, RegExp][] = [
  [
    'a base with a value out of range',
    change(baseKey, ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], 12),
    /starting snapshot is not valid \(Pain must be a whole number from 0 to 10 \(found 12\) at points.p0.readings.session-1.pain\)/,
  ],
  ['a base with NaN, which IndexedDB holds but JSON cannot', change(baseKey, ['points', 'p1', 'anchor', 'angle'], Number.NaN), /points.p1.anchor.angle/],
  ['a base that is not a map', (raw) => set(baseKey, 'oops', raw), /starting snapshot/],
  ['a head from a newer version of the app', change(headKey, ['schemaVersion'], SCHEMA_VERSION + 1), /newer version of Fascia Map/],
];

/**
 * Recovered to the last good state: `steps` of the three stored steps are applied, `undo` of them kept as undo
 * history (null: none, the undo history itself was damaged), and the message says what was left out.
 */
const RECOVERED: [string, Damage, { steps: number; undo: number; message: RegExp }][] = [
  ['a head that is not an object', (raw) => set(headKey, 'oops', raw), { steps: 3, undo: 3, message: /head\) was damaged, so it was rebuilt/ }],
  ['a head with the cursor past its steps', change(headKey, ['cursor'], 9), { steps: 3, undo: 3, message: /head\) was damaged/ }],
  ['a head naming another map', change(headKey, ['mapId'], 'm-other'), { steps: 3, undo: 3, message: /head\) was damaged/ }],
  ['a head with a negative count', change(headKey, ['count'], -1), { steps: 3, undo: 3, message: /head\) was damaged/ }],
  ['a missing head', (raw) => del(headKey, raw), { steps: 3, undo: 3, message: /head\) was missing/ }],
  ['a patch path through __proto__', change(entryKey(0), ['patches'], [{ op: 'add', path: ['__proto__', 'polluted'], value: 'yes' }]), { steps: 0, undo: 0, message: /2 steps of its history, from step 1 on, were damaged \(missing or not valid\)/ }],
  ['a patch path through constructor.prototype', change(entryKey(0), ['patches'], [{ op: 'add', path: ['constructor', 'prototype', 'polluted'], value: 'yes' }]), { steps: 0, undo: 0, message: /from step 1 on/ }],
  ['a patch path ending in prototype', change(entryKey(0), ['inversePatches'], [{ op: 'add', path: ['points', 'prototype'], value: 'yes' }]), { steps: 0, undo: 0, message: /from step 1 on/ }],
  ['a patch value with a __proto__ key', change(entryKey(1), ['patches'], [{ op: 'replace', path: ['points', 'p1'], value: hostile }]), { steps: 1, undo: 1, message: /1 step of its history, from step 2 on, was damaged/ }],
  ['a patch operation immer never writes', change(entryKey(0), ['patches'], [{ op: 'move', path: ['label'], value: 'x' }]), { steps: 0, undo: 0, message: /from step 1 on/ }],
  ['a patch path that is not a list', change(entryKey(0), ['patches'], [{ op: 'add', path: 'label', value: 'x' }]), { steps: 0, undo: 0, message: /from step 1 on/ }],
  ['an entry whose label is not text', change(entryKey(1), ['label'], 42), { steps: 1, undo: 1, message: /from step 2 on/ }],
  ['a missing entry before the cursor', (raw) => del(entryKey(0), raw), { steps: 0, undo: 0, message: /from step 1 on/ }],
  ['steps that leave the map invalid', change(entryKey(0), ['patches'], [{ op: 'replace', path: ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], value: 99 }]), { steps: 0, undo: 0, message: /from step 1 on, left the map invalid/ }],
  ['steps that do not fit the map', change(entryKey(0), ['patches'], [{ op: 'remove', path: ['points', 'nope', 'x', 'y'] }]), { steps: 0, undo: 0, message: /from step 1 on, were damaged \(it does not fit the map\)/ }],
  ['undo steps that do not lead back', change(entryKey(0), ['inversePatches'], [{ op: 'replace', path: ['points', 'p0', 'readings', FIRST_SESSION, 'pain'], value: 8 }]), { steps: 2, undo: -1, message: /undo history did not lead back/ }],
];

describe('loading damaged storage', () => {
  it('opens the undamaged map (the control case)', async () => {
    const { dbName, session } = await savedMap();
    expect(await reopen(dbName).loadMap('m-test')).toEqual({ status: 'loaded', ...session });
  });

  it.each(REFUSED)('refuses %s, keeping the records as they are', async (_name, damage, message) => {
    const { outcome, before, after } = await loadDamaged(damage);
    expect(outcome).toEqual(failed(message));
    expect(outcome).toEqual(failed(/^(The saved map is damaged: .+\.|This map was saved by a newer version .+)$/));
    expect(after).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(RECOVERED)('recovers from %s to the last good state, says what was left out, and writes nothing itself', async (_name, damage, expected) => {
    const { dbName, session } = await savedMap();
    const { outcome, before, after } = await loadDamaged(damage, dbName);
    if (outcome.status !== 'loaded') throw new Error(`not recovered: ${JSON.stringify(outcome)}`);
    const all = { entries: session.history.entries, cursor: 2 };
    expect(outcome.doc).toEqual(jumpTo(session.doc, all, expected.steps).doc);
    if (expected.undo < 0) expect(outcome.history).toEqual({ entries: [], cursor: 0 });
    else {
      expect(outcome.history.cursor).toBe(expected.undo);
      expect(outcome.history.entries.map((e) => e.id)).toEqual(session.history.entries.slice(0, expected.undo).map((e) => e.id));
    }
    expect(outcome.recovered?.message).toMatch(expected.message);
    // The records as they were, to keep aside: the damage is in them.
    expect(outcome.recovered?.records.base).toEqual(before.find(([key]) => JSON.stringify(key) === JSON.stringify(baseKey))?.[1]);
    expect(after).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('a damaged redo tail', () => {
  it('is dropped and said; the map and its undo steps still open', async () => {
    const { dbName, session } = await savedMap();
    const raw = createStore(dbName, 'records');
    await change(entryKey(2), ['patches'], [{ op: 'add', path: ['__proto__'], value: 1 }])(raw);
    const outcome = await reopen(dbName).loadMap('m-test');
    expect(outcome).toMatchObject({ status: 'loaded', doc: session.doc, history: { entries: session.history.entries.slice(0, 2), cursor: 2 } });
    expect(outcome.status === 'loaded' && outcome.recovered?.message).toMatch(/Steps you had undone could not be read/);
  });
});
