import { useMessages } from '../core/i18n/index.ts';
import { layoutActions, layoutStore } from '../core/layout/layout.ts';
import { useStore } from '../core/store.ts';

export function LayoutControl() {
  const { t } = useMessages();
  const running = useStore(layoutStore, (layout) => layout.running);
  const positionsStayLocal = useStore(layoutStore, (layout) => layout.positionsStayLocal);
  return (
    <>
      <button type="button" className="layout-control" aria-pressed={running} onClick={layoutActions.toggle}>
        <span className={running ? 'activity running' : 'activity'} aria-hidden="true" />
        {running ? t.layoutRunning : t.layoutStopped}
      </button>
      {positionsStayLocal && (
        <p className="positions-local" role="status">
          {t.positionsStayLocal}
        </p>
      )}
    </>
  );
}
