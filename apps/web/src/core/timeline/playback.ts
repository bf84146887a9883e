import { networkStore } from '../graph/load.ts';
import { createStore } from '../store.ts';
import { viewActions, viewStore } from '../view/state.ts';
import { nextPlaybackRange } from './dense.ts';
import type { MonthRange } from './months.ts';

/** Months per second at each speed the timeline offers. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export const playbackStore = createStore<{ playing: boolean; speed: PlaybackSpeed }>({ playing: false, speed: 1 });

let timer: ReturnType<typeof setTimeout> | undefined;
let unsubscribe: (() => void) | null = null;
/** The last month playback shows: the end of the timeline's window when it started. */
let last = '';

/**
 * Each month's map is shown for the dwell of the speed, counted from when it is drawn: the map reloads
 * per month, and a dwell counted from the step would, on an answer slower than the dwell, step on the
 * moment the map arrives (the legend never showing it), and stepping on before the answer has come
 * would queue requests faster than the API answers them (each new range aborts the last request).
 */
function scheduleStep(): void {
  clearTimeout(timer);
  unsubscribe?.();
  unsubscribe = null;
  const step = () => {
    if (!playbackStore.get().playing) return;
    const range = viewStore.get().range;
    const next = range && nextPlaybackRange(range, last);
    if (!next) return pause();
    viewActions.setRange(next);
    scheduleStep();
  };
  const dwell = () => {
    unsubscribe?.();
    unsubscribe = null;
    timer = setTimeout(step, 1000 / playbackStore.get().speed);
  };
  if (networkStore.get().phase !== 'loading') return dwell();
  unsubscribe = networkStore.subscribe((network) => {
    if (network.phase !== 'loading') dwell();
  });
}

export function pause(): void {
  clearTimeout(timer);
  unsubscribe?.();
  unsubscribe = null;
  playbackStore.set((state) => ({ ...state, playing: false }));
}

export const playbackActions = {
  /**
   * Plays the months of `window` (those the timeline shows): the brushed range moves on a month at a
   * time, or, with none or one outside the window, a single month from the window's start.
   */
  play(window: MonthRange): void {
    const range = viewStore.get().range;
    if (!range || range.from < window.from || range.to >= window.to) viewActions.setRange({ from: window.from, to: window.from });
    last = window.to;
    playbackStore.set((state) => ({ ...state, playing: true }));
    scheduleStep();
  },
  pause,
  setSpeed(speed: PlaybackSpeed): void {
    playbackStore.set((state) => ({ ...state, speed }));
    if (playbackStore.get().playing) scheduleStep();
  },
};
