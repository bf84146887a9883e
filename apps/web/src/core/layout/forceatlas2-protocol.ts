import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** From the page to the layout worker. */
export type LayoutRequest =
  /**
   * `run` numbers the runs: positions of an earlier run may still be on their way when another starts.
   * `settledMovement`: the run ends by itself once a block of iterations moves actors less than this.
   */
  | { kind: 'start'; run: number; settings: Required<ForceAtlas2Settings>; settledMovement: number; nodes: Float32Array; edges: Float32Array }
  /** The page has applied the last positions and takes the next. */
  | { kind: 'ready' }
  | { kind: 'stop' };

/** From the worker: positions as x, y pairs in the graph's node order, after `iterations` more iterations. */
export interface LayoutProgress {
  run: number;
  positions: Float32Array;
  iterations: number;
  /** How far a node moved per iteration on average in the last block of iterations, as a share of the map's extent. */
  movement: number;
  /** The run came to rest and the worker stopped: these are its last positions. */
  settled: boolean;
}
