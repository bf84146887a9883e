import { ACTOR_KIND_NAMES, ACTOR_KINDS, RELATION_TYPES, relationSpec } from '@entente/ontology';
import { useMessages } from '../core/i18n/index.ts';
import { networkStore } from '../core/graph/load.ts';
import { useStore } from '../core/store.ts';
import { viewStore } from '../core/view/state.ts';
import { RelationSwatch } from './RelationSwatch.tsx';

/**
 * What the colours mean: the kinds and relation types on the map, with counts (the view's selection
 * until it loads). What the user added may bring types the filters do not select: they show too.
 */
export function Legend() {
  const { t, label } = useMessages();
  const network = useStore(networkStore, (state) => state);
  const kinds = useStore(viewStore, (view) => view.kinds);
  const relationTypes = useStore(viewStore, (view) => view.relationTypes);
  const stats = network.phase === 'ready' ? network.stats : null;
  const shownKinds = stats ? ACTOR_KIND_NAMES.filter((kind) => stats.actorsByKind[kind]) : kinds;
  const shownTypes = stats ? RELATION_TYPES.filter((type) => stats.relationsByType[type]) : relationTypes;

  return (
    <section className="legend" aria-label={`${t.legendActors} / ${t.legendRelations}`}>
      {stats && <p className="stats">{t.stats(stats.actors, stats.relations)}</p>}
      <h2>{t.legendActors}</h2>
      <ul>
        {shownKinds.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className="node-swatch" style={{ background: ACTOR_KINDS[kind].color }} aria-hidden="true" />
            <span className="legend-label">{label(ACTOR_KINDS[kind].label)}</span>
            {stats && <span className="count">{stats.actorsByKind[kind] ?? 0}</span>}
          </li>
        ))}
      </ul>
      <h2>{t.legendRelations}</h2>
      <ul>
        {shownTypes.map((type) => (
          <li key={type} data-relation={type}>
            <RelationSwatch type={type} />
            <span className="legend-label">{label(relationSpec(type).label)}</span>
            {stats && <span className="count">{stats.relationsByType[type] ?? 0}</span>}
          </li>
        ))}
      </ul>
      {stats !== null && stats.announced > 0 && (
        <p className="legend-announced" data-count={stats.announced}>
          <span className="dashed-swatch" aria-hidden="true" />
          <span className="legend-label">{t.legendAnnounced}</span>
          <span className="count">{stats.announced}</span>
        </p>
      )}
    </section>
  );
}
