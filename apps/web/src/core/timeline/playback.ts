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
 * The next step waits for both the dwell of the speed and the map of the current step: the map
 * reloads per month, and stepping on before its answer has come would queue requests faster than
 * the API answers them (each new range aborts the last request, so the map would never be seen).
 */
function scheduleStep(): void {
  clearTimeout(timer);
  let dwelt = false;
  const step = () => {
    if (!playbackStore.get().playing || !dwelt || networkStore.get().phase === 'loading') return;
    const range = viewStore.get().range;
    const next = range && nextPlaybackRange(range, last);
    if (!next) return pause();
    viewActions.setRange(next);
    scheduleStep();
  };
  unsubscribe?.();
  unsubscribe = networkStore.subscribe(step);
  timer = setTimeout(() => {
    dwelt = true;
    step();
  }, 1000 / playbackStore.get().speed);
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
