// The parts of graphology-layout-forceatlas2 that its own supervisor uses and that ship without types.

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One iteration over the matrices, in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  import type { Attributes } from 'graphology-types';
  /** Nodes as rows of ten floats (x and y first), edges as rows of three (source row, target row, weight). */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: Attributes) => number): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
