import { isRelationType } from '@entente/ontology';
import { networkEdge, serializedNetwork, type CypherResponse, type CypherValue, type NetworkGraph } from '@entente/protocol';
import type { MapAddition } from '../graph/load.ts';
import { actorOf, textOrNull, type ActorProperties } from './values.ts';

const numberOr = (value: CypherValue | undefined, fallback: number): number => (typeof value === 'number' ? value : fallback);

/**
 * What of a console result the map can draw: its actors, and the relationships between them whose type
 * is a relation of the ontology. Edges are keyed as the API keys them, so one already on the map merges.
 */
export function resultToNetwork(response: CypherResponse): NetworkGraph {
  /** By Neo4j element id, which is how relationships name their ends. */
  const actors = new Map<string, ActorProperties>();
  for (const node of response.graph.nodes) {
    const actor = actorOf(node);
    if (actor) actors.set(node.id, actor);
  }
  const edges: NetworkGraph['edges'] = [];
  for (const relationship of response.graph.edges) {
    const source = actors.get(relationship.start);
    const target = actors.get(relationship.end);
    if (!source || !target || !isRelationType(relationship.type)) continue;
    const { properties, type } = relationship;
    edges.push(
      networkEdge(source.id, target.id, {
        type,
        // Derived relationships carry their event count as `events`; structural ones count as one.
        count: numberOr(properties.events, 1),
        articles: numberOr(properties.articles, 0),
        first_date: textOrNull(properties.first_date),
        last_date: textOrNull(properties.last_date),
      }),
    );
  }
  return serializedNetwork(
    [...actors.values()].map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges,
  );
}

/** A result as an addition to the map, which the view names by its relations and lone actors; null when it holds no actor. */
export function resultAddition(response: CypherResponse): MapAddition | null {
  const graph = resultToNetwork(response);
  if (graph.nodes.length === 0) return null;
  const relations = graph.edges.map(({ source, target, attributes }) => ({ type: attributes.type, source, target }));
  const related = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
  const actors = graph.nodes.map((node) => node.key).filter((actor) => !related.has(actor));
  return { source: { kind: 'query', relations, actors }, graph };
}
