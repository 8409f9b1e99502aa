// window.__fasciaMap: a read-only window onto the app for end-to-end tests and support, in every build.
// It exposes nothing that is not already on screen, and changes nothing but the camera view.

import type { EditorStore, ViewName } from '../store/editor-store';
import type { LibraryStore } from '../store/library-store';
import type { LayerId } from '../anatomy/layers';
import { frameProbe, viewportApi } from '../scene/viewport-api';

export interface FasciaMapDebugHandle {
  /** The library is listed, or the open map is loaded and its body drawn. */
  readonly ready: boolean;
  /** "library", or "map:<id>" once that map's editor is open. */
  screen(): string;
  /** The library's summaries, as listed. */
  maps(): unknown;
  document(): unknown;
  history(): { entries: { id: string; label: string }[]; cursor: number };
  selection(): string | null;
  screenPointFor(layer: LayerId, angle: number, height: number): { x: number; y: number } | null;
  view(name: ViewName): void;
  /** For `npm run bench`: renders n frames of the open map's view (an orbit from `turn`, 0..1) and returns each one's ms; null with no view. */
  measureFrames(count: number, turn?: number): number[] | null;
}

declare global {
  interface Window {
    __fasciaMap?: FasciaMapDebugHandle;
  }
}

export function installDebugHandle(library: LibraryStore, openEditor: () => EditorStore | null): void {
  const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const editorState = () => openEditor()?.store.getState() ?? null;
  window.__fasciaMap = {
    get ready() {
      const { status, route } = library.store.getState();
      if (status !== 'ready') return false;
      if (route.name === 'library') return true;
      return editorState()?.doc?.id === route.mapId && (viewportApi()?.hasRendered() ?? false);
    },
    screen: () => {
      const { route } = library.store.getState();
      if (route.name === 'library') return 'library';
      return editorState()?.doc?.id === route.mapId ? `map:${route.mapId}` : 'opening';
    },
    maps: () => clone(library.store.getState().maps),
    document: () => clone(editorState()?.doc ?? null),
    history: () => {
      const history = editorState()?.history ?? { entries: [], cursor: 0 };
      return { entries: history.entries.map((e) => ({ id: e.id, label: e.label })), cursor: history.cursor };
    },
    selection: () => editorState()?.selection ?? null,
    screenPointFor: (layer, angle, height) => viewportApi()?.screenPointFor(layer, angle, height) ?? null,
    view: (name) => openEditor()?.requestView(name),
    measureFrames: (count, turn) => frameProbe()?.measureFrames(count, turn) ?? null,
  };
}
