import type { Messages } from '../i18n/messages.ts';
import type { MonthRange } from '../timeline/months.ts';

/** What the exported image says about the map it shows. */
export interface CaptionInput {
  /** The preset's name in the interface language, or null for a selection of types of one's own. */
  view: string | null;
  range: MonthRange | null;
  actors: number;
  relations: number;
  /** The events and articles behind the map; null when they could not be counted (the image still goes). */
  sources: { events: number; articles: number; outlets: number } | null;
  /** YYYY-MM-DD. */
  exportedOn: string;
}

/**
 * The caption's lines, in the interface language: an image passed around without its page must still
 * say which view, which months and how much reporting it stands on.
 */
export function captionLines(input: CaptionInput, t: Messages): string[] {
  const lines = [
    `${t.appTitle} — ${input.view ?? t.captionCustomView} · ${input.range ? t.captionRange(input.range.from, input.range.to) : t.timelineAllTime}`,
    t.stats(input.actors, input.relations) + (input.sources ? ` · ${t.captionSources(input.sources.events, input.sources.articles, input.sources.outlets)}` : ''),
    t.captionExported(input.exportedOn),
  ];
  return lines;
}
