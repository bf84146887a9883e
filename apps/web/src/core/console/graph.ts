import { isRelationType, relationSpec } from '@entente/ontology';
import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { CypherResponse } from '@entente/protocol';
import { bendParallelEdges } from '../graph/prepare.ts';
import type { Language } from '../i18n/index.ts';
import { nodeCaption, nodeColor, relationshipColor } from './values.ts';

export interface ResultNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** The caption in each language; the renderer's reducer picks the interface's. */
  caption: Record<Language, string>;
}

export interface ResultEdgeAttributes {
  size: number;
  color: string;
  /** Neo4j relationships all have a direction; the ontology's undirected types are drawn without arrow. */
  directed: boolean;
  curvature: number;
}

export type ResultGraph = Graph<ResultNodeAttributes, ResultEdgeAttributes>;

/** Few enough steps to stay instant for a console result, enough for clusters to separate. */
const LAYOUT_ITERATIONS = 150;

/** The nodes and relationships of a result, laid out once: the console's graph is a snapshot, not a live map. */
export function buildResultGraph(response: CypherResponse): ResultGraph {
  const graph: ResultGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const node of response.graph.nodes) {
    graph.addNode(node.id, {
      x: 0,
      y: 0,
      size: 0,
      color: nodeColor(node),
      caption: { en: nodeCaption(node, 'en'), ar: nodeCaption(node, 'ar') },
    });
  }
  for (const relationship of response.graph.edges) {
    if (!graph.hasNode(relationship.start) || !graph.hasNode(relationship.end)) continue;
    graph.addEdgeWithKey(relationship.id, relationship.start, relationship.end, {
      size: 2,
      color: relationshipColor(relationship.type),
      directed: !isRelationType(relationship.type) || relationSpec(relationship.type).directed,
      curvature: 0,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', 5 + 2 * Math.log2(1 + graph.degree(node))));
  bendParallelEdges(graph);
  circular.assign(graph, { scale: 100 });
  // Strong gravity keeps a result's separate pieces near each other instead of pushed to the corners.
  const settings = { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.2 };
  if (graph.size > 0) forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings });
  return graph;
}
