// The library of maps: which maps are stored (from their summaries, never by loading them), which screen
// the app shows, and the library's commands: new, open, rename, duplicate, delete and restore, import.
// A map's own changes (including a rename) go through an editor store and its undo history.

import { createStore } from 'zustand/vanilla';
import type { MapDocument } from '../model/types';
import { newMapDocument } from '../model/document';
import { newMapId } from '../model/ids';
import { renameMap } from '../model/operations';
import { DELETED_MAP_RETENTION_DAYS, MAX_LABEL_LENGTH, MAX_MAPS } from '../model/limits';
import { emptyHistory } from '../history/history';
import type { HistoryState } from '../history/types';
import { importMap } from '../io';
import { importMapBytes } from '../io/import';
import { refuse, type ValidationResult } from '../io/validate';

/** A file's bytes as a map: a Fascia Map file, or a PNG exported by Fascia Map that carries its map. */
async function importMapOrImage(content: ArrayBuffer | Uint8Array): Promise<ValidationResult> {
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  if (!png) return importMapBytes(bytes);
  // Loaded only when an image is imported.
  const { mapJsonFromPng } = await import('../io/png-map');
  const text = mapJsonFromPng(bytes);
  return text === null ? refuse('This image carries no map: only images exported by Fascia Map can be imported.', []) : importMap(text);
}
import { NO_FLAGS } from '../persistence/map-summary';
import { createMemoryPersistence } from '../persistence/memory';
import type { ListedMap, MapPersistence, StoredRecords } from '../persistence';
import { LIBRARY_ROUTE, type Route } from './routes';
import { createEditorStore } from './editor-store';
import { openMapSession, type MapSession, type OpenedMap } from './map-session';
import { createMapLocks, type MapLocks } from '../persistence/map-lock';
import type { TabChannel } from '../persistence/tab-channel';

export interface LibraryNotice {
  readonly kind: 'error' | 'info';
  readonly message: string;
  /** Set after a delete: the notice offers to undo it. */
  readonly undoDeleteOf?: string;
}

export interface LibraryState {
  readonly status: 'loading' | 'ready' | 'failed';
  /** Why the library could not be opened at all. */
  readonly failure: string | null;
  readonly maps: readonly ListedMap[];
  readonly notice: LibraryNotice | null;
  readonly route: Route;
  /** Set for as long as the browser lets the app store nothing: the maps live in this tab only. */
  readonly storageProblem: string | null;
}

/** What opening a map for the editor came to. */
export type OpenOutcome = OpenedMap | { status: 'refused' };

