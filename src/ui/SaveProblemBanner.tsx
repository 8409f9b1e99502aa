// An alert that stays while the open map's changes are not being saved (storage full, storage failing or
// unavailable): the changes are kept in this tab, and Export keeps a copy. It goes once saving works again.

import { useEffect } from 'react';
import { useEditor, useEditorState } from '../store/context';
import { exportAction } from './actions';

export function SaveProblemBanner() {
  const editor = useEditor();
  const status = useEditorState((s) => s.saveStatus);
  const unsaved = status.state === 'error';

  // Closing or reloading the tab would lose what storage did not take: the browser asks first.
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  if (status.state !== 'error') return null;
  return (
    <div role="alert" className="notice notice-error save-problem">
      <p>
        <strong>Not saved.</strong> {status.message} Your changes are kept in this tab for now.
      </p>
      <button type="button" onClick={() => exportAction.perform(editor)}>
        Export map
      </button>
    </div>
  );
}
