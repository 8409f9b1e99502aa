// Says, for as long as it is true, that another tab or window is editing this map, and offers to edit here.

import { useEditorState } from '../store/context';
import { useMapSession } from '../store/map-session-context';

export function ReadOnlyBanner() {
  const session = useMapSession();
  const readOnly = useEditorState((s) => s.readOnly);
  if (!readOnly) return null;
  return (
    <div role="status" className="notice notice-readonly">
      <p>
        <strong>Read only:</strong> this map is being edited in another tab or window. Changes made there appear here as they are saved.
      </p>
      <button type="button" className="primary" onClick={() => void session.takeOver()}>
        Edit here instead
      </button>
    </div>
  );
}
