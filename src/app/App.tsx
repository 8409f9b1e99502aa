// The app's screens: the library of maps ("#/"), or one map in the editor ("#/map/<id>"). The editor's
// layout: toolbar and session strip on top; layers, tools, zones and home care on the left; the 3D view in
// the middle; compare, the selected point's details, the points table and the history on the right.

import { useEffect, useId, useState, type ReactNode } from 'react';
import { EditorProvider } from '../store/context';
import { LibraryProvider, useLibrary, useLibraryState } from '../store/library-context';
import type { EditorStore } from '../store/editor-store';
import type { LibraryStore } from '../store/library-store';
import type { BodyModel } from '../scene/body-model';
import { Viewport } from '../scene/Viewport';
import { Toolbar } from '../ui/Toolbar';
import { LayerPanel } from '../ui/LayerPanel';
import { Inspector } from '../ui/Inspector';
import { PointsTable } from '../ui/PointsTable';
import { HistoryList } from '../ui/HistoryList';
import { NoticeBanner } from '../ui/NoticeBanner';
import { HoverReadout } from '../ui/HoverReadout';
import { Legend } from '../ui/Legend';
import { ViewTools } from '../ui/ViewTools';
import { RegionSearch } from '../ui/RegionSearch';
import { RegionCard } from '../ui/RegionCard';
import { MapHeader } from '../ui/MapHeader';
import { ReadOnlyBanner } from '../ui/ReadOnlyBanner';
import { SaveProblemBanner } from '../ui/SaveProblemBanner';
import { MapSessionProvider } from '../store/map-session-context';
import type { MapSession } from '../store/map-session';
import { LibraryScreen } from '../ui/library/LibraryScreen';
import { LibraryNotice } from '../ui/library/LibraryNotice';
import { useShortcuts } from '../ui/useShortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { exportAction } from '../ui/actions';
import { BodyModelContext } from '../scene/model-context';
import { updateRegionsForModel } from '../store/region-update';
import { SessionBar } from '../ui/sessions/SessionBar';
import { ComparePanel } from '../ui/sessions/ComparePanel';
import { TreatmentPanel } from '../ui/sessions/TreatmentPanel';
import { ZonesPanel } from '../ui/zones/ZonesPanel';
import { ViewportHandleProvider } from '../scene/viewport-context';
import { EntryPanel } from '../ui/EntryPanel';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { UpdateBanner } from '../ui/UpdateBanner';
import type { UpdateOffer } from './update-offer';

/** The editor's keyboard shortcuts; inside the model's provider, since mirroring a point needs the body. */
function ShortcutKeys() {
  useShortcuts();
  return null;
}

/** A side column that can be folded away to give the body the room; its heading button says which. */
function SideColumn({ side, label, children }: { side: 'left' | 'right'; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const id = useId();
  return (
    <aside className={`${side}-column${open ? '' : ' folded'}`} aria-label={label}>
      <button type="button" className="fold-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? `Hide ${label.toLowerCase()}` : label}
      </button>
      <div id={id} className="column-body" hidden={!open}>
        {children}
      </div>
    </aside>
  );
}

function Editor({ model }: { model: BodyModel }) {
  return (
    <BodyModelContext.Provider value={model}>
      <ShortcutKeys />
      <ViewportHandleProvider>
      <div className="app">
        <header className="app-header">
          <p className="brand">Fascia Map</p>
          <MapHeader />
          <Toolbar />
        </header>
        <SessionBar />
        <LibraryNotice />
        <ReadOnlyBanner />
        <SaveProblemBanner />
        <NoticeBanner />
        <main className="workspace">
          <SideColumn side="left" label="Tools">
            <LayerPanel />
            <ViewTools />
            <ZonesPanel />
            <RegionSearch />
            <Legend />
            <EntryPanel />
            <TreatmentPanel />
          </SideColumn>
          <section aria-label="3D body view" className="viewport">
            <Viewport model={model} />
            <div className="reticle" aria-hidden="true" />
            <HoverReadout />
          </section>
          <SideColumn side="right" label="Details">
            <div className="details-pane">
              <ComparePanel />
              <RegionCard />
              <Inspector />
            </div>
            <div className="list-pane">
              <PointsTable />
              <HistoryList />
            </div>
          </SideColumn>
        </main>
        <ShortcutsDialog />
      </div>
      </ViewportHandleProvider>
    </BodyModelContext.Provider>
  );
}

/** Opens one map: loads it (and the body model) and hands its editor to the page; closes it on leaving. */
function MapScreen({ mapId, model, onEditor }: { mapId: string; model: Promise<BodyModel>; onEditor: (editor: EditorStore | null) => void }) {
  const library = useLibrary();
  const [opened, setOpened] = useState<{ session: MapSession; model: BodyModel } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let session: MapSession | null = null;
    void Promise.all([model, library.openForEditor(mapId)]).then(async ([body, outcome]) => {
      if (cancelled || outcome.status !== 'loaded') return;
      const opening = await library.openSession(outcome);
      if (cancelled) {
        opening.close();
        return;
      }
      session = opening;
      setOpened({ session, model: body });
      // Once picking has its BVHs (built after the first frame): a map from an older model may have 5,000 points.
      void body.bvhsReady().then(() => {
        if (!cancelled && session) updateRegionsForModel(session.editor, body.version, (anchor) => body.anchorAt(anchor.layer, anchor.angle, anchor.height)?.region ?? null);
      });
      onEditor(session.editor);
    });
    return () => {
      cancelled = true;
      session?.close();
      onEditor(null);
    };
  }, [library, mapId, model, onEditor]);

  if (!opened) {
    return (
      <p role="status" className="loading">
        Opening the map…
      </p>
    );
  }
  const { editor } = opened.session;
  return (
    <ErrorBoundary onExport={() => exportAction.perform(editor)}>
      <MapSessionProvider session={opened.session}>
        <EditorProvider editor={editor}>
          <Editor model={opened.model} />
        </EditorProvider>
      </MapSessionProvider>
    </ErrorBoundary>
  );
}

function Screens({ model, onEditor }: { model: Promise<BodyModel>; onEditor: (editor: EditorStore | null) => void }) {
  const status = useLibraryState((s) => s.status);
  const failure = useLibraryState((s) => s.failure);
  const route = useLibraryState((s) => s.route);
  if (status === 'loading') {
    return (
      <p role="status" className="loading">
        Opening your maps…
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <div role="alert" className="crash">
        <h1>Your maps could not be opened</h1>
        <p>{failure}</p>
        <p>Nothing stored in this browser has been changed. Reload the page to try again.</p>
      </div>
    );
  }
  if (route.name === 'map') return <MapScreen key={route.mapId} mapId={route.mapId} model={model} onEditor={onEditor} />;
  return (
    <ErrorBoundary>
      <LibraryScreen />
    </ErrorBoundary>
  );
}

export function App(props: {
  library: LibraryStore;
  model: Promise<BodyModel>;
  onEditor: (editor: EditorStore | null) => void;
  /** A new version of the app, offered on every screen once one is waiting. */
  updates: UpdateOffer;
}) {
  return (
    <LibraryProvider library={props.library}>
      <Screens model={props.model} onEditor={props.onEditor} />
      <UpdateBanner offer={props.updates} />
    </LibraryProvider>
  );
}
