// The library's messages in plain words, shown on the library and in the editor (an import from the editor
// reports here): errors as an alert, information as a polite note, a delete with its Undo.

import { useLibrary, useLibraryState } from '../../store/library-context';

export function LibraryNotice() {
  const library = useLibrary();
  const notice = useLibraryState((s) => s.notice);
  if (!notice) return null;
  const undoDeleteOf = notice.undoDeleteOf;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${notice.kind}`}>
      <p>{notice.message}</p>
      {undoDeleteOf ? (
        <button type="button" onClick={() => void library.restoreMap(undoDeleteOf)}>
          Undo delete
        </button>
      ) : null}
      <button type="button" onClick={() => library.notify(null)} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
