// Saving and reopening a map step by step: entries, undo, a dropped redo tail, the cap, status.
import { describe, expect, it } from 'vitest';
import { createStore, get, keys } from 'idb-keyval';
import { createPersistence, type SaveStatus } from '../../../src/persistence';
import { jumpTo, redo, undo } from '../../../src/history/history';
import { placePoint, renameMap, setKind, setNotes } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import { FIRST_SESSION, testMap, testPoint } from '../../fixtures/maps';
import { commit, freshDbName, reopen, startSession, type Session } from './helpers';

async function load(dbName: string): Promise<Session> {
  const outcome = await reopen(dbName).loadMap('m-test');
  if (outcome.status !== 'loaded') throw new Error(`expected a loaded map, got ${JSON.stringify(outcome)}`);
  return { doc: outcome.doc, history: outcome.history };
}

describe('persistence', () => {
  it('finds nothing in a new browser', async () => {
    expect(await createPersistence({ dbName: freshDbName() }).loadMap('m-test')).toEqual({ status: 'missing' });
  });

  it('saves a new map, its steps and an undo, and reopens them the same', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session = startSession(testMap(2), persistence);
    session = commit(session, placePoint(testPoint('p9', { order: 'a5', region: 'gluteus-medius.right', side: 'right' })), persistence);
    session = commit(session, setPain('p9', FIRST_SESSION, 6), persistence);
    session = commit(session, setNotes('p9', 'T'), persistence);
    session = commit(session, setNotes('p9', 'Ta'), persistence);
    session = commit(session, renameMap('Demo patient B'), persistence);
    const undone = undo(session.doc, session.history)!;
    persistence.save(undone.doc, undone.history, { kind: 'cursor' });
    await persistence.flush();
    expect(persistence.getStatus().state).toBe('saved');

    const loaded = await load(dbName);
    expect(loaded.doc).toEqual(undone.doc);
    expect(loaded.history).toEqual(undone.history);
    expect(loaded.history.cursor).toBe(3); // the two notes keystrokes are one step

    // Undo and redo still work on what was reopened.
    expect(undo(loaded.doc, loaded.history)!.doc).toEqual(undo(undone.doc, undone.history)!.doc);
    expect(redo(loaded.doc, loaded.history)!.doc).toEqual(session.doc);
  });

  it('overwrites the redo tail and removes its stale entries', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session = startSession(testMap(1), persistence);
    for (const pain of [1, 2, 3, 4]) session = commit(session, setPain('p0', FIRST_SESSION, pain), persistence);
    for (let i = 0; i < 3; i++) {
      session = undo(session.doc, session.history)!;
      persistence.save(session.doc, session.history, { kind: 'cursor' });
    }
    session = commit(session, setKind('p0', 'active'), persistence);
    await persistence.flush();

    const loaded = await load(dbName);
    expect(loaded.history.entries.map((e) => e.label)).toEqual(['Set pain to 1', 'Mark point as active']);
    expect(loaded.doc).toEqual(session.doc);
    const stored = await keys(createStore(dbName, 'records'));
    expect(stored.filter((k) => Array.isArray(k) && k[2] === 'entry')).toHaveLength(2);
  });

  it('keeps history within the cap across many steps and reopens the same', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session = startSession(testMap(1), persistence);
    for (let i = 0; i < 260; i++) session = commit(session, setPain('p0', FIRST_SESSION, i % 11 === 0 ? null : i % 11), persistence, 20);
    await persistence.flush();
    expect(session.history.entries).toHaveLength(20);

    const loaded = await load(dbName);
    expect(loaded.doc).toEqual(session.doc);
    expect(loaded.history).toEqual(session.history);
    // Folded steps are compacted into the base now and then, so storage does not grow without bound.
    const stored = await keys(createStore(dbName, 'records'));
    expect(stored.filter((k) => Array.isArray(k) && k[2] === 'entry').length).toBeLessThanOrEqual(20 + 101);
    expect(jumpTo(loaded.doc, loaded.history, 0).doc).toEqual(jumpTo(session.doc, session.history, 0).doc);
  });

  it('also accepts a full save after the cap dropped entries', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session = startSession(testMap(1), persistence);
    for (let i = 1; i <= 6; i++) session = commit(session, setPain('p0', FIRST_SESSION, i), persistence, 3);
    persistence.save(session.doc, session.history, { kind: 'all' });
    await persistence.flush();
    const loaded = await load(dbName);
    expect(loaded).toEqual(session);
    const base = await get(['map', session.doc.id, 'base'], createStore(dbName, 'records'));
    expect(base.points.p0.readings[FIRST_SESSION].pain).toBe(3);
  });

  it('writes everything when a step arrives for a map it has not saved', async () => {
    const dbName = freshDbName();
    const persistence = createPersistence({ dbName });
    let session: Session = { doc: testMap(1), history: { entries: [], cursor: 0 } };
    session = commit(session, setPain('p0', FIRST_SESSION, 5), persistence);
    await persistence.flush();
    expect(await load(dbName)).toEqual(session);
  });

  it('reports saving, then saved, to subscribers until they unsubscribe', async () => {
    const persistence = createPersistence({ dbName: freshDbName() });
    const seen: SaveStatus['state'][] = [];
    const stop = persistence.subscribe((status) => seen.push(status.state));
    expect(persistence.getStatus()).toEqual({ state: 'idle' });
    const session = startSession(testMap(1), persistence);
    commit(session, setPain('p0', FIRST_SESSION, 3), persistence);
    expect(persistence.getStatus()).toEqual({ state: 'saving' });
    await persistence.flush();
    expect(persistence.getStatus()).toMatchObject({ state: 'saved', at: expect.any(String) });
    expect(seen).toEqual(['saving', 'saved']);
    stop();
    commit(session, setPain('p0', FIRST_SESSION, 4), persistence);
    await persistence.flush();
    expect(seen).toEqual(['saving', 'saved']);
  });
});
