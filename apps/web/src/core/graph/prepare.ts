import { ACTOR_KINDS, relationSpec, type ActorKind, type RelationType } from '@entente/ontology';
import type { ModeCounts, NetworkGraph } from '@entente/protocol';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { SavedPositions } from '../layout/positions.ts';
import type { NetworkGraphInstance } from './graph.ts';

export interface NetworkStats {
  actors: number;
  relations: number;
  relationsByType: Partial<Record<RelationType, number>>;
  /** Lines only announced, drawn dashed (see announcedOnly). */
  announced: number;
  actorsByKind: Partial<Record<ActorKind, number>>;
}

export interface PreparedNetwork {
  stats: NetworkStats;
  /** Actors that had no saved position: the layout has work to do. */
  newlyPlaced: number;
}

// Logarithmic scales: event counts run from 1 to hundreds, and a linear scale would drown the small ones.
const nodeSize = (weightedDegree: number, scale: number) => Math.max(1.5, scale * (5 + 3 * Math.log2(1 + weightedDegree)));
const edgeSize = (count: number, scale: number) => Math.max(0.6, scale * (1.5 + 1.5 * Math.log2(Math.max(1, count))));
/**
 * Whether a line stands only for announcements (plans, threats not carried out) and is drawn dashed:
 * when none of its events is stated as having happened, as fact or as reported. One asserted or
 * reported event makes it solid; its tooltip still tells how its events split.
 */
export function announcedOnly(modes: ModeCounts | undefined): boolean {
  return modes !== undefined && modes.announced > 0 && modes.asserted + modes.reported === 0;
}

/** The grey of lines an analyst rejected, when they are shown at all. */
export const REJECTED_COLOR = '#b0b0b0';

/**
 * Up to a thousand actors the sizes above read well; beyond, discs and lines shrink faster than the
 * room each actor gets (the square root of their number), so that a map of ten thousand is not a
 * carpet of overlapping discs, which also costs the renderer every pixel it covers. Zooming in
 * enlarges them again.
 */
const sizeScale = (actors: number) => Math.min(1, 1000 / Math.max(1, actors)) ** 0.75;
/**
 * The share of the square a map is drawn in (sigma fits the map's larger extent into the viewport's
 * smaller side) that its discs may cover together. Past it the discs' area exceeds the room their
 * centres have, and no layout keeps them apart; a quarter leaves the no-overlap pass room to work.
 */
export const DISC_AREA_SHARE = 0.25;

/**
 * The factor every disc is drawn at so that together they cover at most DISC_AREA_SHARE of a square
 * of `side` pixels: sizes stay in pixels while sigma shrinks the map's extent into the viewport, so
 * a map of a few hundred actors needs smaller discs than one of thirty. One factor for all keeps
 * large actors larger than small ones by as much as before; never above 1.
 */
export function discFitScale(sizes: Iterable<number>, side: number): number {
  let area = 0;
  for (const size of sizes) area += Math.PI * size * size;
  return area > 0 && side > 0 ? Math.min(1, Math.sqrt((DISC_AREA_SHARE * side * side) / area)) : 1;
}

/** How far apart parallel edges bend; more edges per pair spread less each so the bundle stays readable. */
const curvatureStep = (parallelEdges: number) => 0.5 / Math.sqrt(parallelEdges - 1);

/**
 * One network from several: actors and edges are keyed the same way by every endpoint
 * (`TYPE:source:target` for edges), so what two of them share is kept once, as the first one has it.
 */
