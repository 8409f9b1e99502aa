// Bootstrap only: start the app, then render it.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/bootstrap';
import { installDebugHandle } from './app/debug-handle';
import type { EditorStore } from './store/editor-store';
import { installThreeConsole } from './scene/three-console';
import { createUpdateOffer, whenEditorSaved } from './app/update-offer';
import { registerServiceWorker } from './app/service-worker';
import './app/app.css';

installThreeConsole();

const root = createRoot(document.getElementById('root')!);
const { library, model } = startApp();
let openEditor: EditorStore | null = null;
const onEditor = (editor: EditorStore | null) => {
  openEditor = editor;
};
installDebugHandle(library, () => openEditor);
// A new version is offered, and taken up only once the open map is saved: never forced mid-edit.
const updates = createUpdateOffer({ whenSaved: () => whenEditorSaved(openEditor), reload: () => window.location.reload() });
registerServiceWorker(updates);
root.render(
  <StrictMode>
    <App library={library} model={model} onEditor={onEditor} updates={updates} />
  </StrictMode>,
);
