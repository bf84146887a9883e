/**
 * Evidence marks as a Mention keeps them: one flat list of integers, three per span (role, start,
 * end), which Neo4j stores as a single array property instead of a map it cannot hold.
 */
import type { EvidenceMarks as ExtractedMarks } from '@entente/extract';
import type { EvidenceMarks } from '@entente/protocol';

const TRIGGER = 0;
const SOURCE = 1;
const TARGET = 2;

/**
 * The flat list of a relation's marks. `swapped`: the event keeps the pair in the other order (an
 * undirected relation's canonical pair), so what the sentence names as source is the event's target.
 */
export function packMarks(marks: ExtractedMarks | undefined, swapped: boolean): number[] | null {
  if (!marks) return null;
  const packed = marks.trigger.flatMap(([start, end]) => [TRIGGER, start, end]);
  const [source, target] = swapped ? [marks.target, marks.source] : [marks.source, marks.target];
  if (source) packed.push(SOURCE, ...source);
  if (target) packed.push(TARGET, ...target);
  return packed;
}

/** The marks of a Mention's flat list; null when it has none (ingested before marks were kept). */
export function unpackMarks(packed: readonly number[] | null | undefined): EvidenceMarks | null {
  if (!packed) return null;
  const marks: EvidenceMarks = { trigger: [], source: null, target: null };
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const span: [number, number] = [packed[i + 1]!, packed[i + 2]!];
    const role = packed[i];
    if (role === TRIGGER) marks.trigger.push(span);
    else if (role === SOURCE) marks.source = span;
    else if (role === TARGET) marks.target = span;
  }
  return marks;
}
