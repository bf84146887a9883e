import { consoleActions, examplesStore, historyStore } from '../../core/console/console.ts';
import { useMessages } from '../../core/i18n/index.ts';
import { useStore } from '../../core/store.ts';

/** Example queries from the server and the user's own history: one click loads a query and runs it. */
export function QueryLibrary() {
  const { t } = useMessages();
  const examples = useStore(examplesStore, (state) => state);
  const history = useStore(historyStore, (entries) => entries);
  return (
    <nav className="query-library">
      <section className="console-examples" aria-label={t.consoleExamples}>
        <h2>{t.consoleExamples}</h2>
        {examples.phase === 'loading' && <p className="muted">{t.consoleExamplesLoading}</p>}
        {examples.phase === 'error' && <p className="muted error">{examples.message}</p>}
        {examples.phase === 'ready' && (
          <ul>
            {examples.examples.map((example) => (
              <li key={example.name}>
                <button type="button" data-example={example.name} title={example.query} onClick={() => void consoleActions.runExample(example)}>
                  <bdi>{t.exampleTitles[example.name] ?? example.title}</bdi>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="console-history" aria-label={t.consoleHistory}>
        <h2>{t.consoleHistory}</h2>
        {history.length === 0 && <p className="muted">{t.consoleHistoryEmpty}</p>}
        <ol>
          {history.map((entry) => (
            <li key={entry.ranAt + entry.query}>
              <button type="button" title={entry.query} onClick={() => void consoleActions.runDraft({ query: entry.query, params: entry.params })}>
                <code dir="ltr">{entry.query}</code>
                <time dateTime={entry.ranAt} dir="ltr">
                  {entry.ranAt.slice(0, 16).replace('T', ' ')}
                </time>
              </button>
            </li>
          ))}
        </ol>
      </section>
    </nav>
  );
}
