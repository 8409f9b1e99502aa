// The undo history as a list of labelled steps; choosing a step moves the map back (or forward) to it.

import { useEditor, useEditorState } from '../store/context';

export function HistoryList() {
  const editor = useEditor();
  const history = useEditorState((s) => s.history);

  return (
    <section aria-labelledby="history-heading" className="panel history">
      <h2 id="history-heading">History</h2>
      <ol aria-label="History" className="history-list">
        <li aria-current={history.cursor === 0 ? 'step' : undefined}>
          <button type="button" onClick={() => editor.jumpTo(0)}>
            Opened map
          </button>
        </li>
        {history.entries.map((entry, i) => {
          const step = i + 1;
          const state = step === history.cursor ? 'current' : step > history.cursor ? 'undone' : 'done';
          return (
            <li key={entry.id} aria-current={state === 'current' ? 'step' : undefined} className={`history-${state}`}>
              <button type="button" onClick={() => editor.jumpTo(step)}>
                {entry.label}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
