// Catches a crash in the editor's UI so the therapist sees what happened in plain words and can still
// export the map that is open (the document lives in the store, outside React).

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Offered on the error screen so the open map can always be saved to a file. */
  readonly onExport?: () => void;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Fascia Map crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h1>Something went wrong in Fascia Map</h1>
        <p>The map you had open is still in memory and your last saved changes are in this browser.</p>
        <p className="muted">Technical detail: {this.state.error.message}</p>
        {this.props.onExport ? (
          <button type="button" onClick={this.props.onExport}>
            Export
          </button>
        ) : null}
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
