import Graph from 'graphology';
import type { NetworkEdgeAttributes, NetworkNodeAttributes } from '@entente/protocol';

/**
 * The network as drawn: the API's attributes plus the visual ones that depend only on the data
 * (position, size, colour, curvature). Display state that depends on the interaction or the language
 * (labels, fading, edge program) is applied by sigma's reducers, not stored here.
 */
export interface DrawnNodeAttributes extends NetworkNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface DrawnEdgeAttributes extends NetworkEdgeAttributes {
  size: number;
  color: string;
  /** 0 for a lone edge; parallel edges between one pair bend apart. */
  curvature: number;
  /** Only announced, so drawn dashed (see announcedOnly). */
  announced: boolean;
}

export type NetworkGraphInstance = Graph<DrawnNodeAttributes, DrawnEdgeAttributes>;

export function createNetworkGraph(): NetworkGraphInstance {
  return new Graph<DrawnNodeAttributes, DrawnEdgeAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
}

/** The one graph of the page: sigma and the layout hold it for the page's life; loads replace its content. */
export const networkGraph = createNetworkGraph();

/** Something that follows the graph's changes one by one (the renderer) and can stop and resume. */
export interface GraphFollower {
  release(): void;
  retake(): void;
}

const followers = new Set<GraphFollower>();

export function followNetworkGraph(follower: GraphFollower): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}

/**
 * Replaces the graph's content. Followers let go of the graph meanwhile: at tens of thousands of
 * edges, taking in each addition as it comes costs far more than reading the new content once.
 */
export function replaceNetworkContent<T>(fill: (graph: NetworkGraphInstance) => T): T {
  for (const follower of followers) follower.release();
  try {
    networkGraph.clear();
    return fill(networkGraph);
  } finally {
    for (const follower of followers) follower.retake();
  }
}
