// Bootstrap only: start the editor, then render it (or a plain message if it cannot start).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startEditor } from './app/bootstrap';
import { installDebugHandle } from './app/debug-handle';
import './app/app.css';

const root = createRoot(document.getElementById('root')!);

startEditor().then(
  ({ editor, model }) => {
    installDebugHandle(editor);
    root.render(
      <StrictMode>
        <App editor={editor} model={model} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <div role="alert" className="crash">
        <h1>Fascia Map could not start</h1>
        <p>{message}</p>
        <p>Your saved maps have not been changed. Reload the page to try again.</p>
      </div>,
    );
  },
);
