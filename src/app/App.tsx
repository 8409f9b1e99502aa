// The editor's layout: toolbar on top, layers on the left, the 3D view in the middle, the selected
// point's details, the points table and the history on the right.

import { EditorProvider, useEditorState } from '../store/context';
import type { EditorStore } from '../store/editor-store';
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
import { useShortcuts } from '../ui/useShortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { exportAction } from '../ui/actions';

function MapTitle() {
  const label = useEditorState((s) => s.doc?.label ?? '');
  return <h1 className="map-title">{label}</h1>;
}

function Editor({ model }: { model: BodyModel }) {
  useShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">Fascia Map</p>
        <MapTitle />
        <Toolbar />
      </header>
      <NoticeBanner />
      <main className="workspace">
        <aside className="left-column">
          <LayerPanel />
          <ViewTools />
          <RegionSearch />
          <Legend />
        </aside>
        <section aria-label="3D body view" className="viewport">
          <Viewport model={model} />
          <HoverReadout />
        </section>
        <aside className="right-column">
          <RegionCard />
          <Inspector />
          <PointsTable />
          <HistoryList />
        </aside>
      </main>
    </div>
  );
}

export function App({ editor, model }: { editor: EditorStore; model: BodyModel }) {
  return (
    <ErrorBoundary onExport={() => exportAction.perform(editor)}>
      <EditorProvider editor={editor}>
        <Editor model={model} />
      </EditorProvider>
    </ErrorBoundary>
  );
}
