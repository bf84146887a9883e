import { useEffect, useMemo } from 'react';
import { EVIDENCE_PAGE, type RelationRef } from '../core/api/client.ts';
import { evidenceKey, evidenceStore, loadEvidence, loadMoreEvidence, narrowingFilters } from '../core/relation/relation.ts';
import { articleActions } from '../core/article/article.ts';
import { markedSegments } from '../core/relation/marks.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { viewStore } from '../core/view/state.ts';
import { EventCuration } from './Curate.tsx';

/** Article addresses come from ingested data: only web links become clickable. */
function webUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The sentences behind a relation, each with its article; all rendered as text, never as HTML. Only
 * those of the events the map's mode and confidence filters count, and the list says when it is filtered.
 */
export function EvidenceList({ relation, label }: { relation: RelationRef; label: string }) {
  const { t, language } = useMessages();
  const modes = useStore(viewStore, (view) => view.modes);
  const minConfidence = useStore(viewStore, (view) => view.minConfidence);
  const filter = useMemo(() => ({ modes, minConfidence }), [modes, minConfidence]);
  const key = evidenceKey(relation, filter);
  const state = useStore(evidenceStore, (evidence) => evidence.get(key));

  // Read again when the evidence is dropped (a curation changes what it says) or the filters change.
  const missing = state === undefined;
  useEffect(() => {
    if (missing) void loadEvidence(relation, filter);
  }, [relation, filter, missing]);

  if (!state || state.phase === 'loading') return <p className="evidence-status">{t.evidenceLoading}</p>;
  if (state.phase === 'error') return <p className="evidence-status error">{state.message}</p>;
  const narrowing = narrowingFilters(filter);
  const filtered = narrowing.length > 0 && (
    <p className="evidence-filtered" data-total={state.total} data-unfiltered={state.unfiltered}>
      {t.evidenceFiltered(state.total, state.unfiltered, narrowing)}
    </p>
  );
  if (state.evidence.length === 0)
    return (
      <>
        {filtered}
        <p className="evidence-status">{t.evidenceNone}</p>
      </>
    );
  const remaining = state.total - state.evidence.length;
  return (
    <>
      {filtered}
      <p className="evidence-count">{t.evidenceCount(state.evidence.length, state.total)}</p>
      <ol className="evidence" aria-label={label}>
        {state.evidence.map((evidence) => {
          const link = webUrl(evidence.article.url);
          return (
            <li
              key={`${evidence.event_id} ${evidence.article.id} ${evidence.start}`}
              className={evidence.curation ? `curated-${evidence.curation}` : undefined}
              data-event={evidence.event_id}
            >
              <blockquote dir="auto">
                {markedSegments(evidence.sentence, evidence.marks).map((segment, i) =>
                  segment.role ? (
                    <mark key={i} className={`mark-${segment.role}`} data-role={segment.role} title={t.markRoles[segment.role]}>
                      {segment.text}
                    </mark>
                  ) : (
                    segment.text
                  ),
                )}
              </blockquote>
              {evidence.curation === 'rejected' && <p className="event-rejected">{t.eventRejected}</p>}
              <p className="evidence-source">
                <span className={`mode mode-${evidence.mode}`}>{t.modes[evidence.mode]}</span>
                {evidence.attribution && <span className="attribution">{t.attributedTo(actorName(evidence.attribution, language))}</span>}
                {evidence.date && (
                  <time dateTime={evidence.date} dir="ltr">
                    {evidence.date}
                  </time>
                )}
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer" dir="auto">
                    {evidence.article.title}
                  </a>
                ) : (
                  <cite dir="auto">{evidence.article.title}</cite>
                )}
                {evidence.article.date && (
                  <time dateTime={evidence.article.date} dir="ltr">
                    {evidence.article.date}
                  </time>
                )}
                {evidence.copies > 1 && <span className="copies">{t.evidenceCopies(evidence.copies)}</span>}
                {evidence.confidence !== null && <span className="confidence">{t.confidence(evidence.confidence)}</span>}
                {evidence.rule && (
                  <code className="rule" title={t.ruleTitle} dir="ltr">
                    {evidence.rule}
                  </code>
                )}
                <button
                  type="button"
                  className="open-article"
                  data-article={evidence.article.id}
                  onClick={() => articleActions.open(evidence.article.id, { start: evidence.start, end: evidence.end })}
                >
                  {t.openArticle}
                </button>
              </p>
              <EventCuration evidence={evidence} />
            </li>
          );
        })}
      </ol>
      {remaining > 0 && (
        <button type="button" className="evidence-more" disabled={state.loadingMore} onClick={() => void loadMoreEvidence(relation, filter)}>
          {t.evidenceMore(Math.min(EVIDENCE_PAGE, remaining))}
        </button>
      )}
    </>
  );
}
