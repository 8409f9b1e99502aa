// One writer per map across tabs and windows (Web Locks): the tab that edits a map holds its lock; another
// tab that opens the same map reads it and follows, until it takes editing over (which moves the lock).
// Without Web Locks (an old browser) every tab is a writer, as before.

/** A held map lock; release() gives it up (the map was closed). */
export interface HeldLock {
  release(): void;
}

export type AcquireMode =
  /** Only if no other tab holds it: null at once when one does. */
  | 'ifFree'
  /** Takes it from the tab that holds it. */
  | 'steal'
  /** Waits until the tab that holds it lets it go (closes the map or the tab). */
  | 'wait';

export interface MapLocks {
  /**
   * Becomes the writer of a map: null when it could not (another tab holds it with 'ifFree', or `signal`
   * aborted the wait). `onLost` runs when another tab takes the lock away.
   */
  acquire(mapId: string, opts: { mode: AcquireMode; onLost: () => void; signal?: AbortSignal }): Promise<HeldLock | null>;
  /** Runs `task` holding the map's lock if no tab has the map open; null (task not run) when one has. */
  whileFree<T>(mapId: string, task: () => Promise<T>): Promise<T | null>;
  /** Runs `task` holding an app-wide lock, waiting for it: for setting the library up once across tabs. */
  exclusive<T>(name: string, task: () => Promise<T>): Promise<T>;
}

const lockName = (mapId: string) => `fascia-map:map:${mapId}`;

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function createMapLocks(locks: LockManager | undefined = globalThis.navigator?.locks): MapLocks {
  if (!locks) {
    return {
      acquire: async () => ({ release() {} }),
      whileFree: (_mapId, task) => task(),
      exclusive: (_name, task) => task(),
    };
  }
  /** Locks this tab is letting go, by map: acquiring waits for them. */
  const releasing = new Map<string, Promise<void>>();
  return {
    async acquire(mapId, { mode, onLost, signal }) {
      // This tab closed the map a moment ago: its lock goes first, or reopening it would find it taken.
      await releasing.get(mapId);
      return new Promise((resolve) => {
        let release: () => void = () => {};
        const released = new Promise<void>((done) => {
          release = done;
        });
        let granted = false;
        const options: LockOptions =
          mode === 'steal' ? { steal: true } : mode === 'ifFree' ? { ifAvailable: true } : signal ? { signal } : {};
        const request = locks
          .request(lockName(mapId), options, async (lock) => {
            if (!lock) {
              resolve(null);
              return;
            }
            granted = true;
            resolve({
              release() {
                releasing.set(mapId, settled);
                void settled.then(() => {
                  if (releasing.get(mapId) === settled) releasing.delete(mapId);
                });
                release();
              },
            });
            await released;
          })
          .catch((error: unknown) => {
            // Granted, then aborted: another tab stole the lock and this tab is no longer the writer.
            if (granted && isAbort(error)) onLost();
            else if (!granted) resolve(null);
          });
        /** Settles once the lock is let go (the request's promise ends after its callback). */
        const settled: Promise<void> = request.then(() => undefined);
      });
    },
    async whileFree(mapId, task) {
      let result: { value: Awaited<ReturnType<typeof task>> } | null = null;
      await locks.request(lockName(mapId), { ifAvailable: true }, async (lock) => {
        if (lock) result = { value: await task() };
      });
      return result === null ? null : (result as { value: Awaited<ReturnType<typeof task>> }).value;
    },
    async exclusive(name, task) {
      return locks.request(`fascia-map:${name}`, () => task());
    },
  };
}
