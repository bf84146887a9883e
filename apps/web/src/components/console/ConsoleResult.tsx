import type { CypherResponse } from '@entente/protocol';
import { useState } from 'react';
import { runStore } from '../../core/console/console.ts';
import { resultAddition } from '../../core/console/network.ts';
import { networkActions } from '../../core/graph/load.ts';
import { useMessages } from '../../core/i18n/index.ts';
import type { Messages } from '../../core/i18n/messages.ts';
import { useStore } from '../../core/store.ts';
import { viewActions } from '../../core/view/state.ts';
import { ConsoleFailureNotice } from './ConsoleFailureNotice.tsx';
import { ResultGraph } from './ResultGraph.tsx';
import { ResultTable } from './ResultTable.tsx';

type ResultView = 'table' | 'graph' | 'json';
const RESULT_VIEWS: readonly ResultView[] = ['table', 'graph', 'json'];
const VIEW_LABELS = { table: 'consoleTable', graph: 'consoleGraph', json: 'consoleJson' } as const satisfies Record<ResultView, keyof Messages>;

/** Rows as objects keyed by column: what a reader of the JSON expects. */
function asRecords(response: CypherResponse): Record<string, unknown>[] {
  return response.rows.map((row) => Object.fromEntries(response.columns.map((column, index) => [column, row[index]])));
}

interface ResultViewsProps {
  response: CypherResponse;
  view: ResultView;
  onViewChange: (view: ResultView) => void;
}

function ResultViews({ response, view, onViewChange }: ResultViewsProps) {
  const { t } = useMessages();
  /** The result "add to map" found no actors in; the notice goes with it when another result arrives. */
  const [withoutActors, setWithoutActors] = useState<CypherResponse | null>(null);

  const addToMap = () => {
    const addition = resultAddition(response);
    if (!addition) return setWithoutActors(response);
    networkActions.add(addition);
    viewActions.showConsole(false);
  };

  return (
    <>
      <div className="console-result-bar">
        <div role="tablist" aria-label={t.consoleResultViews} className="result-tabs">
          {RESULT_VIEWS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={view === name} data-view={name} onClick={() => onViewChange(name)}>
              {t[VIEW_LABELS[name]]}
            </button>
          ))}
        </div>
        <p className="console-summary" data-rows={response.summary.rows}>
          {t.consoleSummary(response.summary.rows, response.summary.ms)}
        </p>
        <button type="button" className="add-to-map" onClick={addToMap}>
          {t.consoleAddToMap}
        </button>
      </div>
      {response.summary.truncated && (
        <p className="console-truncated" role="status">
          {t.consoleTruncated}
        </p>
      )}
      {withoutActors === response && (
        <p className="console-notice" role="status">
          {t.consoleNothingForMap}
        </p>
      )}
      <div className="console-result-body" role="tabpanel" data-view={view}>
        {view === 'table' && (response.rows.length > 0 ? <ResultTable response={response} /> : <p className="console-notice">{t.consoleNoRows}</p>)}
        {view === 'graph' && <ResultGraph response={response} />}
        {view === 'json' && (
          <pre className="result-json" dir="ltr">
            {JSON.stringify(asRecords(response), null, 2)}
          </pre>
        )}
      </div>
    </>
  );
}

export function ConsoleResult() {
  const { t } = useMessages();
  const run = useStore(runStore, (state) => state);
  // Kept here, above the run's phases, so that the chosen view outlasts the next run.
  const [view, setView] = useState<ResultView>('table');
  switch (run.phase) {
    case 'idle':
      return <p className="console-notice">{t.consoleStart}</p>;
    case 'running':
      return (
        <p className="console-notice" role="status">
          {t.consoleRunning}
        </p>
      );
    case 'failed':
      return <ConsoleFailureNotice failure={run.failure} />;
    case 'done':
      return <ResultViews response={run.response} view={view} onViewChange={setView} />;
  }
}
