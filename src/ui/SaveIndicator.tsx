// Tells the truth about saving: "Saved" only once the latest change is in the browser's storage.

import { useEditorState } from '../store/context';

export function SaveIndicator() {
  const status = useEditorState((s) => s.saveStatus);
  const text =
    status.state === 'saving' ? 'Saving…' : status.state === 'saved' ? 'Saved' : status.state === 'error' ? `Not saved: ${status.message}` : 'Saved';
  return (
    <p role="status" className={`save-status save-status-${status.state}`} title={status.state === 'saved' ? `Saved at ${new Date(status.at).toLocaleTimeString()}` : undefined}>
      {text}
    </p>
  );
}
