// The start screen, "Maps": every stored map by its patient label, last change and point counts, found by
// label and sorted; new, open, rename, duplicate, delete (kept in Recently deleted), import. A map that
// cannot be opened is listed with what is wrong and can be exported as it is stored.

import { useEffect, useMemo, useState } from 'react';
import type { ListedMap } from '../../persistence';
import { DELETED_MAP_RETENTION_DAYS } from '../../model/limits';
import { useLibrary, useLibraryState } from '../../store/library-context';
import { ConfirmDialog, LabelDialog } from './LabelDialog';
import { LibraryNotice, StorageProblemAlert } from './LibraryNotice';
import { ImportMapButton } from './ImportMapButton';
import { StoragePanel } from './StoragePanel';

type SortKey = 'lastChanged' | 'label';

type Dialog =
  | { kind: 'new' }
  | { kind: 'rename'; map: ListedMap }
  | { kind: 'delete'; map: ListedMap }
  | { kind: 'deleteForever'; map: ListedMap }
  | null;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function labelText(map: ListedMap): string {
  const label = map.summary?.label.trim();
  return label ? label : map.summary ? '(no label)' : `Map ${map.id}`;
}

function sortMaps(maps: readonly ListedMap[], key: SortKey): ListedMap[] {
  const byLabel = (a: ListedMap, b: ListedMap) => labelText(a).localeCompare(labelText(b), undefined, { sensitivity: 'base', numeric: true });
  const changed = (m: ListedMap) => m.summary?.updatedAt ?? '';
  return [...maps].sort(key === 'label' ? byLabel : (a, b) => changed(b).localeCompare(changed(a)) || byLabel(a, b));
}

function nextPatientLabel(maps: readonly ListedMap[]): string {
  return `Patient ${String(maps.filter((m) => !m.summary?.demo).length + 1).padStart(3, '0')}`;
}

