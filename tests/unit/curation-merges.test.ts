/** How merges redirect what the extractor read: chains resolve, mentions join, loops drop. */
import { describe, expect, it } from 'vitest';
import { mergeMap, redirectActors } from '@entente/store';
import type { ExtractedArticle } from '@entente/extract';

const actor = (id: string, start: number) => ({
  id,
  kind: 'person' as const,
  name_en: id,
  name_ar: id,
  mentions: [{ text: id, start, end: start + 1, resolution: 'name' as never }],
});
const relation = (source: string, target: string | null, attribution?: string) => ({
  type: 'CRITICIZES' as const,
  source,
  target,
  mode: 'asserted' as const,
  date: null,
  date_precision: 'unknown' as never,
  sentence: 0,
  start: 0,
  end: 1,
  evidence: 'x',
  confidence: 0.8,
  rule: 'test',
  ...(attribution ? { attribution } : {}),
});

describe('mergeMap', () => {
  it('resolves chains of merges and names the ids folded on the way', () => {
    const merges = mergeMap([
      { actor: 'A', into: 'B' },
      { actor: 'B', into: 'C' },
    ]);
    expect([merges.resolve('A'), merges.resolve('B'), merges.resolve('C'), merges.resolve('D')]).toEqual(['C', 'C', 'C', 'D']);
    expect(merges.chain('A')).toEqual(['A', 'B']);
    expect(merges.chain('C')).toEqual([]);
  });

  it('stops on a cycle instead of looping', () => {
    const merges = mergeMap([
      { actor: 'A', into: 'B' },
      { actor: 'B', into: 'A' },
    ]);
    expect(merges.resolve('A')).toBe('B');
  });
});

describe('redirectActors', () => {
  const extracted: ExtractedArticle = {
    actors: [actor('A', 10), actor('C', 0), actor('X', 20)],
    relations: [relation('A', 'X', 'C'), relation('A', 'C'), relation('X', null)],
  };

  it('reads merged actors as the actor they were merged into, their mentions joined in order', () => {
    const { extracted: out, absorbed } = redirectActors(extracted, mergeMap([{ actor: 'A', into: 'C' }]));
    expect(out.actors.map((a) => [a.id, a.mentions.map((m) => m.start)])).toEqual([
      ['C', [0, 10]],
      ['X', [20]],
    ]);
    expect(absorbed.get('C')).toEqual(['A']);
    expect(out.relations.map((r) => [r.source, r.target, r.attribution])).toEqual([
      ['C', 'X', 'C'],
      ['X', null, undefined],
    ]);
  });

  it('leaves an article alone when nothing is merged', () => {
    expect(redirectActors(extracted, mergeMap([])).extracted).toBe(extracted);
  });
});
