import { reloadActor } from './actor/actor.ts';
import { consoleActions } from './console/console.ts';
import { networkActions } from './graph/load.ts';
import { reloadTimeline } from './timeline/timeline.ts';

/**
 * Retry after an outage: every panel that reads the graph asks again (the map, the timeline, the open
 * actor, the console's examples), so that the page recovers whole without a reload.
 */
export function retryEverything(): void {
  void networkActions.reload();
  void reloadTimeline();
  void reloadActor();
  void consoleActions.loadResources();
}
