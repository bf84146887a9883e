import { ACTOR_KINDS, relationSpec } from '@entente/ontology';
import type { ActorDetail, ActorRelation } from '@entente/protocol';
import { useMemo, useState } from 'react';
import { actorStore } from '../core/actor/actor.ts';
import { DEFAULT_RELATION_SORT, groupRelations, nextSort, type RelationGroup, type RelationSort, type RelationSortKey } from '../core/actor/relations.ts';
import { networkGraph } from '../core/graph/graph.ts';
import { networkStore } from '../core/graph/load.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import type { Messages } from '../core/i18n/messages.ts';
import { expandNeighbours, expansionStore, type ExpansionState } from '../core/neighbours/neighbours.ts';
import { findPath } from '../core/path/path.ts';
import { relationRef } from '../core/relation/relation.ts';
import { useStore } from '../core/store.ts';
import { viewActions, viewStore } from '../core/view/state.ts';
import { ActorSearch } from './ActorSearch.tsx';
import { ActorCuration } from './Curate.tsx';
import { DateRange } from './DateRange.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { RelationSwatch } from './RelationSwatch.tsx';

function RelationItem({ actor, relation }: { actor: ActorDetail; relation: ActorRelation }) {
  const { t, language } = useMessages();
  const [expanded, setExpanded] = useState(false);
  const otherName = actorName(relation.other, language);
  // One object per relation, so that the list does not read its evidence again on every render.
  const ref = useMemo(() => relationRef(actor.id, relation), [actor.id, relation]);
  return (
    <li
      className={relation.curation ? `relation curated-${relation.curation}` : 'relation'}
      data-other={relation.other.id}
      data-count={relation.count}
      data-last-date={relation.last_date ?? relation.first_date ?? ''}
    >
      <div className="relation-row">
        <button type="button" className="relation-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          <span className="relation-other">{otherName}</span>
          {relation.title && <span className="relation-title">{relation.title}</span>}
          <span className="relation-meta">
            {t.events(relation.count)} <DateRange first={relation.first_date} last={relation.last_date} />
          </span>
        </button>
        <button type="button" className="open-actor" aria-label={otherName} title={otherName} onClick={() => viewActions.selectActor(relation.other.id)}>
          ↗
        </button>
      </div>
      {expanded && <EvidenceList relation={ref} label={t.evidenceLabel(otherName)} />}
    </li>
  );
}

function groupHeading(group: RelationGroup, actor: string, relationLabel: string, t: Messages): string {
  if (group.direction === 'out') return t.relationOut(actor, relationLabel);
  if (group.direction === 'in') return t.relationIn(actor, relationLabel);
  return relationLabel;
}

function expansionText(expansion: Exclude<ExpansionState, { phase: 'idle' }>, t: Messages): string {
  switch (expansion.phase) {
    case 'loading':
      return t.expanding;
    case 'error':
      return expansion.message;
    case 'done':
      return expansion.added.actors + expansion.added.relations === 0 ? t.expandedNothing : t.expanded(expansion.added.actors, expansion.added.relations);
  }
}

/** What the actor can do to the map: bring in its next ring, or find how it connects to another actor. */
function ActorActions({ actor }: { actor: ActorDetail }) {
  const { t } = useMessages();
  const expansion = useStore(expansionStore, (state) => state);
  const [choosingPathEnd, setChoosingPathEnd] = useState(false);
  const ownExpansion = expansion.phase !== 'idle' && expansion.actor === actor.id ? expansion : null;
  return (
    <div className="actor-actions">
      <div className="actor-buttons">
        <button type="button" className="expand-neighbours" disabled={ownExpansion?.phase === 'loading'} onClick={() => void expandNeighbours(actor.id)}>
          {t.expandNeighbours}
        </button>
        <button type="button" className="path-to" aria-expanded={choosingPathEnd} onClick={() => setChoosingPathEnd(!choosingPathEnd)}>
          {t.pathTo}
        </button>
      </div>
      {ownExpansion && (
        <p className={ownExpansion.phase === 'error' ? 'action-status error' : 'action-status'} role="status">
          {expansionText(ownExpansion, t)}
        </p>
      )}
      {choosingPathEnd && (
        <ActorSearch
          label={t.pathSearchLabel}
          placeholder={t.pathSearchPlaceholder}
          autoFocus
          onChoose={(other) => {
            setChoosingPathEnd(false);
            void findPath(actor, other);
          }}
        />
      )}
    </div>
  );
}

