import { relationSpec } from '@entente/ontology';
import { networkGraph } from '../core/graph/graph.ts';
import { actorName, useMessages } from '../core/i18n/index.ts';
import { edgeHoverStore } from '../core/sigma/controller.ts';
import { useStore } from '../core/store.ts';
import { DateRange } from './DateRange.tsx';
import { RelationSwatch } from './RelationSwatch.tsx';

/** What a line under the pointer stands for: type, direction, events and their dates. */
export function EdgeTooltip() {
  const { t, label, language } = useMessages();
  const hover = useStore(edgeHoverStore, (state) => state);
  if (!hover || !networkGraph.hasEdge(hover.edge)) return null;

  const attributes = networkGraph.getEdgeAttributes(hover.edge);
  const [source, target] = networkGraph.extremities(hover.edge).map((node) => actorName(networkGraph.getNodeAttributes(node), language));
  const spec = relationSpec(attributes.type);
  return (
    <div className="edge-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <p className="edge-tooltip-type">
        <RelationSwatch type={attributes.type} />
        {label(spec.label)}
      </p>
      <p className="edge-tooltip-ends">{`${source} ${spec.directed ? t.directedMark : t.undirectedMark} ${target}`}</p>
      <p className="edge-tooltip-meta">
        {t.events(attributes.count)} · {t.articles(attributes.articles)} <DateRange first={attributes.first_date} last={attributes.last_date} />
      </p>
      {attributes.modes && <p className="edge-tooltip-modes">{t.modeSplit(attributes.modes)}</p>}
      {attributes.curation && <p className={`edge-tooltip-curation curated-${attributes.curation}`}>{attributes.curation === 'rejected' ? t.rejectedMark : t.confirmedMark}</p>}
      <p className="edge-tooltip-hint">{t.lineHint}</p>
    </div>
  );
}
