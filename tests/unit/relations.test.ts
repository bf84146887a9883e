import { describe, expect, it } from 'vitest';
import { extractArticle, type Article } from '@entente/extract';

function relations(text: string, lang: 'ar' | 'en' = 'ar', date: string | null = '2024-12-05') {
  const a: Article = { id: 't', file: 't.md', title: '', lang, date, source: null, url: null, category: null, text };
  return extractArticle(a).relations.filter((r) => r.sentence >= 0).map((r) => [r.type, r.source, r.target, r.mode]);
}

describe('relation patterns', () => {
  it('active sanctions, verb first', () => {
    expect(relations('فرضت الولايات المتحدة عقوبات جديدة على فنزويلا.')).toEqual([['SANCTIONS', 'US', 'VE', 'asserted']]);
  });

  it('passive sanctions with coordinated targets', () => {
    expect(relations('وتخضع إيران وسوريا لعقوبات من الاتحاد الأوروبي.')).toEqual([
      ['SANCTIONS', 'EU', 'IR', 'asserted'],
      ['SANCTIONS', 'EU', 'SY', 'asserted'],
    ]);
  });

  it('future tense is an announcement', () => {
    expect(relations('وقالت بريطانيا إنها ستفرض عقوبات على روسيا.')[0]).toEqual(['SANCTIONS', 'GB', 'RU', 'announced']);
  });

  it('a defence treaty signed between two states is one undirected relation', () => {
    expect(relations('ودخلت معاهدة الدفاع المشترك الموقعة بين إيران والعراق حيز التنفيذ.')).toEqual([['DEFENSE_PACT', 'IR', 'IQ', 'asserted']]);
  });

  it('allies named together', () => {
    expect(relations('والهند وفرنسا حليفتان لأستراليا.')).toEqual([
      ['ALLIED_WITH', 'IN', 'AU', 'asserted'],
      ['ALLIED_WITH', 'FR', 'AU', 'asserted'],
    ]);
  });

  it('English sanctions', () => {
    expect(relations('The United States imposed sanctions on Venezuela on Monday.', 'en')).toEqual([['SANCTIONS', 'US', 'VE', 'asserted']]);
  });

  it('finds nothing in a football report', () => {
    expect(relations('فاز المنتخب الفرنسي على نظيره البلجيكي بهدف نظيف في نصف النهائي.')).toEqual([]);
  });
});

describe('dates', () => {
  const dated = (text: string, date: string | null = '2024-12-05') => {
    const a: Article = { id: 't', file: 't.md', title: '', lang: 'ar', date, source: null, url: null, category: null, text };
    const r = extractArticle(a).relations.find((x) => x.sentence >= 0)!;
    return [r.date, r.date_precision];
  };

  it('resolves "يونيو الماضي" to the latest June before the publication month', () => {
    expect(dated('فرضت الولايات المتحدة في يونيو الماضي عقوبات على فنزويلا.')).toEqual(['2024-06', 'month']);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    // 2024-12-05 is a Thursday; the Monday before is 2024-12-02.
    expect(dated('فرضت الولايات المتحدة الاثنين عقوبات على فنزويلا.')).toEqual(['2024-12-02', 'day']);
  });

  it('reads the Levantine month names', () => {
    expect(dated('فرضت الولايات المتحدة في تشرين الأول عقوبات على فنزويلا.')).toEqual(['2024-10', 'month']);
  });

  it('is unknown when the article has no date', () => {
    expect(dated('فرضت الولايات المتحدة عقوبات على فنزويلا.', null)).toEqual([null, 'unknown']);
  });
});
