/// <reference lib="webworker" />
/**
 * ForceAtlas2 in time slices: as many iterations as fit in a slice, then the positions go to the page,
 * at most one message waiting for it. graphology's own supervisor does one iteration per round trip,
 * so a large map, whose every redraw is slow, was laid out only as fast as it could be drawn.
 *
 * Whether the run is at rest is judged here, over fixed blocks of iterations rather than over slices:
 * how many iterations fit in a slice depends on the machine's load, and the run must stop after the
 * same iteration on the same graph, so that the same graph always gives the same picture.
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutProgress, LayoutRequest } from './forceatlas2-protocol.ts';

const SLICE_MS = 100;
/** Iterations over which the movement is measured. */
const BLOCK = 20;
/** Row width of the node matrix; x and y are its first two cells. */
const NODE_ROW = 10;

let run = 0;
let settings: Required<ForceAtlas2Settings>;
let settledMovement = 0;
let nodes: Float32Array = new Float32Array();
let edges: Float32Array = new Float32Array();
let running = false;
let pageReady = false;
let iterations = 0;
/** Distance travelled in the current block, the block's length so far, and the last full block's movement. */
let moved = 0;
let inBlock = 0;
let movement = Infinity;
/** The next slice: one at a time, also when a new run replaces the current one. */
let nextSlice: ReturnType<typeof setTimeout> | undefined;

/** Runs iterations for one slice, or until the run comes to rest. */
function slice(): void {
  if (!running) return;
  const end = performance.now() + SLICE_MS;
  const count = nodes.length / NODE_ROW;
  const before = new Float32Array(count * 2);
  do {
    for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) [before[j], before[j + 1]] = [nodes[i]!, nodes[i + 1]!];
    iterate(settings, nodes, edges);
    for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) moved += Math.hypot(nodes[i]! - before[j]!, nodes[i + 1]! - before[j + 1]!);
    iterations++;
    if (++inBlock === BLOCK) {
      const span = extent();
      movement = count > 0 && span > 0 ? moved / BLOCK / count / span : 0;
      [moved, inBlock] = [0, 0];
      if (movement < settledMovement) {
        running = false;
        report(true);
        return;
      }
    }
  } while (performance.now() < end);
  if (pageReady) report(false);
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

function report(settled: boolean): void {
  const positions = new Float32Array((nodes.length / NODE_ROW) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += NODE_ROW, j += 2) [positions[j], positions[j + 1]] = [nodes[i]!, nodes[i + 1]!];
  const progress: LayoutProgress = { run, positions, iterations, movement, settled };
  postMessage(progress, [positions.buffer]);
  [pageReady, iterations] = [false, 0];
}

self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
  clearTimeout(nextSlice);
  switch (data.kind) {
    case 'start':
      ({ run, settings, settledMovement, nodes, edges } = data);
      [running, pageReady, iterations, moved, inBlock, movement] = [true, true, 0, 0, 0, Infinity];
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
