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
    editor.open(loaded.doc, loaded.history, { persist: false });
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
