import type { TimelineResponse } from '@entente/protocol';
import { fetchTimeline } from '../api/client.ts';
import { createStore } from '../store.ts';
import { viewStore, type ViewState } from '../view/state.ts';

/** A failure is told in the interface language; the server's own words stay in its log. */
export type TimelineState = { phase: 'loading' } | { phase: 'ready'; months: TimelineResponse['months'] } | { phase: 'error' };

export const timelineStore = createStore<TimelineState>({ phase: 'loading' });

let inFlight: AbortController | null = null;

/** The bars count the events the filters select; the brushed range only decides what the map shows. */
const filterKey = (view: ViewState) => `${view.relationTypes.join()}|${view.kinds.join()}|${view.modes.join()}|${view.minConfidence}`;

async function loadTimeline(view: ViewState): Promise<void> {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  if (view.relationTypes.length === 0 || view.kinds.length === 0 || view.modes.length === 0) return timelineStore.set({ phase: 'ready', months: [] });
  timelineStore.set({ phase: 'loading' });
  try {
    const { months } = await fetchTimeline({ types: view.relationTypes, kinds: view.kinds, modes: view.modes, minConfidence: view.minConfidence }, request.signal);
    timelineStore.set({ phase: 'ready', months });
  } catch (error) {
    if (request.signal.aborted) return;
    timelineStore.set({ phase: 'error' });
  }
}

export function bindTimelineToView(): void {
  void loadTimeline(viewStore.get());
  viewStore.subscribe((view, previous) => {
    if (filterKey(view) !== filterKey(previous)) void loadTimeline(view);
  });
}

/** Asks again for the filters' timeline: after a failure, on Retry. */
export const reloadTimeline = () => loadTimeline(viewStore.get());
