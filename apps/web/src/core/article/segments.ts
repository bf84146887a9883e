import type { ArticleMention } from '@entente/protocol';
import type { TextSpan } from './article.ts';

/** A run of the article's text that is uniformly plain, or one actor's mention, inside or outside the marked sentence. */
export interface TextSegment {
  start: number;
  text: string;
  mention: ArticleMention | null;
  marked: boolean;
}

/**
 * Cuts the text at every mention's ends and the marked sentence's, so that each piece renders as one
 * element. Offsets come from the extraction (UTF-16 indices, as JavaScript counts); a mention that
 * overlaps an earlier one or falls outside the text is left out rather than garbling the text.
 */
export function segmentText(text: string, mentions: readonly ArticleMention[], marked: TextSpan | null): TextSegment[] {
  const kept: ArticleMention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const previous = kept.at(-1);
    if (mention.start < 0 || mention.end > text.length || mention.start >= mention.end) continue;
    if (previous && mention.start < previous.end) continue;
    kept.push(mention);
  }
  const cuts = new Set([0, text.length]);
  for (const mention of kept) cuts.add(mention.start).add(mention.end);
  if (marked) cuts.add(Math.max(0, Math.min(text.length, marked.start))).add(Math.max(0, Math.min(text.length, marked.end)));
  const bounds = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  let mentionIndex = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    while (mentionIndex < kept.length && kept[mentionIndex]!.end <= start) mentionIndex++;
    const candidate = kept[mentionIndex];
    const mention = candidate && candidate.start <= start && end <= candidate.end ? candidate : null;
    segments.push({ start, text: text.slice(start, end), mention, marked: marked !== null && marked.start <= start && end <= marked.end });
  }
  return segments;
}
