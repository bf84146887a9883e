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
}

export type NetworkGraphInstance = Graph<DrawnNodeAttributes, DrawnEdgeAttributes>;

export function createNetworkGraph(): NetworkGraphInstance {
  return new Graph<DrawnNodeAttributes, DrawnEdgeAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
}

/** The one graph of the page: sigma and the layout hold it for the page's life; loads replace its content. */
export const networkGraph = createNetworkGraph();
