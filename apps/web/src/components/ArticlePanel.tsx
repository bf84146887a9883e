import { ACTOR_KINDS, relationSpec } from '@entente/ontology';
import type { ArticleRelation, ArticleResponse } from '@entente/protocol';
import { useEffect, useRef, type CSSProperties } from 'react';
import { articleActions, articleStore, markedSentenceStore } from '../core/article/article.ts';
import { segmentText } from '../core/article/segments.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { flyToActor } from '../core/sigma/controller.ts';
import { useStore } from '../core/store.ts';
import { viewActions } from '../core/view/state.ts';
import { RelationSwatch } from './RelationSwatch.tsx';

/** Article addresses come from ingested data: only web links become clickable. */
function webUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function selectOnMap(actorId: string): void {
  viewActions.selectActor(actorId);
  flyToActor(actorId);
}

/** The text as React elements, mentions tinted by their actor's kind; never parsed as HTML. */
function ArticleText({ article, mentions }: Pick<ArticleResponse, 'article' | 'mentions'>) {
  const { language } = useMessages();
  const marked = useStore(markedSentenceStore, (span) => span);
  const textBox = useRef<HTMLDivElement>(null);
  const markedStart = useRef<HTMLSpanElement | null>(null);
  const segments = segmentText(article.text, mentions, marked);

  // Scrolls the text only: scrollIntoView would also scroll the stage under the map.
  useEffect(() => {
    const box = textBox.current;
    const target = markedStart.current;
    if (box && target) box.scrollTop = target.offsetTop - box.offsetTop - box.clientHeight / 3;
  }, [marked, article.id]);

  const firstMarked = segments.findIndex((segment) => segment.marked);
  return (
    <div ref={textBox} className="article-text" lang={article.lang} dir="auto">
      {segments.map((segment, index) => {
        const ref = index === firstMarked ? markedStart : undefined;
        const className = segment.marked ? 'marked' : undefined;
        if (!segment.mention) {
          return (
            <span key={segment.start} ref={ref} className={className}>
              {segment.text}
            </span>
          );
        }
        const { actor } = segment.mention;
        return (
          <span key={segment.start} ref={ref} className={className}>
            <button
              type="button"
              className="mention"
              data-actor={actor.id}
              data-kind={actor.kind}
              title={actorName(actor, language)}
              style={{ '--kind-color': ACTOR_KINDS[actor.kind].color } as CSSProperties}
              onClick={() => selectOnMap(actor.id)}
            >
              {segment.text}
            </button>
          </span>
        );
      })}
    </div>
  );
}

function ArticleRelations({ relations }: { relations: readonly ArticleRelation[] }) {
  const { t, language, label } = useMessages();
  return (
    <section className="article-relations" aria-label={t.articleRelations}>
      <h3>{t.articleRelations}</h3>
      {relations.length === 0 && <p className="muted">{t.articleNoRelations}</p>}
      <ol>
        {relations.map((relation) => (
          <li key={`${relation.start}:${relation.type}:${relation.source.id}:${relation.target?.id ?? ''}`} data-relation={relation.type}>
            <button type="button" onClick={() => articleActions.markSentence(relation)}>
              <span className="relation-line">
                <RelationSwatch type={relation.type} />
                <bdi>{actorName(relation.source, language)}</bdi> {label(relationSpec(relation.type).label)}{' '}
                <bdi>{relation.target ? actorName(relation.target, language) : '…'}</bdi>
              </span>
              <span className="relation-meta">
                <span className={`mode mode-${relation.mode}`}>{t.modes[relation.mode]}</span>
                {relation.date && (
                  <time dateTime={relation.date} dir="ltr">
                    {relation.date}
                  </time>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The article an evidence sentence came from, beside the map: clicking a name selects its actor there. */
export function ArticlePanel() {
  const { t } = useMessages();
  const state = useStore(articleStore, (article) => article);
  if (state.phase === 'none') return null;

  const close = (
    <button type="button" className="close" aria-label={t.articleClose} title={t.articleClose} onClick={articleActions.close}>
      ×
    </button>
  );
  if (state.phase !== 'ready') {
    return (
      <aside className="article-panel" aria-busy={state.phase === 'loading'}>
        {close}
        <p>{state.phase === 'loading' ? t.articleLoading : state.notFound ? t.articleNotFound : t.articleError}</p>
      </aside>
    );
  }

  const { article, mentions, relations } = state.data;
  const link = webUrl(article.url);
  return (
    <aside className="article-panel" aria-label={article.title} data-article={article.id}>
      {close}
      <header>
        <h2 dir="auto">{article.title}</h2>
        <p className="article-meta">
          {article.date && (
            <time dateTime={article.date} dir="ltr">
              {article.date}
            </time>
          )}
          {article.source && <span dir="auto">{article.source}</span>}
          {link && (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {t.articleSource}
            </a>
          )}
        </p>
        <p className="muted">{t.articleMentionsHint}</p>
      </header>
      <div className="article-body">
        <ArticleText article={article} mentions={mentions} />
        <ArticleRelations relations={relations} />
      </div>
    </aside>
  );
}
