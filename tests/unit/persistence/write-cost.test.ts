// The cost of one edit must not grow with the size of the map: an edit writes its entry, the head and the
// map's library summary, an undo the head and the summary, whatever the number of points.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPersistence, type MapPersistence } from '../../../src/persistence';
import { undo } from '../../../src/history/history';
import { setFinding } from '../../../src/model/operations';
import { setPain } from '../../../src/model/reading-operations';
import { FIRST_SESSION, testMap } from '../../fixtures/maps';
import { commit, freshDbName, startSession, type Session } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Records every put: its key and the size of its value as JSON. */
function spyOnWrites() {
  const writes: { key: unknown; bytes: number }[] = [];
  const name = (key: unknown) => (Array.isArray(key) && key[0] === 'library' ? 'summary' : (key as unknown[])[2]);
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    writes.push({ key: name(key), bytes: JSON.stringify(value).length });
    return put.call(this, value, key);
  });
  return writes;
}

async function savedMapOf(points: number): Promise<{ persistence: MapPersistence; session: Session }> {
  const persistence = createPersistence({ dbName: freshDbName() });
  const session = startSession(testMap(points), persistence);
  await persistence.flush();
  return { persistence, session };
}

async function measure(points: number) {
  const { persistence, session } = await savedMapOf(points);
  const writes = spyOnWrites();
  const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
  let after = commit(session, setPain('p1', FIRST_SESSION, 9), persistence);
  after = commit(after, setFinding('p1', 'tautBand', true), persistence);
  await persistence.flush();
  const edits = writes.splice(0);
  const editTransactions = transactions.mock.calls.length;
  const undone = undo(after.doc, after.history)!;
  persistence.save(undone.doc, undone.history, { kind: 'cursor' });
  await persistence.flush();
  const cursor = writes.splice(0);
  vi.restoreAllMocks();
  const total = (list: { bytes: number }[]) => list.reduce((sum, w) => sum + w.bytes, 0);
  return { edits, cursor, editBytes: total(edits), cursorBytes: total(cursor), editTransactions };
}

describe('the cost of one edit', () => {
  it('is its entry, the head and the summary, the same for 10 or 3,000 points', async () => {
    const small = await measure(10);
    const large = await measure(3000);

    const perEdit = ['entry', 'head', 'summary'];
    expect(small.edits.map((w) => w.key)).toEqual([...perEdit, ...perEdit]);
    expect(large.edits.map((w) => w.key)).toEqual([...perEdit, ...perEdit]);
    // Each edit's records go in one transaction, so a crash never leaves one without the others.
    expect(large.editTransactions).toBe(2);
    // Only ids, timestamps and the summary's point counts differ: "10" and "3000" are two characters apart,
    // in each of the two edits' summaries. Nothing else grows with the map.
    expect(large.editBytes - small.editBytes).toBe(2 * 2);
    expect(small.editBytes).toBeLessThan(2000);

    expect(large.cursor.map((w) => w.key)).toEqual(['head', 'summary']);
    expect(large.cursorBytes - small.cursorBytes).toBe(2);
  });
});