/** The two columns an actor's relations sort by; the sorted one says so to assistive technology. */
function SortBar({ sort, onSort }: { sort: RelationSort; onSort: (key: RelationSortKey) => void }) {
  const { t } = useMessages();
  const column = (key: RelationSortKey, text: string) => (
    <button
      type="button"
      role="columnheader"
      className="relation-sort"
      data-sort={key}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      onClick={() => onSort(key)}
    >
      {text}
      <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
    </button>
  );
  return (
    <div className="relation-sort-bar" role="row" aria-label={t.relationSortLabel}>
      {column('count', t.relationSortCount)}
      {column('date', t.relationSortDate)}
    </div>
  );
}

function RelationGroupSection({ group, actor, name }: { group: RelationGroup; actor: ActorDetail; name: string }) {
  const { t, label } = useMessages();
  return (
    <section className="relation-group" data-relation={group.type} data-direction={group.direction}>
      <h3>
        <RelationSwatch type={group.type} />
        {groupHeading(group, name, label(relationSpec(group.type).label), t)}
      </h3>
      <ul>
        {group.relations.map((relation) => (
          <RelationItem key={relation.other.id + (relation.title ?? '')} actor={actor} relation={relation} />
        ))}
      </ul>
    </section>
  );
}

export function ActorPanel() {
  const { t, language, label } = useMessages();
  const state = useStore(actorStore, (actor) => actor);
  // The map's relation types come first; the panel follows the preset as the map does.
  const mapTypes = useStore(viewStore, (view) => view.relationTypes);
  const [sort, setSort] = useState<RelationSort>(DEFAULT_RELATION_SORT);
  // Re-render when the map changes, to say whether the actor is on it.
  useStore(networkStore, (network) => network);
  if (state.phase === 'none') return null;

  const close = (
    <button type="button" className="close" aria-label={t.closePanel} onClick={() => viewActions.selectActor(null)}>
      ×
    </button>
  );
  if (state.phase !== 'ready') {
    return (
      <aside className="actor-panel" aria-busy={state.phase === 'loading'}>
        {close}
        <p>{state.phase === 'loading' ? t.actorLoading : state.notFound ? t.actorNotFound : t.actorError}</p>
      </aside>
    );
  }

  const { actor, relations } = state.data;
  const name = actorName(actor, language);
  const grouped = groupRelations(relations, mapTypes, sort);
  return (
    <aside className="actor-panel" aria-label={name} data-actor={actor.id}>
      {close}
      <header>
        <h2>{name}</h2>
        <p className="other-script">
          <bdi lang={language === 'ar' ? 'en' : 'ar'}>{actorName(actor, language === 'ar' ? 'en' : 'ar')}</bdi>
        </p>
        <p className="actor-kind">
          <span className="node-swatch" style={{ background: ACTOR_KINDS[actor.kind].color }} aria-hidden="true" />
          {label(ACTOR_KINDS[actor.kind].label)}
          {actor.iso2 && <span className="iso2">{actor.iso2}</span>}
        </p>
        {!networkGraph.hasNode(actor.id) && <p className="not-on-map">{t.notOnMap}</p>}
      </header>
      <ActorActions key={actor.id} actor={actor} />
      <ActorCuration key={`curate ${actor.id}`} actor={actor} />
      {relations.length === 0 && <p>{t.noRelations}</p>}
      {relations.length > 0 && <SortBar sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />}
      {grouped.shown.map((group) => (
        <RelationGroupSection key={group.key} group={group} actor={actor} name={name} />
      ))}
      {grouped.others.length > 0 && (
        <details className="other-relations">
          <summary>{t.otherRelations(grouped.others.reduce((n, g) => n + g.relations.length, 0))}</summary>
          {grouped.others.map((group) => (
            <RelationGroupSection key={group.key} group={group} actor={actor} name={name} />
          ))}
        </details>
      )}
    </aside>
  );
}
