// A write that fails (the browser's storage is full) shows as a save error, leaves storage consistent,
// and the next successful write clears the error and catches up on what was missed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, get } from 'idb-keyval';
import { createPersistence, SAVE_FAILED_MESSAGE, STORAGE_FULL_MESSAGE } from '../../../src/persistence';
import { setPain } from '../../../src/model/reading-operations';
import { FIRST_SESSION, testMap } from '../../fixtures/maps';
import { commit, freshDbName, reopen, startSession } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('write errors', () => {
  it('a full storage shows the export advice, and the next write clears it', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session = startSession(testMap(1), persistence);
    await persistence.flush();

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    session = commit(session, setPain('p0', FIRST_SESSION, 5), persistence);
    await persistence.flush();
    expect(persistence.getStatus()).toEqual({
      state: 'error',
      message: "Could not save: the browser's storage is full. Export the map to keep a copy.",
    });
    expect(persistence.getStatus()).toEqual({ state: 'error', message: STORAGE_FULL_MESSAGE });

    // The error stays visible while the next write is queued, and clears once it succeeds.
    session = commit(session, setPain('p0', FIRST_SESSION, 6), persistence);
    expect(persistence.getStatus().state).toBe('error');
    await persistence.flush();
    expect(persistence.getStatus().state).toBe('saved');

    // The step whose write failed was caught up on: both steps reopen.
    expect(await reopen(dbName).loadMap('m-test')).toEqual({ status: 'loaded', ...session });
  });

  it('any other failure gives a plain message', async () => {
    const persistence = createPersistence({ dbName: freshDbName() });
    const session = startSession(testMap(1), persistence);
    await persistence.flush();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Something odd', 'UnknownError');
    });
    commit(session, setPain('p0', FIRST_SESSION, 5), persistence);
    await persistence.flush();
    expect(persistence.getStatus()).toEqual({ state: 'error', message: SAVE_FAILED_MESSAGE });
  });

  it('a failure part-way through a save writes nothing of it: no entry without its head', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    const session = startSession(testMap(1), persistence);
    await persistence.flush();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (Array.isArray(key) && key[2] === 'head') throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    commit(session, setPain('p0', FIRST_SESSION, 5), persistence);
    await persistence.flush();
    vi.restoreAllMocks();
    const raw = createStore(dbName, 'records');
    expect(await get(['map', 'm-test', 'entry', 0], raw)).toBeUndefined();
    expect(await get(['map', 'm-test', 'head'], raw)).toMatchObject({ count: 0, cursor: 0 });
    expect(await reopen(dbName).loadMap('m-test')).toEqual({ status: 'loaded', doc: session.doc, history: session.history });
  });

  it('save() never throws, even when a listener does', async () => {
    const persistence = createPersistence({ dbName: freshDbName() });
    persistence.subscribe(() => {
      throw new Error('listener bug');
    });
    expect(() => startSession(testMap(1), persistence)).not.toThrow();
    await persistence.flush();
    expect(persistence.getStatus().state).toBe('saved');
  });
});
