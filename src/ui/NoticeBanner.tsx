// Plain-words messages to the therapist: errors as an alert, information as a polite note.

import { useEditor, useEditorState } from '../store/context';

export function NoticeBanner() {
  const editor = useEditor();
  const notice = useEditorState((s) => s.notice);
  if (!notice) return null;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'note'} aria-live={notice.kind === 'error' ? undefined : 'polite'} className={`notice notice-${notice.kind}`}>
      <p>{notice.message}</p>
      {notice.action ? (
        <button type="button" onClick={notice.action.perform}>
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" onClick={() => editor.notify(null)} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
