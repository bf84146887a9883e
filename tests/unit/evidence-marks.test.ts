/** Where in its evidence a relation was read: the trigger's words and the two actors, as spans of the evidence string. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { packMarks, unpackMarks } from '../../packages/store/src/marks.ts';
import { markedSegments } from '../../apps/web/src/core/relation/marks.ts';
import { articleFrom } from '../support/articles.ts';

/** Each event relation's marks as the words they cut out of its evidence. */
function marked(text: string, lang: 'ar' | 'en' = 'ar', title = '') {
  return extractArticle({ ...articleFrom(text, { lang }), title })
    .relations.filter((r) => r.marks)
    .map((r) => {
      const cut = (span?: [number, number]) => (span ? r.evidence.slice(...span) : null);
      return { type: r.type, trigger: r.marks!.trigger.map((s) => cut(s)), source: cut(r.marks!.source), target: cut(r.marks!.target) };
    });
}

describe('evidence marks', () => {
  it('mark a trigger inside a word with its proclitic as the whole written word', () => {
    expect(marked('وفرضت الولايات المتحدة عقوبات جديدة على إيران.')).toEqual([
      { type: 'SANCTIONS', trigger: ['وفرضت', 'عقوبات', 'على'], source: 'الولايات المتحدة', target: 'إيران' },
    ]);
  });

  it('are offsets in the trimmed sentence, not in the text', () => {
    expect(marked('  قال مسؤول إن الأمر انتهى.\n\n  The United States imposed new sanctions on Russia.', 'en')).toEqual([
      { type: 'SANCTIONS', trigger: ['imposed', 'sanctions', 'on'], source: 'United States', target: 'Russia' },
    ]);
  });

  it('mark each of coordinated targets with its own words', () => {
    expect(marked('وتخضع إيران وسوريا لعقوبات من الاتحاد الأوروبي.')).toEqual([
      { type: 'SANCTIONS', trigger: ['وتخضع', 'لعقوبات', 'من'], source: 'الاتحاد الأوروبي', target: 'إيران' },
      { type: 'SANCTIONS', trigger: ['وتخضع', 'لعقوبات', 'من'], source: 'الاتحاد الأوروبي', target: 'وسوريا' },
    ]);
  });

  it('mark a passive English trigger and the agent after it', () => {
    expect(marked('Iran was sanctioned by the European Union.', 'en')).toEqual([
      { type: 'SANCTIONS', trigger: ['was', 'sanctioned', 'by'], source: 'European Union', target: 'Iran' },
    ]);
  });

  it('mark a counterpart by the words that named him', () => {
    expect(marked('استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب في باريس.')).toEqual([
      { type: 'MEETS', trigger: ['استقبل', 'نظيره'], source: 'الرئيس الفرنسي إيمانويل ماكرون', target: 'الأمريكي دونالد ترامب' },
    ]);
  });

  it('in a title, are offsets in the whole title kept as evidence', () => {
    expect(marked('Nothing happened.', 'en', '  Trump meets Putin in Helsinki')).toEqual([{ type: 'MEETS', trigger: ['meets'], source: 'Trump', target: 'Putin' }]);
  });

  it('keep their roles through the flat list a Mention stores, swapped with the pair', () => {
    const marks = { trigger: [[0, 4] as [number, number], [9, 12] as [number, number]], source: [5, 8] as [number, number], target: [13, 20] as [number, number] };
    expect(packMarks(marks, false)).toEqual([0, 0, 4, 0, 9, 12, 1, 5, 8, 2, 13, 20]);
    expect(unpackMarks(packMarks(marks, false))).toEqual(marks);
    expect(unpackMarks(packMarks(marks, true))).toEqual({ trigger: marks.trigger, source: [13, 20], target: [5, 8] });
    expect(unpackMarks(packMarks({ trigger: [[1, 2]] }, false))).toEqual({ trigger: [[1, 2]], source: null, target: null });
    expect(unpackMarks(null)).toBeNull();
    expect(packMarks(undefined, false)).toBeNull();
  });

  it('cut the sentence into text and marked pieces that give it back whole', () => {
    const sentence = 'وفرضت الولايات المتحدة عقوبات على إيران.';
    const segments = markedSegments(sentence, {
      trigger: [
        [0, 5],
        [23, 29],
        [30, 33],
      ],
      source: [6, 22],
      target: [34, 39],
    });
    expect(segments.filter((s) => s.role).map((s) => [s.role, s.text])).toEqual([
      ['trigger', 'وفرضت'],
      ['source', 'الولايات المتحدة'],
      ['trigger', 'عقوبات'],
      ['trigger', 'على'],
      ['target', 'إيران'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    // Overlapping, empty or out-of-range spans are dropped, never rendered twice.
    const odd = markedSegments('Iran was hit.', {
      trigger: [
        [5, 8],
        [6, 12],
        [3, 3],
      ],
      source: null,
      target: [5, 40],
    });
    expect(odd).toEqual([
      { text: 'Iran ', role: null },
      { text: 'was', role: 'trigger' },
      { text: ' hit.', role: null },
    ]);
    expect(markedSegments('No marks.', null)).toEqual([{ text: 'No marks.', role: null }]);
  });
});
