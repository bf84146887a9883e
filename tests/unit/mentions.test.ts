import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

function mentioned(text: string, lang: 'ar' | 'en' = 'ar') {
  return extractArticle(articleFrom(text, { lang })).actors.flatMap((a) => a.mentions.map((m) => [m.text, a.id, m.resolution]));
}

describe('actor mentions', () => {
  it('resolves names, capitals, adjectives and clitics to one actor each', () => {
    expect(mentioned('زار الوزير طهران ثم التقى المسؤولين الإيرانيين وعاد إلى باريس')).toEqual([
      ['طهران', 'IR', 'metonymy'],
      ['الإيرانيين', 'IR', 'adjective'],
      ['باريس', 'FR', 'metonymy'],
    ]);
  });

  it('takes the longest name: كوريا الجنوبية is not كوريا', () => {
    expect(mentioned('وصل وفد من كوريا الجنوبية')).toEqual([['كوريا الجنوبية', 'KR', 'exact']]);
  });

  it('leaves the proclitic outside the mention span', () => {
    const text = 'التقى مسؤولون من الصين وروسيا';
    const actors = extractArticle(articleFrom(text)).actors;
    const russia = actors.find((a) => a.id === 'RU')!.mentions[0]!;
    expect(text.slice(russia.start, russia.end)).toBe('روسيا');
    expect(russia.resolution).toBe('clitic');
  });

  it('resolves transliteration variants of a leader to one person', () => {
    const ids = extractArticle(articleFrom('قال كيم جونغ أون ثم قال كيم جونغ أونغ')).actors.map((a) => a.id);
    expect(ids).toEqual(['kim-jong-un']);
  });

  it('finds English names and demonyms', () => {
    expect(mentioned('The European Union and Iranian officials met in Moscow', 'en')).toEqual([
      ['European Union', 'EU', 'exact'],
      ['Iranian', 'IR', 'adjective'],
      ['Moscow', 'RU', 'metonymy'],
    ]);
  });

  it('does not take everyday words for countries', () => {
    expect(mentioned('أعلنت الشركة عن دعم مالي جديد للموظفين')).toEqual([]);
    // Where names are capitalised, a state's name in lower case is a word.
    expect(mentioned('They told us the turkey was ready.', 'en')).toEqual([]);
    expect(mentioned('The US intelligence community said so.', 'en').map(([text]) => text)).toContain('US');
  });

  it('reads a point of the compass before a place as a direction, not the West', () => {
    expect(mentioned('The militants seized Fallujah in western Iraq.', 'en').map(([, id]) => id)).toEqual(['IQ']);
    expect(mentioned('Western governments condemned the vote.', 'en').map(([, id]) => id)).toEqual(['WEST']);
  });
});
