import { monthsBetween, type MonthRange } from './months.ts';

export interface MonthCount {
  month: string;
  count: number;
}

/** The share of events the timeline opens on: outliers (a stray 1979) stay reachable by zooming out. */
export const DENSE_SHARE = 0.95;

/**
 * The shortest run of months holding at least `share` of the events, the earliest of equal ones: where
 * the data is dense. Months without events count as months, so a gap is not skipped. Null without events.
 */
export function denseRange(months: readonly MonthCount[], share = DENSE_SHARE): MonthRange | null {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return null;
  const counts = new Map(months.map(({ month, count }) => [month, count]));
  const all = monthsBetween(first.month, last.month);
  const values = all.map((month) => counts.get(month) ?? 0);
  const total = values.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const needed = share * total;
  let best: [number, number] = [0, all.length - 1];
  let sum = 0;
  // Two pointers: for each end, the latest start that still holds enough.
  for (let start = 0, end = 0; end < all.length; end++) {
    sum += values[end]!;
    while (sum - values[start]! >= needed) sum -= values[start++]!;
    if (sum >= needed && end - start < best[1] - best[0]) best = [start, end];
  }
  return { from: all[best[0]]!, to: all[best[1]]! };
}

/** The month `offset` months after `month` (before, when negative). */
export function shiftMonth(month: string, offset: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Playback's next step: the range moves one month on, keeping its length; none once its end has
 * passed `last`, the last month with data.
 */
export function nextPlaybackRange(range: MonthRange, last: string): MonthRange | null {
  const next = { from: shiftMonth(range.from, 1), to: shiftMonth(range.to, 1) };
  return next.to > last ? null : next;
}

/** Months from `from` to `to`, both counted. */
function monthSpan({ from, to }: MonthRange): number {
  return monthsBetween(from, to).length;
}

/**
 * The window the timeline shows, zoomed by `factor` (below 1 shows fewer months) around its centre,
 * at least a month long and kept within `all`.
 */
export function zoomWindow(window: MonthRange, all: MonthRange, factor: number): MonthRange {
  const span = monthSpan(window);
  const total = monthSpan(all);
  const rounded = Math.round(span * factor);
  // A short window would not change by rounding: it moves a month at least.
  const next = Math.max(1, Math.min(total, rounded !== span || factor === 1 ? rounded : span + Math.sign(factor - 1)));
  let start = shiftMonth(window.from, Math.floor((span - next) / 2));
  if (start < all.from) start = all.from;
  let end = shiftMonth(start, next - 1);
  if (end > all.to) {
    end = all.to;
    start = shiftMonth(end, -(next - 1));
  }
  return { from: start, to: end };
}
