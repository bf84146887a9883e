import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useMessages } from '../core/i18n/index.ts';
import { useStore } from '../core/store.ts';
import { denseRange, zoomWindow } from '../core/timeline/dense.ts';
import { monthsBetween, orderedRange, type MonthRange } from '../core/timeline/months.ts';
import { PLAYBACK_SPEEDS, playbackActions, playbackStore } from '../core/timeline/playback.ts';
import { reloadTimeline, timelineStore } from '../core/timeline/timeline.ts';
import { viewActions, viewStore } from '../core/view/state.ts';

const BARS_HEIGHT = 44;
const AXIS_HEIGHT = 16;
const BAR_GAP = 1;
/** Few months would otherwise make slabs of bars. */
const BAR_MAX_WIDTH = 36;
/** With more months than this, the axis names years only, or the labels would run into each other. */
const MONTH_LABELS_UP_TO = 18;

interface MonthBar {
  month: string;
  count: number;
}

/** Every month from the first event to the last, those without events included, so that time reads evenly. */
function monthBars(months: readonly MonthBar[]): MonthBar[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const counts = new Map(months.map(({ month, count }) => [month, count]));
  return monthsBetween(first.month, last.month).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

function axisLabel(month: string, index: number, total: number): string {
  const [year = '', number = ''] = month.split('-');
  if (index === 0 || number === '01') return total > MONTH_LABELS_UP_TO ? year : month;
  return total > MONTH_LABELS_UP_TO ? '' : number;
}

function useWidth(element: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element.current) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * Events per month under the map. Dragging across months sets the view's range, and the map
 * re-aggregates its edges over those months. Time runs left to right in both languages, as the
 * ISO dates it is labelled with do.
 */
export function Timeline() {
  const { t } = useMessages();
  const state = useStore(timelineStore, (timeline) => timeline);
  const range = useStore(viewStore, (view) => view.range);
  const chart = useRef<HTMLDivElement>(null);
  const width = useWidth(chart);
  /** Indexes of the bars where the drag started and where it is now. */
  const [brush, setBrush] = useState<{ anchor: number; current: number } | null>(null);

  const playback = useStore(playbackStore, (playback) => playback);
  /** The months shown, as zoomed; null for the dense span, where the timeline opens. */
  const [zoom, setZoom] = useState<MonthRange | null>(null);

  const months = state.phase === 'ready' ? state.months : [];
  const allBars = monthBars(months);
  const all = allBars.length > 0 ? { from: allBars[0]!.month, to: allBars.at(-1)!.month } : null;
  const dense = denseRange(months) ?? all;
  // A zoom from other filters' data that misses this data's span falls back to the dense span.
  const shown = zoom && all && zoom.from <= all.to && zoom.to >= all.from ? zoom : dense;
  const bars = shown ? allBars.filter(({ month }) => shown.from <= month && month <= shown.to) : [];
  const zoomBy = (factor: number) => shown && all && setZoom(zoomWindow(shown, all, factor));
  const slot = bars.length > 0 ? width / bars.length : 0;
  const highest = Math.max(1, ...bars.map((bar) => bar.count));

  const barAt = (event: PointerEvent<SVGSVGElement>) => {
    const left = event.currentTarget.getBoundingClientRect().left;
    return Math.max(0, Math.min(bars.length - 1, Math.floor((event.clientX - left) / slot)));
  };
  const selected = (index: number, month: string) =>
    brush ? Math.min(brush.anchor, brush.current) <= index && index <= Math.max(brush.anchor, brush.current) : range !== null && range.from <= month && month <= range.to;
  /**
   * The keyboard's brush: arrows move the range a month at a time (from the latest month when there is
   * none), Shift with an arrow moves its end only, Escape shows all time again.
   */
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape' && range) return viewActions.setRange(null);
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (step === undefined || bars.length === 0) return;
    event.preventDefault();
    const indexOf = (month: string) => {
      const index = bars.findIndex((bar) => bar.month >= month);
      return index === -1 ? bars.length - 1 : index;
    };
    const [start, end] = range ? [indexOf(range.from), indexOf(range.to)] : [bars.length, bars.length];
    const [nextStart, nextEnd] = event.shiftKey ? [start, end + step] : [start + step, end + step];
    const from = bars[Math.min(nextStart, bars.length - 1)];
    const to = bars[nextEnd];
    if (from && to) viewActions.setRange(orderedRange(from.month, to.month));
  };
  const selectedIndexes = bars.flatMap((bar, index) => (selected(index, bar.month) ? [index] : []));
  const firstSelected = selectedIndexes[0];
  const lastSelected = selectedIndexes.at(-1);

  return (
    <section className="timeline" aria-label={t.timelineLabel}>
      <div className="timeline-head">
        <h2>{t.timelineLabel}</h2>
        <span className="timeline-range">
          {range ? (
            <>
              <time dateTime={range.from} dir="ltr">
                {range.from}
              </time>{' '}
              –{' '}
              <time dateTime={range.to} dir="ltr">
                {range.to}
              </time>
            </>
          ) : (
            t.timelineAllTime
          )}
        </span>
        {range && (
          <button type="button" className="timeline-clear" onClick={() => viewActions.setRange(null)}>
            {t.timelineClear}
          </button>
        )}
        {shown && all && (
          <span className="timeline-tools">
            <button type="button" onClick={() => zoomBy(0.5)} aria-label={t.timelineZoomIn} title={t.timelineZoomIn}>
              +
            </button>
            <button type="button" onClick={() => zoomBy(2)} aria-label={t.timelineZoomOut} title={t.timelineZoomOut}>
              −
            </button>
            <button type="button" className="timeline-whole" aria-pressed={shown.from === all.from && shown.to === all.to} onClick={() => setZoom(all)}>
              {t.timelineShowAll}
            </button>
            <button type="button" className="timeline-dense" aria-pressed={zoom === null} onClick={() => setZoom(null)}>
              {t.timelineShowDense}
            </button>
            <button
              type="button"
              className="timeline-play"
              aria-pressed={playback.playing}
              onClick={() => (playback.playing ? playbackActions.pause() : playbackActions.play(shown))}
            >
              {playback.playing ? t.timelinePause : t.timelinePlay}
            </button>
            {/* One button cycling the speeds: a select would be a second combobox beside the actor search. */}
            <button
              type="button"
              className="timeline-speed"
              aria-label={t.timelineSpeed}
              title={t.timelineSpeed}
              onClick={() => playbackActions.setSpeed(PLAYBACK_SPEEDS[(PLAYBACK_SPEEDS.indexOf(playback.speed) + 1) % PLAYBACK_SPEEDS.length]!)}
            >
              {`${playback.speed}×`}
            </button>
          </span>
        )}
        {/* Not an alert: when Neo4j is down the map's status says so, in one line. */}
        <span className={state.phase === 'error' ? 'timeline-hint error' : 'timeline-hint'}>
          {state.phase === 'loading' ? t.timelineLoading : state.phase === 'error' ? t.timelineError : bars.length === 0 ? t.timelineEmpty : t.timelineHint}
        </span>
        {state.phase === 'error' && (
          <button type="button" className="timeline-retry" onClick={() => void reloadTimeline()}>
            {t.timelineRetry}
          </button>
        )}
      </div>
      <div ref={chart} className="timeline-chart" dir="ltr">
        {slot > 0 && (
          <svg
            width={width}
            height={BARS_HEIGHT + AXIS_HEIGHT}
            tabIndex={0}
            role="group"
            aria-label={`${t.timelineLabel}. ${t.timelineHint}`}
            onKeyDown={onKeyDown}
            // The wheel zooms the months shown; outliers left out of the dense span are a few turns away.
            onWheel={(event) => zoomBy(event.deltaY > 0 ? 1.25 : 0.8)}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              const index = barAt(event);
              setBrush({ anchor: index, current: index });
            }}
            onPointerMove={(event) => {
              if (brush) setBrush({ ...brush, current: barAt(event) });
            }}
            onPointerUp={() => {
              const from = brush && bars[brush.anchor];
              const to = brush && bars[brush.current];
              setBrush(null);
              if (from && to) viewActions.setRange(orderedRange(from.month, to.month));
            }}
            onPointerCancel={() => setBrush(null)}
          >
            {firstSelected !== undefined && lastSelected !== undefined && (
              <rect className="timeline-brush" x={firstSelected * slot} y={0} width={(lastSelected - firstSelected + 1) * slot} height={BARS_HEIGHT} />
            )}
            {bars.map((bar, index) => {
              const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / highest) * (BARS_HEIGHT - 4));
              const dimmed = selectedIndexes.length > 0 && !selectedIndexes.includes(index);
              const barWidth = Math.max(1, Math.min(BAR_MAX_WIDTH, slot - 2 * BAR_GAP));
              return (
                <g key={bar.month} data-month={bar.month} data-count={bar.count}>
                  <rect
                    className={dimmed ? 'timeline-bar dimmed' : 'timeline-bar'}
                    x={index * slot + (slot - barWidth) / 2}
                    y={BARS_HEIGHT - height}
                    width={barWidth}
                    height={height}
                  />
                  {/* The whole column answers the pointer and names its month, even where the bar is short. */}
                  <rect className="timeline-slot" x={index * slot} y={0} width={slot} height={BARS_HEIGHT}>
                    <title>{`${bar.month}: ${t.events(bar.count)}`}</title>
                  </rect>
                  <text className="timeline-axis" x={index * slot + slot / 2} y={BARS_HEIGHT + AXIS_HEIGHT - 3}>
                    {axisLabel(bar.month, index, bars.length)}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </section>
  );
}
