import { relationSpec } from '@entente/ontology';
import { networkGraph } from '../core/graph/graph.ts';
import { networkStore } from '../core/graph/load.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { edgeOfRelation } from '../core/sigma/controller.ts';
import { useStore } from '../core/store.ts';
import { viewActions, viewStore } from '../core/view/state.ts';
import { RelationCuration } from './Curate.tsx';
import { DateRange } from './DateRange.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { RelationSwatch } from './RelationSwatch.tsx';

/** An actor's name as the map has it; an actor not on it is shown by its id until it is. */
function useActorName(id: string): string {
  const { language } = useMessages();
  return networkGraph.hasNode(id) ? actorName(networkGraph.getNodeAttributes(id), language) : id;
}

/** The panel of a line clicked on the map: what it stands for, and every sentence behind it. */
export function RelationPanel() {
  const { t, label } = useMessages();
  const relation = useStore(viewStore, (view) => view.relation);
  // Re-render when the map changes: names and counts come from it.
  useStore(networkStore, (network) => network);
  const sourceName = useActorName(relation?.source ?? '');
  const targetName = useActorName(relation?.target ?? '');
  if (!relation) return null;

  const spec = relationSpec(relation.type);
  const edge = edgeOfRelation(relation);
  const drawn = edge ? networkGraph.getEdgeAttributes(edge) : null;
  return (
    <aside className="relation-panel" aria-label={label(spec.label)} data-relation={relation.type}>
      <button type="button" className="close" aria-label={t.closePanel} onClick={() => viewActions.selectRelation(null)}>
        ×
      </button>
      <header>
        <h2>
          <RelationSwatch type={relation.type} />
          {label(spec.label)}
        </h2>
        <p className="relation-ends">
          <button type="button" className="relation-end" data-actor={relation.source} onClick={() => viewActions.selectActor(relation.source)}>
            {sourceName}
          </button>
          <span aria-hidden="true">{spec.directed ? t.directedMark : t.undirectedMark}</span>
          <button type="button" className="relation-end" data-actor={relation.target} onClick={() => viewActions.selectActor(relation.target)}>
            {targetName}
          </button>
        </p>
        {drawn ? (
          <p className="relation-meta">
            {t.events(drawn.count)} · {t.articles(drawn.articles)} <DateRange first={drawn.first_date} last={drawn.last_date} />
          </p>
        ) : (
          <p className="not-on-map">{t.relationNotOnMap}</p>
        )}
      </header>
      <RelationCuration relation={relation} />
      <EvidenceList relation={relation} label={t.evidenceBetween(sourceName, targetName)} />
    </aside>
  );
}