export interface LibraryDeps {
  readonly persistence: MapPersistence;
  /** Changes the address (and so the route); the app feeds the new route back through setRoute. */
  readonly navigate: (route: Route, opts?: { replace?: boolean }) => void;
  /** Builds the demo map on the body model, for a first visit. */
  readonly buildDemo: () => Promise<MapDocument>;
  /** One writer per map across tabs; without it (tests, old browsers) every tab may write. */
  readonly locks?: MapLocks;
  /** What other tabs stored: the list follows it. */
  readonly channel?: TabChannel;
  /** Offers a map's records, as stored, to the therapist as a file. */
  readonly exportRecords: (mapId: string, label: string, records: StoredRecords) => void;
  readonly now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "“Patient 12”", or a plain description when the label is empty. */
export function quotedLabel(label: string): string {
  return label.trim() === '' ? 'the map without a label' : `“${label}”`;
}

/** A label fit for a map (trimmed), or a message saying what is wrong with it. */
export function checkMapLabel(label: string): { ok: true; label: string } | { ok: false; message: string } {
  const trimmed = label.trim();
  if (trimmed === '') return { ok: false, message: 'Give the map a patient label (a pseudonym such as “Patient 0142”).' };
  if (trimmed.length > MAX_LABEL_LENGTH) {
    return { ok: false, message: `A patient label can be at most ${MAX_LABEL_LENGTH} characters long (this one has ${trimmed.length}).` };
  }
  return { ok: true, label: trimmed };
}

export function createLibraryStore(deps: LibraryDeps) {
  // Swapped for a memory-only library when the browser lets the app store nothing.
  let persistence = deps.persistence;
  const locks = deps.locks ?? createMapLocks(undefined);
  const now = deps.now ?? (() => new Date());
  const store = createStore<LibraryState>(() => ({
    status: 'loading',
    failure: null,
    maps: [],
    notice: null,
    route: LIBRARY_ROUTE,
    storageProblem: null,
  }));

  const notify = (notice: LibraryNotice | null) => store.setState({ notice });
  const fail = (message: string) => notify({ kind: 'error', message });
  const listed = (id: string) => store.getState().maps.find((m) => m.id === id);
  /**
   * Maps closed with changes storage did not take (full, failing): opening one again shows it as it was in
   * this tab, never the older stored copy, and tries to store it whole.
   */
  const unsaved = new Map<string, { doc: MapDocument; history: HistoryState }>();
  /**
   * A map this tab has just checked and stored (new, imported, the demo) and is going to: the editor opens it
   * without reading and checking it again. Forgotten on any other route.
   */
  let goingTo: MapDocument | null = null;
  function goToAdded(doc: MapDocument, opts?: { replace?: boolean }): void {
    goingTo = doc;
    deps.navigate({ name: 'map', mapId: doc.id }, opts);
  }
  const labelOf = (id: string) => quotedLabel(listed(id)?.summary?.label ?? '');

  async function refresh(): Promise<void> {
    try {
      store.setState({ maps: await persistence.listMaps() });
    } catch {
      fail("The list of maps could not be read from this browser's storage.");
    }
  }

  function hasRoom(): boolean {
    const count = store.getState().maps.length;
    if (count < MAX_MAPS) return true;
    fail(`The library is full: it holds ${count} maps, the most it can hold is ${MAX_MAPS}. Delete maps you no longer need, and empty Recently deleted, to make room.`);
    return false;
  }

  async function addMap(doc: MapDocument, opts: { demo?: boolean } = {}): Promise<boolean> {
    const stored = await persistence.createMap(doc, emptyHistory(), { ...NO_FLAGS, demo: opts.demo ?? false });
    if (!stored) fail(`${quotedLabel(doc.label)} could not be saved in this browser (its storage may be full). Nothing was changed.`);
    await refresh();
    return stored;
  }

  /** Removes deleted maps kept longer than the retention period. */
  async function purgeExpired(): Promise<void> {
    const cutoff = now().getTime() - DELETED_MAP_RETENTION_DAYS * DAY_MS;
    const expired = store.getState().maps.filter((m) => m.summary?.deletedAt && Date.parse(m.summary.deletedAt) < cutoff);
    for (const map of expired) await persistence.purgeMap(map.id);
    if (expired.length > 0) await refresh();
  }

  async function setUp(bareAddress: boolean): Promise<void> {
    let opened = await persistence.openLibrary();
    if (opened.status === 'unavailable') {
      persistence = createMemoryPersistence(opened.message);
      store.setState({ storageProblem: opened.message });
      opened = await persistence.openLibrary();
    }
    if (opened.status !== 'ready') {
      store.setState({ status: 'failed', failure: opened.message });
      return;
    }
    store.setState({ maps: opened.maps });
    await purgeExpired();
    if (opened.carriedOver > 0) {
      notify({
        kind: 'info',
        message:
          opened.carriedOver === 1
            ? 'Fascia Map now keeps a library of maps. Your map and its undo history are here, under Maps.'
            : `Fascia Map now keeps a library of maps. Your ${opened.carriedOver} saved maps and their undo histories are here.`,
      });
    }
    if (opened.firstVisit) {
      const demo = await deps.buildDemo();
      if (await addMap(demo, { demo: true })) {
        store.setState({ status: 'ready' });
        if (bareAddress) goToAdded(demo, { replace: true });
        return;
      }
    }
    store.setState({ status: 'ready' });
  }

  /** Runs a change of a map that must not happen while another tab edits it; says so when one does. */
  async function unlessOpenElsewhere<T>(mapId: string, what: string, task: () => Promise<T>): Promise<T | null> {
    const result = await locks.whileFree(mapId, task);
    if (result === null) {
      fail(`${labelOf(mapId)} is open for editing in another tab or window, so it cannot be ${what} here. Close it there first.`);
    }
    return result;
  }

  return {
    store,

    /** Opens the library (carrying the old single-map layout over), and the demo map on a first visit. */
    async start(initialRoute: Route, bareAddress: boolean): Promise<void> {
      store.setState({ route: initialRoute });
      deps.channel?.subscribe(() => void refresh());
      // Two tabs opened at once on a new browser must not both carry the old layout over or add a demo map.
      await locks.exclusive('library-setup', () => setUp(bareAddress));
    },

    refresh,
    notify,


    setRoute(route: Route) {
      if (route.name !== 'map' || route.mapId !== goingTo?.id) goingTo = null;
      store.setState({ route });
    },

    openMap(mapId: string) {
      deps.navigate({ name: 'map', mapId });
    },

    showLibrary() {
      deps.navigate(LIBRARY_ROUTE);
    },

    /**
     * Loads a map for the editor. A map that is missing, deleted or cannot be opened sends the therapist
     * back to the library with a message; a damaged map is noted on its summary and left as stored.
     */
    async openForEditor(mapId: string): Promise<OpenOutcome> {
      const summary = listed(mapId)?.summary;
      if (summary?.deletedAt) {
        notify({ kind: 'info', message: `${quotedLabel(summary.label)} was deleted. Restore it from Recently deleted to open it.` });
        deps.navigate(LIBRARY_ROUTE, { replace: true });
        return { status: 'refused' };
      }
      // Kept until a session has it open (openSession): an opening that is called off leaves it for the next.
      const kept = unsaved.get(mapId);
      if (kept) return { status: 'loaded', ...kept, unsaved: true };
      const added = goingTo?.id === mapId ? goingTo : null;
      goingTo = null;
      if (added) return { status: 'loaded', doc: added, history: emptyHistory() };
      const loaded = await persistence.loadMap(mapId);
      if (loaded.status === 'loaded') return loaded;
      if (loaded.status === 'missing') {
        fail('There is no map with this address in this browser. It may have been deleted, or saved in another browser.');
      } else {
        await persistence.recordProblem(mapId, loaded.message);
        await refresh();
        fail(`${labelOf(mapId)} could not be opened: ${asSentence(loaded.message)} It is kept as it is stored; you can export it as stored from the list.`);
      }
      deps.navigate(LIBRARY_ROUTE, { replace: true });
      return { status: 'refused' };
    },

    async newMap(label: string): Promise<string | null> {
      const checked = checkMapLabel(label);
      if (!checked.ok) {
        fail(checked.message);
        return null;
      }
      if (!hasRoom()) return null;
      const doc = newMapDocument({ label: checked.label, createdAt: now().toISOString() });
      if (!(await addMap(doc))) return null;
      notify(null);
      goToAdded(doc);
      return doc.id;
    },

    /** Renames a map as a step of its own undo history ("Rename map"), without opening it in the editor. */
    async rename(mapId: string, label: string): Promise<boolean> {
      const checked = checkMapLabel(label);
      if (!checked.ok) {
        fail(checked.message);
        return false;
      }
      const renamed = await unlessOpenElsewhere(mapId, 'renamed', async () => {
        const loaded = await persistence.loadMap(mapId);
        if (loaded.status !== 'loaded') {
          fail(`${labelOf(mapId)} could not be renamed: ${loaded.status === 'failed' ? asSentence(loaded.message) : 'it is no longer stored.'}`);
          return false;
        }
        const editor = createEditorStore(persistence);
        editor.open(loaded.doc, loaded.history, { persist: false });
        editor.commit(renameMap(checked.label));
        await persistence.flush();
        editor.dispose();
        await refresh();
        if (persistence.getStatus().state === 'error') {
          fail(`${labelOf(mapId)} could not be renamed: the change could not be saved in this browser.`);
          return false;
        }
        notify({ kind: 'info', message: `Renamed to ${quotedLabel(checked.label)}.` });
        return true;
      });
      return renamed ?? false;
    },

    /** A copy with a new id and label and a fresh undo history; the original is untouched. */
    async duplicate(mapId: string): Promise<string | null> {
      if (!hasRoom()) return null;
      const loaded = await persistence.loadMap(mapId);
      if (loaded.status !== 'loaded') {
        fail(`${labelOf(mapId)} could not be duplicated: ${loaded.status === 'failed' ? asSentence(loaded.message) : 'it is no longer stored.'}`);
        return null;
      }
      const label = `${loaded.doc.label} (copy)`.slice(0, MAX_LABEL_LENGTH);
      const copy: MapDocument = { ...loaded.doc, id: newMapId(), label, createdAt: now().toISOString() };
      if (!(await addMap(copy))) return null;
      notify({ kind: 'info', message: `Made a copy: ${quotedLabel(label)}.` });
      return copy.id;
    },

    /** Moves a map to Recently deleted: kept, restorable, for the retention period. */
    async deleteMap(mapId: string): Promise<boolean> {
      const label = labelOf(mapId);
      const marked = await unlessOpenElsewhere(mapId, 'deleted', () => persistence.setDeleted(mapId, now().toISOString()));
      if (marked === null) return false;
      if (!marked) {
        fail(`${label} could not be deleted: the change could not be saved in this browser.`);
        return false;
      }
      await refresh();
      notify({
        kind: 'info',
        message: `Deleted ${label}. It is kept in Recently deleted for ${DELETED_MAP_RETENTION_DAYS} days and can be restored until then.`,
        undoDeleteOf: mapId,
      });
      return true;
    },

    async restoreMap(mapId: string): Promise<boolean> {
      if (!(await persistence.setDeleted(mapId, null))) {
        fail(`${labelOf(mapId)} could not be restored: the change could not be saved in this browser.`);
        return false;
      }
      await refresh();
      notify({ kind: 'info', message: `Restored ${labelOf(mapId)}.` });
      return true;
    },

    /** Removes a deleted map for good (from Recently deleted, after the therapist confirmed). */
    async deleteForever(mapId: string): Promise<boolean> {
      const label = labelOf(mapId);
      const purged = await unlessOpenElsewhere(mapId, 'removed', () => persistence.purgeMap(mapId));
      if (purged === null) return false;
      if (!purged) {
        fail(`${label} could not be removed: the change could not be saved in this browser.`);
        return false;
      }
      await refresh();
      notify({ kind: 'info', message: `Removed ${label} for good.` });
      return true;
    },

    /** Opens a file as a new map beside the others (a new id if one is taken); nothing stored is overwritten. */
    async importFile(content: string | ArrayBuffer | Uint8Array, fileName: string): Promise<string | null> {
      // A file's bytes are checked as UTF-8 before anything else; text (tests, drag and drop of text) as it is.
      const result = typeof content === 'string' ? importMap(content) : await importMapOrImage(content);
      if (!result.ok) {
        fail(`${fileName} could not be imported: ${asSentence(result.message)} Nothing was changed.`);
        return null;
      }
      if (!hasRoom()) return null;
      const taken = store.getState().maps.some((m) => m.id === result.doc.id);
      const doc = taken ? { ...result.doc, id: newMapId() } : result.doc;
      if (!(await addMap(doc))) return null;
      notify({ kind: 'info', message: `Imported ${quotedLabel(doc.label)} from ${fileName} as a new map. Your other maps are unchanged.` });
      goToAdded(doc);
      return doc.id;
    },

    /** An editing session on a map loaded by openForEditor: writer, or read-only follower of another tab. */
    openSession(loaded: Extract<OpenOutcome, { status: 'loaded' }>): Promise<MapSession> {
      if (loaded.unsaved) unsaved.delete(loaded.doc.id);
      const keepUnsaved = (doc: MapDocument, history: HistoryState) => void unsaved.set(doc.id, { doc, history });
      return openMapSession({ persistence, locks, exportRecords: deps.exportRecords, keepUnsaved, ...(deps.channel ? { channel: deps.channel } : {}) }, loaded);
    },

    /** Offers a map's records exactly as stored as a file the therapist can keep or send for recovery. */
    async exportStored(mapId: string): Promise<StoredRecords | null> {
      const records = await persistence.readStored(mapId);
      if (!records) fail(`${labelOf(mapId)} could not be read from this browser's storage.`);
      else deps.exportRecords(mapId, listed(mapId)?.summary?.label ?? '', records);
      return records;
    },
  };
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;
