// React binding for the library store: screens read narrow slices through selectors and call its commands.

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LibraryState, LibraryStore } from './library-store';

const LibraryContext = createContext<LibraryStore | null>(null);

export function LibraryProvider({ library, children }: { library: LibraryStore; children: ReactNode }) {
  return <LibraryContext.Provider value={library}>{children}</LibraryContext.Provider>;
}

/** The library's commands (new map, open, rename, import...). */
export function useLibrary(): LibraryStore {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useLibrary must be used inside <LibraryProvider>');
  return library;
}

/** Reads one slice of library state and re-renders only when that slice changes. */
export function useLibraryState<T>(selector: (state: LibraryState) => T): T {
  return useStore(useLibrary().store, selector);
}
