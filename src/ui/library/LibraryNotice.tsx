// The library's messages in plain words, shown on the library and in the editor (an import from the editor
// reports here): errors as an alert, information as a polite note, a delete with its Undo.

import { useLibrary, useLibraryState } from '../../store/library-context';
import type { LibraryNotice as LibraryNoticeValue } from '../../store/library-store';

export function LibraryNotice() {
  const notice = useLibraryState((s) => s.notice);
  return notice ? <Notice notice={notice} /> : null;
}

/** For as long as it lasts, that the browser lets nothing be stored (the editor's save alert says it there). */
export function StorageProblemAlert() {
  const storageProblem = useLibraryState((s) => s.storageProblem);
  if (!storageProblem) return null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{storageProblem}</p>
    </div>
  );
}

function Notice({ notice }: { notice: LibraryNoticeValue }) {
  const library = useLibrary();
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
