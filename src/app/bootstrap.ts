// Starts the app: opens the library of maps (carrying an older single-map layout over) while the body model
// loads, makes the demo map on a first visit, and keeps the route in step with the address bar. Nothing is
// written to storage before the library has been read.

import torsoUrl from '../../models/torso.glb?url';
import { createPersistence } from '../persistence';
import { createMapLocks } from '../persistence/map-lock';
import { createTabChannel } from '../persistence/tab-channel';
import { createLibraryStore, type LibraryStore } from '../store/library-store';
import { hashFor, isBareAddress, parseRoute, type Route } from '../store/routes';
import { loadBodyModel, type BodyModel } from '../scene/body-model';
import { buildDemoMap } from './demo-map';
import { storedRecordsFile } from '../io/stored-records';
import { downloadText } from '../ui/file-io';

export interface Started {
  readonly library: LibraryStore;
  /** The body model, loading; the library does not wait for it, the editor does. */
  readonly model: Promise<BodyModel>;
}

export function startApp(): Started {
  const channel = createTabChannel();
  let askedToPersist = false;
  const persistence = createPersistence({
    onStored: (mapId) => {
      channel.post({ kind: 'stored', mapId });
      // After the first real save, ask the browser to keep the maps rather than clear them when space runs low.
      if (!askedToPersist) {
        askedToPersist = true;
        void navigator.storage?.persist?.().catch(() => false);
      }
    },
  });
  const model = loadBodyModel(torsoUrl);
  // Errors show where the model is needed (the editor); this keeps an early failure from going unhandled.
  model.catch(() => undefined);

  const library: LibraryStore = createLibraryStore({
    persistence,
    navigate: (route: Route, opts) => {
      const hash = hashFor(route);
      if (opts?.replace) window.history.replaceState(null, '', hash);
      else if (window.location.hash !== hash) window.location.hash = hash;
      library.setRoute(route);
    },
    locks: createMapLocks(),
    channel,
    exportRecords: (mapId, label, records) => {
      const file = storedRecordsFile(mapId, label, records);
      downloadText(file.text, file.fileName);
    },
    buildDemo: async () => {
      const body = await model;
      return buildDemoMap((layer, angle, height) => body.anchorAt(layer, angle, height));
    },
  });
  window.addEventListener('hashchange', () => library.setRoute(parseRoute(window.location.hash)));
  void library.start(parseRoute(window.location.hash), isBareAddress(window.location.hash));
  return { library, model };
}
