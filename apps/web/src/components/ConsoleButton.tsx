import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewActions, viewStore } from '../core/view/state.ts';

export function ConsoleButton() {
  const { t } = useMessages();
  const open = useStore(viewStore, (view) => view.console);
  return (
    <button type="button" className="console-button" aria-pressed={open} onClick={() => viewActions.showConsole(!open)}>
      {t.consoleOpen}
    </button>
  );
}
