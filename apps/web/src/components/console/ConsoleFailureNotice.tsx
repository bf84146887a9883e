import type { ConsoleFailure } from '../../core/console/console.ts';
import { useMessages } from '../../core/i18n/index.ts';
import type { Messages } from '../../core/i18n/messages.ts';

function headline(failure: ConsoleFailure, t: Messages): string {
  switch (failure.status) {
    case 'params':
      return t.consoleErrorParams;
    case 'unreachable':
      return t.errorServer;
    case 400:
      return t.consoleErrorQuery;
    case 403:
      return t.consoleErrorRefused;
    case 408:
      return t.consoleErrorTimeout;
    case 413:
      return t.consoleErrorTooLarge;
    case 429:
      return t.consoleErrorBusy;
    default:
      return t.consoleErrorStatus(failure.status);
  }
}

/** What went wrong in the interface's words, then the server's or Neo4j's own message as it came. */
export function ConsoleFailureNotice({ failure }: { failure: ConsoleFailure }) {
  const { t } = useMessages();
  return (
    <div className="console-failure" role="alert" data-status={failure.status}>
      <p className="console-failure-headline">{headline(failure, t)}</p>
      {failure.message && (
        <pre className="console-failure-message" dir="ltr">
          {failure.message}
        </pre>
      )}
      {(failure.position || failure.code) && (
        <p className="console-failure-where">
          {failure.position && <span>{t.consoleErrorAt(failure.position.line, failure.position.column)}</span>}
          {failure.code && <code dir="ltr">{failure.code}</code>}
        </p>
      )}
    </div>
  );
}
