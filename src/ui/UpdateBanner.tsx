// Offers a new version of the app, never forcing it: the page reloads only when the therapist presses
// Reload, and only after the open map's latest change is saved.

import { useSyncExternalStore } from 'react';
import type { UpdateOffer } from '../app/update-offer';

export function UpdateBanner({ offer }: { offer: UpdateOffer }) {
  const state = useSyncExternalStore(offer.subscribe, offer.getState, offer.getState);
  if (state.kind === 'none') return null;
  return (
    <div role="status" className="update-banner">
      {state.kind === 'ready' ? (
        <>
          <p>A new version is ready.</p>
          <button type="button" className="primary" onClick={() => void offer.accept()}>
            Reload
          </button>
        </>
      ) : state.kind === 'saving' ? (
        <p>Saving your latest change, then reloading…</p>
      ) : state.kind === 'unsaved' ? (
        <>
          <p>Not reloaded: your latest change is not saved. Export the map first, or try again once it is saved.</p>
          <button type="button" onClick={() => void offer.accept()}>
            Try again
          </button>
        </>
      ) : (
        <p>Reloading into the new version…</p>
      )}
    </div>
  );
}
