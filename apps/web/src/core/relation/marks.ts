import type { EvidenceMarks } from '@entente/protocol';

/** What a marked piece of an evidence sentence is: the words of the rule, or an actor of the relation. */
export type MarkRole = 'trigger' | 'source' | 'target';

/** A piece of an evidence sentence: plain text, or text the extractor read in a role. */
export interface Segment {
  text: string;
  role: MarkRole | null;
}

/**
 * The sentence cut at its marks, in order, so that a component renders each piece as a text node
 * or a <mark>, never the sentence as HTML. Spans outside the sentence, empty or overlapping one
 * before them (by start) are left out: the sentence is always rendered whole, each character once.
 */
export function markedSegments(sentence: string, marks: EvidenceMarks | null): Segment[] {
  if (!marks) return [{ text: sentence, role: null }];
  const spans: { start: number; end: number; role: MarkRole }[] = [
    ...marks.trigger.map(([start, end]) => ({ start, end, role: 'trigger' as const })),
    ...(marks.source ? [{ start: marks.source[0], end: marks.source[1], role: 'source' as const }] : []),
    ...(marks.target ? [{ start: marks.target[0], end: marks.target[1], role: 'target' as const }] : []),
  ].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, role } of spans) {
    if (start < at || end <= start || end > sentence.length) continue;
    if (start > at) segments.push({ text: sentence.slice(at, start), role: null });
    segments.push({ text: sentence.slice(start, end), role });
    at = end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), role: null });
  return segments;
}
