import { useEffect } from 'react';
import { consoleActions, draftStore, parseParams, runStore } from '../../core/console/console.ts';
import { useMessages } from '../../core/i18n/index.ts';
import { useStore } from '../../core/store.ts';
import { viewActions } from '../../core/view/state.ts';
import { ConsoleResult } from './ConsoleResult.tsx';
import { CypherEditor } from './CypherEditor.tsx';
import { QueryLibrary } from './QueryLibrary.tsx';

function ParamsField() {
  const { t } = useMessages();
  const params = useStore(draftStore, (draft) => draft.params);
  return (
    <label className="console-params">
      <span>{t.consoleParamsLabel}</span>
      <textarea
        name="params"
        value={params}
        dir="ltr"
        spellCheck={false}
        rows={3}
        placeholder='{"id": "RU"}'
        aria-invalid={'error' in parseParams(params)}
        onChange={(event) => consoleActions.edit({ params: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void consoleActions.run();
          }
        }}
      />
    </label>
  );
}

/** Read-only Cypher against the live graph, over the map; loaded only when first opened. */
export function CypherConsole() {
  const { t } = useMessages();
  const running = useStore(runStore, (run) => run.phase === 'running');

  useEffect(() => {
    void consoleActions.loadResources();
  }, []);

  return (
    <section className="console" aria-label={t.consoleOpen}>
      <header className="console-head">
        <h2>{t.consoleOpen}</h2>
        <button type="button" className="run-query" disabled={running} onClick={() => void consoleActions.run()}>
          {running ? t.consoleRunning : t.consoleRun} <kbd dir="ltr">{t.consoleRunShortcut}</kbd>
        </button>
        <button type="button" className="close-console" onClick={() => viewActions.showConsole(false)}>
          {t.consoleClose}
        </button>
      </header>
      <div className="console-body">
        <QueryLibrary />
        <div className="console-main">
          <div className="console-inputs">
            <CypherEditor />
            <ParamsField />
          </div>
          <div className="console-result">
            <ConsoleResult />
          </div>
        </div>
      </div>
    </section>
  );
}
