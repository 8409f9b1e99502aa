// One open map in one tab: its editor store, and whether this tab is the map's writer. A tab that opens a map
// another tab is editing shows it read-only and follows each change the writer stores, until the therapist
// takes editing over; the tab that loses the lock becomes the follower. Closing the map lets the lock go.

import type { MapPersistence } from '../persistence';
import type { HeldLock, MapLocks } from '../persistence/map-lock';
import type { TabChannel } from '../persistence/tab-channel';
import type { LoadOutcome, StoredRecords } from '../persistence';
import type { MapDocument } from '../model/types';
import type { HistoryState } from '../history/types';
import { createEditorStore, type EditorStore } from './editor-store';

export interface MapSession {
  readonly editor: EditorStore;
  /** Moves editing of this map to this tab (the other tab becomes read-only), with the map as stored now. */
  takeOver(): Promise<void>;
  /** The map was closed: stop following, let the lock go. Saves already queued still complete. */
  close(): void;
}

export interface SessionDeps {
  readonly persistence: MapPersistence;
  readonly locks: MapLocks;
  readonly channel?: TabChannel;
  /** Offers damaged records to the therapist as a file. */
  readonly exportRecords: (mapId: string, label: string, records: StoredRecords) => void;
  /** The map is closed with changes that could not be saved: keep them, so opening it again shows them. */
  readonly keepUnsaved: (doc: MapDocument, history: HistoryState) => void;
}

export const EDITING_MOVED_MESSAGE =
  'Editing of this map moved to another tab or window. Here it is now shown read-only and follows the changes made there.';

/** A map to open: as loaded from storage, or as kept in this tab with changes storage did not take. */
export type OpenedMap = Extract<LoadOutcome, { status: 'loaded' }> & { readonly unsaved?: boolean };

export async function openMapSession(deps: SessionDeps, loaded: OpenedMap): Promise<MapSession> {
  const { persistence, locks } = deps;
  const mapId = loaded.doc.id;
  let lock: HeldLock | null = null;
  let closed = false;
  /** Whether the map shown came from storage after opening (following another tab), not from this tab's memory. */
  let tookStored = false;
  /** Read through a function: close() changes it while a reload awaits storage. */
  const isOpen = () => !closed;

  // Reloads serialise: a change stored while one reload runs starts one more after it.
  let reloading: Promise<void> | null = null;
  let again = false;
  async function reload(): Promise<void> {
    if (reloading) {
      again = true;
      return reloading;
    }
    reloading = (async () => {
      do {
        again = false;
        const fresh = await persistence.loadMap(mapId);
        if (!isOpen()) return;
        if (fresh.status === 'loaded') {
          tookStored = true;
          editor.replaceFromStorage(fresh.doc, fresh.history);
        }
        else if (fresh.status === 'failed') editor.notify({ kind: 'error', message: `The changes made in the other tab could not be read: ${fresh.message}` });
      } while (again && isOpen());
    })();
    try {
      await reloading;
    } finally {
      reloading = null;
    }
  }

  function onLost() {
    if (closed) return;
    lock = null;
    editor.setReadOnly(true);
    editor.notify({ kind: 'info', message: EDITING_MOVED_MESSAGE });
    void reload();
    waitForWriterToLeave();
  }

  /** Becomes the writer with the map as stored now (the other tab may have saved more since it was loaded). */
  async function becomeWriter(held: HeldLock, message: string) {
    if (closed) return held.release();
    lock = held;
    if (loaded.unsaved && !tookStored) {
      // This tab holds changes storage never took: they win over the stored copy, which is rewritten whole.
      const { doc, history } = editor.store.getState();
      editor.setReadOnly(false);
      if (doc) editor.open(doc, history, { persist: true });
      editor.notify({ kind: 'info', message });
      return;
    }
    await reload();
    editor.setReadOnly(false);
    editor.notify({ kind: 'info', message });
  }

  // A follower waits for the writer to close the map (or its tab), then edits here; taking over ends the wait.
  const waiting = new AbortController();
  function waitForWriterToLeave() {
    void locks.acquire(mapId, { mode: 'wait', onLost, signal: waiting.signal }).then((held) => {
      if (!held) return;
      if (lock || closed) held.release();
      else void becomeWriter(held, 'The other tab or window closed this map: you are editing it here now.');
    });
  }

  lock = await locks.acquire(mapId, { mode: 'ifFree', onLost });
  const writer = lock !== null;
  const { recovered } = loaded;
  // Damaged records are kept aside before the recovered map replaces them; if that fails, nothing is written.
  const keptAside = writer && recovered ? await persistence.setAside(mapId, recovered.records) : false;
  const mustNotWrite = Boolean(recovered) && writer && !keptAside;
  const editor = createEditorStore(mustNotWrite ? null : persistence);
  if (mustNotWrite) {
    editor.store.setState({ saveStatus: { state: 'error', message: 'the damaged records could not be kept aside, so nothing is saved' } });
  }
  // A map saved by an older version, recovered, or with changes that could not be saved before, is stored
  // again whole, once, by its writer only.
  editor.open(loaded.doc, loaded.history, { persist: writer && (Boolean(loaded.migratedFrom) || keptAside || Boolean(loaded.unsaved)) });
  if (recovered) {
    editor.notify({
      kind: 'error',
      message: `Part of this map was damaged in this browser's storage. ${recovered.message} ${
        keptAside
          ? 'The damaged records are kept aside in this browser, and you can export them.'
          : 'The damaged records were left as they are; changes are not saved until they can be kept aside. Export the map to keep a copy.'
      }`,
      action: { label: 'Export damaged records', perform: () => deps.exportRecords(mapId, loaded.doc.label, recovered.records) },
    });
  }
  if (!writer) {
    // The read-only banner says so for as long as it lasts.
    editor.setReadOnly(true);
    waitForWriterToLeave();
  } else if (loaded.migratedFrom) {
    editor.notify({ kind: 'info', message: migrationNotice(loaded.migratedFrom) });
  }

  const unsubscribe = deps.channel?.subscribe((message) => {
    if (message.mapId === mapId && editor.store.getState().readOnly) void reload();
  });

  return {
    editor,
    async takeOver() {
      if (closed || lock) return;
      const held = await locks.acquire(mapId, { mode: 'steal', onLost });
      if (held) await becomeWriter(held, 'You are editing this map in this tab now.');
    },
    close() {
      const { doc, history, saveStatus, readOnly } = editor.store.getState();
      if (doc && saveStatus.state === 'error' && !readOnly) deps.keepUnsaved(doc, history);
      closed = true;
      waiting.abort();
      unsubscribe?.();
      lock?.release();
      lock = null;
      editor.dispose();
    },
  };
}

/** What opening a map saved by an older version changed, in words, for every step it went through. */
export function migrationNotice(fromVersion: number): string {
  const changes: string[] = [];
  if (fromVersion < 2) changes.push('muscle points now sit on the muscle layer of their muscle (superficial, intermediate or deep)');
  if (fromVersion < 3) changes.push('its points and pain ratings became session 1, dated the day the map was started; start the next session when you see the patient again');
  return `This map was updated for this version of Fascia Map: ${changes.join('; ')}. Undo still works.`;
}
