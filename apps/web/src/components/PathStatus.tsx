import { actorName, useMessages, type Language } from '../core/i18n/index.ts';
import type { Messages } from '../core/i18n/messages.ts';
import { clearPath, pathStore, type PathState } from '../core/path/path.ts';
import { useStore } from '../core/store.ts';

function pathText(path: Exclude<PathState, { phase: 'none' }>, t: Messages, language: Language): string {
  const from = actorName(path.from, language);
  const to = actorName(path.to, language);
  switch (path.phase) {
    case 'loading':
      return t.pathSearching(from, to);
    case 'found':
      return t.pathFound(from, to, path.length);
    case 'unconnected':
      return t.pathNone(from, to);
    case 'error':
      return path.message;
  }
}

/** The path being looked for or shown, over the map, whichever actor's panel is open. */
export function PathStatus() {
  const { t, language } = useMessages();
  const path = useStore(pathStore, (state) => state);
  if (path.phase === 'none') return null;
  return (
    <div className={`path-status path-${path.phase}`} role="status" data-length={path.phase === 'found' ? path.length : undefined}>
      <p>{pathText(path, t, language)}</p>
      <button type="button" className="close" aria-label={t.pathClear} title={t.pathClear} onClick={clearPath}>
        ×
      </button>
    </div>
  );
}
