/** An office named without its holder is read as whoever held it on the article's date. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

function read(text: string, lang: 'ar' | 'en', date: string) {
  const result = extractArticle(articleFrom(text, { lang, date }));
  return {
    relations: result.relations.filter((r) => r.sentence >= 0).map((r) => [r.type, r.source, r.target]),
    offices: result.actors.flatMap((a) => a.mentions.filter((m) => m.resolution === 'office').map((m) => [a.id, m.text])),
  };
}

describe('offices named without their holder', () => {
  it('Arabic: the title before the nationality adjective', () => {
    const { relations, offices } = read('توعد رئيس الوزراء الإسرائيلي إيران.', 'ar', '2018-10-09');
    expect(relations).toEqual([['THREATENS', 'benjamin-netanyahu', 'IR']]);
    expect(offices).toEqual([['benjamin-netanyahu', 'رئيس الوزراء الإسرائيلي']]);
  });

  it('English: the adjective before the title', () => {
    expect(read('The French president visited Moscow on Monday.', 'en', '2018-05-09').relations).toEqual([['VISITS', 'emmanuel-macron', 'RU']]);
  });

  it('a name after the office is the holder itself, not a second reading', () => {
    expect(read('French President Emmanuel Macron met Putin.', 'en', '2018-05-09').offices).toEqual([]);
  });

  it('the holder is the one in office on the date, not a former one', () => {
    // Netanyahu's run as prime minister ended in June 2021; Bennett held the office a year later.
    expect(read('توعد رئيس الوزراء الإسرائيلي إيران.', 'ar', '2022-06-01').relations).toEqual([['THREATENS', 'naftali-bennett', 'IR']]);
  });

  it('an office the gazetteer knows no holder of stays the state it names', () => {
    expect(read('توعد وزير الزراعة الإسرائيلي إيران.', 'ar', '2018-10-09').offices).toEqual([]);
  });
});

describe('hollow verbs', () => {
  it('reads the present of a hollow verb (زار → يزور)', () => {
    expect(read('ويزور الرئيس الفرنسي إيمانويل ماكرون واشنطن.', 'ar', '2018-04-23').relations).toContainEqual(['VISITS', 'emmanuel-macron', 'US']);
  });
});

describe('whose office an introduced person holds', () => {
  it('an unknown name after the office is not the gazetteer holder', () => {
    expect(read('Russian Foreign Minister Ivan Petrovsky met reporters.', 'en', '2018-05-09').offices).toEqual([]);
  });

  it('not a state named sentences earlier', () => {
    const text = 'Russia was not mentioned again in the long speech that followed that day. Later, President Ivan Petrovsky spoke.';
    const offices = extractArticle(articleFrom(text, { lang: 'en', date: '2018-05-09' })).relations.filter((r) => r.type === 'HOLDS_OFFICE');
    expect(offices).toEqual([]);
  });
});

describe('an office described between title and name', () => {
  it('a former holder is named but holds no office', () => {
    const result = extractArticle(articleFrom('وقال رئيس الوزراء الباكستاني المعزول ناصر كريم إن المحاكمة سياسية.', { lang: 'ar', date: '2018-07-13' }));
    expect(result.actors.map((a) => a.id)).toContain('nasr-krym');
    expect(result.relations.filter((r) => r.type === 'HOLDS_OFFICE')).toEqual([]);
  });

  it('a former holder named after the office still acts', () => {
    expect(read('انتقد الرئيس الفرنسي السابق فرانسوا هولاند روسيا.', 'ar', '2018-07-13').relations).toEqual([['CRITICIZES', 'francois-hollande', 'RU']]);
  });

  it('an office described as former, with no name, is not its holder today', () => {
    for (const [text, lang] of [
      ['انتقد الرئيس الفرنسي السابق روسيا.', 'ar'],
      ['The former French president criticised Russia.', 'en'],
    ] as const) {
      const { relations, offices } = read(text, lang, '2018-07-13');
      expect(offices).toEqual([]);
      expect(relations.map(([, source]) => source)).not.toContain('emmanuel-macron');
    }
  });
});

describe('name shape', () => {
  it('a noun with a pronoun ending ends a name', () => {
    const result = extractArticle(articleFrom('وقال رئيس الوزراء الباكستاني ناصر كريم وابنته إن المحاكمة سياسية.', { lang: 'ar', date: '2018-07-13' }));
    expect(result.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['nasr-krym']);
  });
});
