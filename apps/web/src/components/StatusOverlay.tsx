import { networkStore } from '../core/graph/load.ts';
import { healthStore } from '../core/health/health.ts';
import { useMessages } from '../core/i18n/index.ts';
import { retryEverything } from '../core/retry.ts';
import { useStore } from '../core/store.ts';

/** Loading, empty and error states of the map: each says what the user can do about it. */
export function StatusOverlay() {
  const { t } = useMessages();
  const network = useStore(networkStore, (state) => state);
  const health = useStore(healthStore, (state) => state);

  if (network.phase === 'loading') {
    return (
      <p className="status status-loading" role="status">
        {t.loading}
      </p>
    );
  }

  if (network.phase === 'error') {
    const databaseDown = health.phase === 'reachable' && !health.health.neo4j.connected;
    // One human line of what is wrong and what to do; the driver's own words stay in the server's log.
    const headline = health.phase === 'unreachable' ? t.errorServer : databaseDown ? t.errorDatabase : t.errorNetwork;
    return (
      <div className="status status-error" role="alert">
        <p>{headline}</p>
        <button type="button" onClick={retryEverything}>
          {t.retry}
        </button>
      </div>
    );
  }

  if (network.stats.relations === 0) {
    const databaseEmpty = health.phase === 'reachable' && (health.health.counts?.events ?? 0) === 0;
    return (
      <div className="status status-empty" role="status">
        {databaseEmpty ? (
          <p>
            {t.emptyDatabase} <code dir="ltr">npm run ingest -- &lt;files&gt;</code>
          </p>
        ) : (
          <p>{t.emptyFilters}</p>
        )}
      </div>
    );
  }

  return network.truncated ? (
    <p className="status status-truncated" role="status">
      {t.truncated}
    </p>
  ) : null;
}
