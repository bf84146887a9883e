import type { ActorSummary, NetworkGraph } from '@entente/protocol';
import type { AdditionRef } from '../view/state.ts';

/** What a path's graph lights on the map: all its actors and lines. */
export const litBy = (graph: NetworkGraph) => ({ nodes: new Set(graph.nodes.map(({ key }) => key)), edges: new Set(graph.edges.map(({ key }) => key)) });

/** How many lines the shortest paths a path's graph holds take from one end to the other; null when they do not meet. */
export function pathLength(graph: NetworkGraph, from: string, to: string): number | null {
  const steps = new Map([[from, 0]]);
  for (let frontier = [from]; frontier.length > 0 && !steps.has(to);) {
    const next: string[] = [];
    for (const { source, target } of graph.edges)
      for (const [here, there] of [
        [source, target],
        [target, source],
      ] as const)
        if (frontier.includes(here) && !steps.has(there)) {
          steps.set(there, steps.get(here)! + 1);
          next.push(there);
        }
    frontier = next;
  }
  return steps.get(to) ?? null;
}

/** The highlight of a path the view names, from what its addition drew; null when its ends are not in it. */
export function foundPath<Addition extends { source: AdditionRef; graph: NetworkGraph }>(addition: Addition) {
  const { source, graph } = addition;
  if (source.kind !== 'path') return null;
  const end = (id: string): ActorSummary | undefined => {
    const node = graph.nodes.find(({ key }) => key === id);
    return node && { id, ...node.attributes };
  };
  const [from, to, length] = [end(source.from), end(source.to), pathLength(graph, source.from, source.to)];
  if (!from || !to || length === null) return null;
  return { phase: 'found' as const, from, to, length, ...litBy(graph), addition };
}
