import type { NetworkGraphInstance } from '../graph/graph.ts';

const STORAGE_KEY = 'entente.positions.v1';

export type SavedPositions = ReadonlyMap<string, { x: number; y: number }>;

export function loadSavedPositions(): SavedPositions {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, [number, number]>;
    return new Map(Object.entries(stored).map(([node, [x, y]]) => [node, { x, y }]));
  } catch {
    return new Map();
  }
}

/** Merges rather than overwrites, so an actor keeps its place when it reappears in another view. */
export function savePositions(graph: NetworkGraphInstance): void {
  const stored: Record<string, [number, number]> = {};
  for (const [node, { x, y }] of loadSavedPositions()) stored[node] = [x, y];
  graph.forEachNode((node, { x, y }) => {
    stored[node] = [x, y];
  });
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: positions are a convenience, the next layout recomputes them.
  }
}
