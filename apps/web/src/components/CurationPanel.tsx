import { relationSpec } from '@entente/ontology';
import type { Curation, ReviewItem } from '@entente/protocol';
import { useEffect, useState } from 'react';
import { CURATIONS_EXPORT_URL } from '../core/api/client.ts';
import { curationActions, curationStore, readCurations, readReview, type Listed } from '../core/curation/curation.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewActions, viewStore } from '../core/view/state.ts';
import { CurationError } from './Curate.tsx';
import { RelationSwatch } from './RelationSwatch.tsx';

export function CurationButton() {
  const { t } = useMessages();
  const open = useStore(viewStore, (view) => view.curations);
  return (
    <button type="button" className="curation-button" aria-pressed={open} onClick={() => viewActions.showCurations(!open)}>
      {t.curationOpen}
    </button>
  );
}

/** A list read again whenever curation changes something. */
function useListed<T>(read: () => Promise<Listed<T>>): Listed<T> {
  const revision = useStore(curationStore, (state) => state.revision);
  const [list, setList] = useState<Listed<T>>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    void read().then((next) => current && setList(next));
    return () => {
      current = false;
    };
  }, [read, revision]);
  return list;
}

const readHistory = () => readCurations();

/** Who is curating, and with which token when the server wants one. */
function EditorSettings() {
  const { t } = useMessages();
  const { editing, editor, token } = useStore(curationStore, (state) => state);
  useEffect(() => void curationActions.loadEditing(), []);
  return (
    <section className="editor-settings">
      {editing && !editing.enabled && <p className="curation-off">{t.curationOff}</p>}
      <label>
        {t.curationEditor}
        <input type="text" className="editor-name" value={editor} maxLength={100} placeholder="analyst" onChange={(e) => curationActions.setEditor(e.target.value)} />
      </label>
      {editing?.tokenRequired && (
        <label>
          {t.curationToken}
          <input type="password" className="editor-token" value={token ?? ''} autoComplete="off" onChange={(e) => curationActions.setToken(e.target.value)} />
        </label>
      )}
    </section>
  );
}

function ReviewQueue() {
  const { t, language, label } = useMessages();
  const list = useListed<ReviewItem>(readReview);
  if (list.phase === 'loading') return <p>{t.actorLoading}</p>;
  if (list.phase === 'error') return <p className="error">{list.message}</p>;
  if (list.items.length === 0) return <p>{t.reviewEmpty}</p>;
  return (
    <ol className="review-queue">
      {list.items.map((item) => (
        <li key={`${item.type}|${item.source}|${item.target}`}>
          <button type="button" className="review-item" onClick={() => viewActions.selectRelation({ type: item.type, source: item.source, target: item.target })}>
            <RelationSwatch type={item.type} />
            <span>
              {actorName(item.source_actor, language)} {relationSpec(item.type).directed ? t.directedMark : t.undirectedMark} {actorName(item.target_actor, language)}
            </span>
            <span className="review-why">
              {label(relationSpec(item.type).label)} · {t.events(item.events)} · {t.articles(item.articles)} · {t.confidence(item.confidence)}
              {item.recent && <span className="review-new"> · {t.reviewNew}</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function History() {
  const { t } = useMessages();
  const busy = useStore(curationStore, (state) => state.busy);
  const list = useListed<Curation>(readHistory);
  if (list.phase === 'loading') return <p>{t.actorLoading}</p>;
  if (list.phase === 'error') return <p className="error">{list.message}</p>;
  if (list.items.length === 0) return <p>{t.historyEmpty}</p>;
  return (
    <ol className="curation-history">
      {list.items.map((c) => (
        <li key={c.id} className={c.undone_at ? 'undone' : undefined} data-curation={c.id}>
          <span className="history-what">
            {t.curationActions[c.action]} <code dir="ltr">{c.on}</code>
          </span>
          <span className="history-who">{t.curationNote(t.curationActions[c.action], c.by, c.at.slice(0, 10))}</span>
          {c.reason && <q dir="auto">{c.reason}</q>}
          {c.undone_at ? (
            <span className="history-undone">{t.curationUndone(c.undone_by ?? '', c.undone_at.slice(0, 10))}</span>
          ) : (
            <button type="button" className="curation-undo" disabled={busy} onClick={() => void curationActions.undo(c.id)}>
              {t.curationUndo}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Import a file of curations exported here or by another instance. */
function ImportExport() {
  const { t } = useMessages();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="curation-files">
      <a className="curation-export" href={CURATIONS_EXPORT_URL} download="entente-curations.json">
        {t.curationExport}
      </a>
      <label className="curation-import">
        {t.curationImport}
        <input
          type="file"
          accept="application/json,.json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            let parsed: unknown;
            try {
              parsed = JSON.parse(await file.text());
            } catch {
              return setStatus(t.curationImportNotJson(file.name));
            }
            const result = await curationActions.importFile(parsed);
            setStatus(result ? t.curationImported(result.imported, result.skipped) : null);
          }}
        />
      </label>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

/** The analyst's desk: what to look at next, what has been curated, and curations in and out. */
export function CurationPanel() {
  const { t } = useMessages();
  const open = useStore(viewStore, (view) => view.curations);
  const rejected = useStore(viewStore, (view) => view.rejected);
  const [tab, setTab] = useState<'review' | 'history'>('review');
  if (!open) return null;
  return (
    <aside className="curation-panel" aria-label={t.curationTitle}>
      <button type="button" className="close" aria-label={t.closePanel} onClick={() => viewActions.showCurations(false)}>
        ×
      </button>
      <h2>{t.curationTitle}</h2>
      <EditorSettings />
      <label className="show-rejected">
        <input type="checkbox" checked={rejected} onChange={(e) => viewActions.showRejected(e.target.checked)} />
        {t.showRejected}
      </label>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'review'} onClick={() => setTab('review')}>
          {t.reviewTitle}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'history'} onClick={() => setTab('history')}>
          {t.historyTitle}
        </button>
      </div>
      {tab === 'review' ? <ReviewQueue /> : <History />}
      <ImportExport />
      <CurationError />
    </aside>
  );
}
