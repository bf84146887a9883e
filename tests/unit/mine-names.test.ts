/** The pure parts of scripts/knowledge/mine-names.ts: candidate names, tallies and their ranking. */
import { describe, expect, it } from 'vitest';
import { arabicCandidates, arabicHead, englishCandidates, givenNameCandidates, rank, tallyArticle, tsvLine, type Tally } from '../../scripts/knowledge/mine-names.ts';

describe('organisation candidates', () => {
  it('reads an Arabic head word without its proclitics', () => {
    expect(arabicHead('وحركة')).toBe('حركة');
    expect(arabicHead('لقوات')).toBe('قوات');
    expect(arabicHead('للجيش')).toBe(undefined);
    expect(arabicHead('للمجلس')).toBe('المجلس');
    expect(arabicHead('لوكالة')).toBe('وكالة');
    expect(arabicHead('وزير')).toBe(undefined);
  });

  it('takes the words after an Arabic head up to a punctuation mark, never ending on a particle', () => {
    const names = arabicCandidates('وقالت حركة المقاومة الإسلامية في بيان، إن').map((c) => c.name);
    expect(names).toEqual(['حركة المقاومة', 'حركة المقاومة الإسلامية', 'حركة المقاومة الإسلامية في بيان']);
    const [first] = arabicCandidates('وقالت حركة المقاومة');
    expect('وقالت حركة المقاومة'.slice(first!.start, first!.end)).toBe('حركة المقاومة');
  });

  it('takes capitalised English names that hold a head word, without a leading The', () => {
    expect(englishCandidates('The Syrian Democratic Forces said. The Army of Islam and the Senate agreed.').map((c) => c.name)).toEqual([
      'Syrian Democratic Forces',
      'Army of Islam',
    ]);
    expect(englishCandidates('Officials of the party met.').map((c) => c.name)).toEqual([]);
  });
});

describe('name candidates', () => {
  it('takes a given name and the word after it, without a proclitic, never across punctuation', () => {
    const text = 'والتقى فيكتور أوربان ولمحمد بديع، وقال سعيد إن';
    const found = givenNameCandidates(text);
    expect(found.map((c) => c.name)).toEqual(['فيكتور أوربان', 'محمد بديع']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('محمد بديع');
  });
});

describe('tallies', () => {
  it('counts each article once per name, and every mention', () => {
    const tallies = new Map<string, Tally>();
    tallyArticle(tallies, [{ name: 'a b' }, { name: 'a b' }], 'x');
    tallyArticle(tallies, [{ name: 'a b', note: 'office' }], 'y');
    expect(tallies.get('a b')).toEqual({ articles: 2, mentions: 3, example: 'x', note: 'office' });
  });

  it('ranks by articles and drops a name that is mostly the start of a longer one', () => {
    const t = (articles: number): Tally => ({ articles, mentions: articles, example: 'x' });
    const tallies = new Map([
      ['قوات سوريا', t(10)],
      ['قوات سوريا الديمقراطية', t(9)],
      ['حزب الله', t(20)],
      ['نادر جدا', t(1)],
    ]);
    expect(rank(tallies, 2).map(([name]) => name)).toEqual(['حزب الله', 'قوات سوريا الديمقراطية']);
  });

  it('writes a TSV line with no tab or newline inside a field', () => {
    expect(tsvLine(['a\tb', 3, 'c\nd'])).toBe('a b\t3\tc d');
  });
});
