// The offer of a new version of the app: shown once a new service worker is installed and waiting, taken
// up only when the therapist chooses to, and only after the open map's latest change is in storage.

import type { EditorStore } from '../store/editor-store';

/** Where the offer stands; the update banner shows it. */
export type UpdateOfferState =
  /** Nothing new: no banner. */
  | { readonly kind: 'none' }
  /** A new version waits; the banner offers to reload into it. */
  | { readonly kind: 'ready' }
  /** Asked to reload: waiting for the open map's latest change to be saved first. */
  | { readonly kind: 'saving' }
  /** Asked to reload, but the latest change could not be saved: not reloaded, so nothing is lost. */
  | { readonly kind: 'unsaved' }
  /** Saved; the new version is taking over and the page reloads. */
  | { readonly kind: 'reloading' };

/** A new version of the app, installed and waiting to take over. */
export interface WaitingVersion {
  /** Lets it take over this page; resolves once it controls the page (or it already did). */
  activate(): Promise<void>;
}

export interface UpdateOfferDeps {
  /** Resolves true once every change made so far is stored, false when the latest could not be saved. */
  whenSaved(): Promise<boolean>;
  /** Reloads the page (into the new version). */
  reload(): void;
}

export interface UpdateOffer {
  getState(): UpdateOfferState;
  subscribe(listener: () => void): () => void;
  /** A new version is waiting: offer it (the registration calls this). */
  offer(version: WaitingVersion): void;
  /** The therapist chose to reload: wait for "Saved", let the new version take over, reload. */
  accept(): Promise<void>;
}

export function createUpdateOffer(deps: UpdateOfferDeps): UpdateOffer {
  let state: UpdateOfferState = { kind: 'none' };
  let waiting: WaitingVersion | null = null;
  const listeners = new Set<() => void>();

  function set(next: UpdateOfferState): void {
    state = next;
    for (const listener of listeners) listener();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offer(version) {
      waiting = version;
      // A second offer while one is being taken up changes nothing the therapist sees.
      if (state.kind === 'none') set({ kind: 'ready' });
    },
    async accept() {
      if (!waiting || (state.kind !== 'ready' && state.kind !== 'unsaved')) return;
      set({ kind: 'saving' });
      if (!(await deps.whenSaved())) {
        set({ kind: 'unsaved' });
        return;
      }
      set({ kind: 'reloading' });
      await waiting.activate();
      deps.reload();
    },
  };
}

/**
 * Resolves once the open map has nothing left to save (true), or once saving it failed (false); at once
 * when no map is open (the library writes each change before it shows it).
 */
export function whenEditorSaved(editor: EditorStore | null): Promise<boolean> {
  if (!editor) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settled = (): boolean => {
      const status = editor.store.getState().saveStatus;
      if (status.state === 'saving') return false;
      resolve(status.state !== 'error');
      return true;
    };
    if (settled()) return;
    const unsubscribe = editor.store.subscribe(() => {
      if (settled()) unsubscribe();
    });
  });
}
