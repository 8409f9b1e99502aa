// Settings, "Storage": how much of the browser's storage the maps use, and whether the browser has agreed to
// keep it (persistent storage) or may clear it when space runs low.

import { useEffect, useState } from 'react';
import { useLibraryState } from '../../store/library-context';

interface StorageFacts {
  readonly used: number | null;
  readonly quota: number | null;
  readonly persisted: boolean | null;
}

function megabytes(bytes: number): string {
  return bytes < 1e9 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e9).toFixed(1)} GB`;
}

export function StoragePanel() {
  const problem = useLibraryState((s) => s.storageProblem);
  const [facts, setFacts] = useState<StorageFacts | null>(null);

  useEffect(() => {
    let cancelled = false;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    void Promise.all([storage?.estimate?.().catch(() => null), storage?.persisted?.().catch(() => null)]).then(([estimate, persisted]) => {
      if (!cancelled) setFacts({ used: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section aria-labelledby="storage-heading" className="storage-panel">
      <h2 id="storage-heading">Storage</h2>
      {problem ? (
        <p>Nothing is stored in this browser: its storage is unavailable.</p>
      ) : (
        <dl>
          <dt>Used by Fascia Map</dt>
          <dd>{facts?.used != null ? `${megabytes(facts.used)}${facts.quota ? ` of about ${megabytes(facts.quota)} available` : ''}` : 'not known'}</dd>
          <dt>Kept by the browser</dt>
          <dd>
            {facts?.persisted == null
              ? 'not known'
              : facts.persisted
                ? 'Yes: the browser keeps these maps until you delete them.'
                : 'Not guaranteed: the browser may clear them when space runs low. Export maps you need to keep.'}
          </dd>
        </dl>
      )}
    </section>
  );
}
