// "Import": opens a Fascia Map file as a new map in the library; the map that is open and every stored map
// stay as they are. Used on the library and in the editor's toolbar.

import { useRef, type ChangeEvent } from 'react';
import { MAX_FILE_BYTES } from '../../io/format';
import { useLibrary } from '../../store/library-context';

export function ImportMapButton() {
  const library = useLibrary();
  const input = useRef<HTMLInputElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      library.notify({
        kind: 'error',
        message: `${file.name} could not be imported: it is ${(file.size / 1e6).toFixed(1)} MB, larger than any map (the limit is ${MAX_FILE_BYTES / 1e6} MB). Nothing was changed.`,
      });
      return;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      library.notify({ kind: 'error', message: `${file.name} could not be read. Nothing was changed.` });
      return;
    }
    await library.importFile(bytes, file.name);
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Import a map from a .fascia-map.json file or a Fascia Map image (PNG), as a new map">
        Import
      </button>
      <input ref={input} type="file" accept=".json,application/json,.png,image/png" aria-label="Import map file" className="visually-hidden" tabIndex={-1} onChange={onFile} />
    </>
  );
}
