// window.__fasciaMap: a read-only window onto the editor for end-to-end tests and support, in every
// build. It exposes nothing that is not already on screen, and changes nothing but the camera view.

import type { EditorStore, ViewName } from '../store/editor-store';
import type { LayerId } from '../anatomy/layers';
import { viewportApi } from '../scene/viewport-api';

export interface FasciaMapDebugHandle {
  readonly ready: boolean;
  document(): unknown;
  history(): { entries: { id: string; label: string }[]; cursor: number };
  selection(): string | null;
  screenPointFor(layer: LayerId, angle: number, height: number): { x: number; y: number } | null;
  view(name: ViewName): void;
}

declare global {
  interface Window {
    __fasciaMap?: FasciaMapDebugHandle;
  }
}

export function installDebugHandle(editor: EditorStore): void {
  const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  window.__fasciaMap = {
    get ready() {
      return editor.store.getState().doc !== null && (viewportApi()?.hasRendered() ?? false);
    },
    document: () => clone(editor.store.getState().doc),
    history: () => {
      const { history } = editor.store.getState();
      return { entries: history.entries.map((e) => ({ id: e.id, label: e.label })), cursor: history.cursor };
    },
    selection: () => editor.store.getState().selection,
    screenPointFor: (layer, angle, height) => viewportApi()?.screenPointFor(layer, angle, height) ?? null,
    view: (name) => editor.requestView(name),
  };
}
