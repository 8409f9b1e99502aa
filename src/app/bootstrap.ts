// Starts the editor: loads the body model and the last map from IndexedDB in parallel, opens the demo
// map on a first visit, and never writes to storage before the first load has finished.

import torsoUrl from '../../models/torso.glb?url';
import { createPersistence } from '../persistence';
import { emptyHistory } from '../history/history';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { loadBodyModel, type BodyModel } from '../scene/body-model';
import { buildDemoMap } from './demo-map';

export interface Started {
  readonly editor: EditorStore;
  readonly model: BodyModel;
}

export async function startEditor(): Promise<Started> {
  const persistence = createPersistence();
  const [model, loaded] = await Promise.all([loadBodyModel(torsoUrl), persistence.loadLast()]);

  if (loaded.status === 'loaded') {
    const editor = createEditorStore(persistence);
    // A map saved by an older version is stored again whole, in the current format, once it has opened.
    editor.open(loaded.doc, loaded.history, { persist: Boolean(loaded.migratedFrom) });
    if (loaded.migratedFrom) {
      editor.notify({
        kind: 'info',
        message: 'Your map was updated for the new body model: muscle points now sit on the muscle layer of their muscle (superficial, intermediate or deep). Undo still works.',
      });
    }
    return { editor, model };
  }

  const demo = buildDemoMap((layer, angle, height) => model.anchorAt(layer, angle, height));
  if (loaded.status === 'empty') {
    const editor = createEditorStore(persistence);
    editor.open(demo, emptyHistory(), { persist: true });
    return { editor, model };
  }

  // The saved map could not be read: keep it untouched in storage (no writes this session) and say so.
  const editor = createEditorStore(null);
  editor.open(demo, emptyHistory(), { persist: false });
  editor.notify({
    kind: 'error',
    message: `Your saved map could not be opened: ${loaded.message} It has been left untouched in this browser. A demo map is open instead; changes to it are not saved, but you can export them.`,
  });
  editor.store.setState({ saveStatus: { state: 'error', message: 'saving is paused to protect the map that could not be opened' } });
  return { editor, model };
}
