/// <reference lib="webworker" />
/**
 * ForceAtlas2 in time slices: as many iterations as fit in a slice, then the positions go to the page,
 * at most one message waiting for it. graphology's own supervisor does one iteration per round trip,
 * so a large map, whose every redraw is slow, was laid out only as fast as it could be drawn.
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutProgress, LayoutRequest } from './forceatlas2-protocol.ts';

const SLICE_MS = 100;
/** Row width of the node matrix; x and y are its first two cells. */
const NODE_ROW = 10;

let run = 0;
let settings: Required<ForceAtlas2Settings>;
let nodes: Float32Array = new Float32Array();
let edges: Float32Array = new Float32Array();
let running = false;
let pageReady = false;
let iterations = 0;
let moved = 0;
/** The next slice: one at a time, also when a new run replaces the current one. */
let nextSlice: ReturnType<typeof setTimeout> | undefined;

/** Runs iterations for one slice, keeping the distance the nodes travelled. */
function slice(): void {
  if (!running) return;
  const end = performance.now() + SLICE_MS;
  const before = new Float32Array((nodes.length / NODE_ROW) * 2);
  do {
    for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) [before[j], before[j + 1]] = [nodes[i]!, nodes[i + 1]!];
    iterate(settings, nodes, edges);
    for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) moved += Math.hypot(nodes[i]! - before[j]!, nodes[i + 1]! - before[j + 1]!);
    iterations++;
  } while (performance.now() < end);
  if (pageReady) report();
  nextSlice = setTimeout(slice, 0);
}

function extent(): number {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < nodes.length; i += NODE_ROW) {
    [minX, maxX] = [Math.min(minX, nodes[i]!), Math.max(maxX, nodes[i]!)];
    [minY, maxY] = [Math.min(minY, nodes[i + 1]!), Math.max(maxY, nodes[i + 1]!)];
  }
  return Math.max(maxX - minX, maxY - minY);
}

function report(): void {
  const count = nodes.length / NODE_ROW;
  const positions = new Float32Array(2 * count);
  for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) [positions[j], positions[j + 1]] = [nodes[i]!, nodes[i + 1]!];
  const span = extent();
  const movement = count > 0 && span > 0 ? moved / iterations / count / span : 0;
  const progress: LayoutProgress = { run, positions, iterations, movement };
  postMessage(progress, [positions.buffer]);
  [pageReady, iterations, moved] = [false, 0, 0];
}

self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
  clearTimeout(nextSlice);
  switch (data.kind) {
    case 'start':
      ({ run, settings, nodes, edges } = data);
      [running, pageReady, iterations, moved] = [true, true, 0, 0];
      slice();
      break;
    case 'ready':
      pageReady = true;
      if (running) slice();
      break;
    case 'stop':
      running = false;
      break;
  }
};