export function mergeNetworks(base: NetworkGraph, additions: readonly NetworkGraph[]): NetworkGraph {
  if (additions.length === 0) return base;
  const nodes = new Map(base.nodes.map((node) => [node.key, node]));
  const edges = new Map(base.edges.map((edge) => [edge.key, edge]));
  for (const network of additions) {
    for (const node of network.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
    for (const edge of network.edges) if (!edges.has(edge.key)) edges.set(edge.key, edge);
  }
  return { ...base, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Turns an API payload into the drawn graph, in `graph` (empty): sizes, colours, curvatures and starting positions. */
export function prepareNetwork(payload: NetworkGraph, saved: SavedPositions, graph: NetworkGraphInstance): PreparedNetwork {
  const stats: NetworkStats = { actors: 0, relations: 0, relationsByType: {}, actorsByKind: {}, announced: 0 };
  // Summed from the payload: asking the graph for each actor's edges costs several times more.
  const weightedDegree = new Map<string, number>();
  for (const { source, target, attributes } of payload.edges) {
    weightedDegree.set(source, (weightedDegree.get(source) ?? 0) + attributes.count);
    weightedDegree.set(target, (weightedDegree.get(target) ?? 0) + attributes.count);
  }
  const scale = sizeScale(payload.nodes.length);

  for (const { key, attributes } of payload.nodes) {
    const size = nodeSize(weightedDegree.get(key) ?? 0, scale);
    graph.addNode(key, { ...attributes, x: 0, y: 0, size, color: ACTOR_KINDS[attributes.kind].color });
    stats.actorsByKind[attributes.kind] = (stats.actorsByKind[attributes.kind] ?? 0) + 1;
  }
  for (const { key, source, target, undirected, attributes } of payload.edges) {
    // One edge per key: a second answer for the same relation (an office held under two titles) is not drawn twice.
    if (graph.hasEdge(key)) continue;
    // A line an analyst rejected is drawn only when asked for, and then grey: struck off, not a fact.
    const color = attributes.curation === 'rejected' ? REJECTED_COLOR : relationSpec(attributes.type).color;
    const announced = announcedOnly(attributes.modes);
    const drawn = { ...attributes, size: edgeSize(attributes.count, scale), color, curvature: 0, announced };
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, drawn);
    else graph.addDirectedEdgeWithKey(key, source, target, drawn);
    stats.relationsByType[attributes.type] = (stats.relationsByType[attributes.type] ?? 0) + 1;
    if (announced) stats.announced++;
  }
  stats.actors = graph.order;
  stats.relations = graph.size;

  bendParallelEdges(graph);
  const newlyPlaced = placeNodes(graph, saved);
  return { stats, newlyPlaced };
}

/** Parallel edges between one pair bend apart, so each stays visible; lone edges stay straight. */
export function bendParallelEdges(graph: Graph<Attributes, { curvature: number }>): void {
  const edgesByPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edges = edgesByPair.get(pair);
    if (edges) edges.push(edge);
    else edgesByPair.set(pair, [edge]);
  });
  for (const edges of edgesByPair.values()) {
    if (edges.length < 2) continue;
    const step = curvatureStep(edges.length);
    edges.forEach((edge, index) => {
      // Curvature bends relative to the edge's own direction: flip reversed edges so that
      // A→B and B→A land on different sides instead of on top of each other.
      const orientation = graph.source(edge) < graph.target(edge) ? 1 : -1;
      graph.setEdgeAttribute(edge, 'curvature', orientation * step * (index - (edges.length - 1) / 2));
    });
  }
}

/** FNV-1a over the text's UTF-16 units: a 32-bit seed that depends on an actor's id alone, or a set of ids' digest. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Two numbers in [-0.5, 0.5) drawn by mulberry32 from a seed of the actor's id: an actor starts at the
 * same place in every load of the same graph, so the same graph gives the same picture.
 */
export function seededOffsets(id: string): [number, number] {
  let state = hashOf(id);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  return [next(), next()];
}

/** Saved positions first; a new actor starts beside its placed neighbours, or at a place seeded by its id. */
function placeNodes(graph: NetworkGraphInstance, saved: SavedPositions): number {
  const unplaced: string[] = [];
  let extent = 0;
  graph.forEachNode((node) => {
    const position = saved.get(node);
    if (position) {
      graph.mergeNodeAttributes(node, position);
      extent = Math.max(extent, Math.abs(position.x), Math.abs(position.y));
    } else {
      unplaced.push(node);
    }
  });
  const spread = extent > 0 ? extent : 100;
  for (const node of unplaced) {
    const [dx, dy] = seededOffsets(node);
    // With nothing saved (a first visit) there is no neighbour to start beside.
    const placedNeighbours = saved.size === 0 ? [] : graph.filterNeighbors(node, (neighbour) => saved.has(neighbour));
    if (placedNeighbours.length === 0) {
      graph.mergeNodeAttributes(node, { x: dx * spread * 2, y: dy * spread * 2 });
      continue;
    }
    const centre = placedNeighbours.reduce((sum, neighbour) => ({ x: sum.x + graph.getNodeAttribute(neighbour, 'x'), y: sum.y + graph.getNodeAttribute(neighbour, 'y') }), {
      x: 0,
      y: 0,
    });
    graph.mergeNodeAttributes(node, {
      x: centre.x / placedNeighbours.length + dx * spread * 0.2,
      y: centre.y / placedNeighbours.length + dy * spread * 0.2,
    });
  }
  return unplaced.length;
}