export function LibraryScreen() {
  const library = useLibrary();
  const maps = useLibraryState((s) => s.maps);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('lastChanged');
  const [dialog, setDialog] = useState<Dialog>(null);

  // Coming back from the editor: the counts and dates may have changed (saves still queued finish first).
  useEffect(() => {
    void library.refresh();
  }, [library]);

  const current = useMemo(() => maps.filter((m) => !m.summary?.deletedAt), [maps]);
  const deleted = useMemo(() => sortMaps(maps.filter((m) => m.summary?.deletedAt), 'lastChanged'), [maps]);
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = current.filter((m) => words.every((w) => labelText(m).toLowerCase().includes(w)));
    return sortMaps(found, sort);
  }, [current, query, sort]);

  const close = () => setDialog(null);

  return (
    <div className="app library">
      <header className="app-header">
        <p className="brand">Fascia Map</p>
        <h1 className="map-title">Maps</h1>
        <div className="toolbar" role="toolbar" aria-label="Library">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })}>
            New map
          </button>
          <ImportMapButton />
        </div>
      </header>
      <StorageProblemAlert />
      <LibraryNotice />
      <main className="library-main">
        <div className="library-tools">
          <label className="field-inline">
            <span>Search</span>
            <input type="search" aria-label="Search maps" placeholder="Patient label" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <label className="field-inline">
            <span>Sort by</span>
            <select aria-label="Sort maps by" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              <option value="lastChanged">Last changed</option>
              <option value="label">Patient label</option>
            </select>
          </label>
          <p className="muted" aria-live="polite">
            {query.trim() ? `${shown.length} of ${current.length} maps` : `${current.length} ${current.length === 1 ? 'map' : 'maps'}`}
          </p>
        </div>

        {current.length === 0 ? (
          <p className="library-empty">No maps yet. Start one with “New map”, or import a map file.</p>
        ) : shown.length === 0 ? (
          <p className="library-empty">No map's label contains “{query.trim()}”.</p>
        ) : (
          <table className="library-table" aria-label="Maps">
            <thead>
              <tr>
                <th scope="col">Patient label</th>
                <th scope="col">Last changed</th>
                <th scope="col" className="number">Points</th>
                <th scope="col" className="number">Active points</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((map) => (
                <MapRow
                  key={map.id}
                  map={map}
                  onOpen={() => library.openMap(map.id)}
                  onRename={() => setDialog({ kind: 'rename', map })}
                  onDuplicate={() => void library.duplicate(map.id)}
                  onDelete={() => setDialog({ kind: map.summary ? 'delete' : 'deleteForever', map })}
                  onExportAsStored={() => void library.exportStored(map.id)}
                />
              ))}
            </tbody>
          </table>
        )}

        {deleted.length > 0 ? (
          <section aria-labelledby="recently-deleted" className="recently-deleted">
            <h2 id="recently-deleted">Recently deleted</h2>
            <p className="muted">Deleted maps are kept for {DELETED_MAP_RETENTION_DAYS} days, then removed for good.</p>
            <table className="library-table" aria-label="Recently deleted maps">
              <thead>
                <tr>
                  <th scope="col">Patient label</th>
                  <th scope="col">Deleted</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deleted.map((map) => (
                  <tr key={map.id}>
                    <th scope="row">{labelText(map)}</th>
                    <td>{map.summary?.deletedAt ? dateTimeFormat.format(new Date(map.summary.deletedAt)) : ''}</td>
                    <td>
                      <div className="row-actions">
                        <button type="button" aria-label={`Restore ${labelText(map)}`} onClick={() => void library.restoreMap(map.id)}>
                          Restore
                        </button>
                        <button type="button" aria-label={`Delete ${labelText(map)} for good`} onClick={() => setDialog({ kind: 'deleteForever', map })}>
                          Delete for good
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        <StoragePanel />
      </main>

      {dialog?.kind === 'new' ? (
        <LabelDialog
          title="New map"
          initialLabel={nextPatientLabel(current)}
          submitLabel="Create map"
          onClose={close}
          onSubmit={(label) => {
            close();
            void library.newMap(label);
          }}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <LabelDialog
          title="Rename map"
          initialLabel={dialog.map.summary?.label ?? ''}
          submitLabel="Rename"
          onClose={close}
          onSubmit={(label) => {
            close();
            void library.rename(dialog.map.id, label);
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete map"
          message={`Delete “${labelText(dialog.map)}”? It moves to Recently deleted and can be restored for ${DELETED_MAP_RETENTION_DAYS} days.`}
          confirmLabel="Delete map"
          onClose={close}
          onConfirm={() => {
            close();
            void library.deleteMap(dialog.map.id);
          }}
        />
      ) : null}
      {dialog?.kind === 'deleteForever' ? (
        <ConfirmDialog
          title="Delete map for good"
          message={`Remove “${labelText(dialog.map)}” and its history from this browser for good? This cannot be undone. Export it first if you may need it.`}
          confirmLabel="Delete for good"
          onClose={close}
          onConfirm={() => {
            close();
            void library.deleteForever(dialog.map.id);
          }}
        />
      ) : null}
    </div>
  );
}

function MapRow(props: {
  readonly map: ListedMap;
  readonly onOpen: () => void;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onExportAsStored: () => void;
}) {
  const { map } = props;
  const summary = map.summary;
  const problem = map.damage ?? summary?.problem ?? null;
  const name = labelText(map);
  return (
    <tr className={problem ? 'damaged' : undefined}>
      <th scope="row">
        <span className="map-label">{name}</span>
        {summary?.demo ? <span className="badge">Demo</span> : null}
        {problem ? <p className="row-problem">Cannot be opened: {problem}</p> : null}
      </th>
      <td>{summary ? <time dateTime={summary.updatedAt}>{dateFormat.format(new Date(summary.updatedAt))}</time> : '—'}</td>
      <td className="number">{summary ? summary.pointCount : '—'}</td>
      <td className="number">{summary ? summary.activePointCount : '—'}</td>
      <td>
        <div className="row-actions">
          <button type="button" className="primary" aria-label={`Open ${name}`} onClick={props.onOpen}>
            Open
          </button>
          {problem ? (
            <button type="button" aria-label={`Export ${name} as stored`} onClick={props.onExportAsStored}>
              Export as stored
            </button>
          ) : (
            <>
              <button type="button" aria-label={`Rename ${name}`} onClick={props.onRename}>
                Rename
              </button>
              <button type="button" aria-label={`Duplicate ${name}`} onClick={props.onDuplicate}>
                Duplicate
              </button>
            </>
          )}
          <button type="button" aria-label={`Delete ${name}`} onClick={props.onDelete}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
