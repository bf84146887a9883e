import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

function relations(text: string, lang: 'ar' | 'en' = 'ar', date: string | null = '2024-12-05') {
  return extractArticle(articleFrom(text, { lang, date }))
    .relations.filter((r) => r.sentence >= 0)
    .map((r) => [r.type, r.source, r.target, r.mode]);
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
    expect(relations('وتلتقي البرازيل مع سويسرا مساء الأحد.')).toEqual([]);
  });

  it('a minister meets his counterpart, the office phrase folded into the person', () => {
    expect(relations('واجتمع وزير الخارجية الإيراني عباس عراقجي في الدوحة بنظيره الإسباني خافيير غونزاليس.')).toContainEqual([
      'MEETS',
      'abbas-araghchi',
      'khafyyr-ghwnzalys',
      'asserted',
    ]);
  });

  it('"its nationals" points back to the state named just before', () => {
    expect(relations('وتطالب ألمانيا، التي تعتقل روسيا ثلاثة من مواطنيها، بالإفراج عنهم.')).toContainEqual(['DETAINS', 'RU', 'DE', 'asserted']);
  });

  it('"the two countries" refers to the last pair named together', () => {
    const found = relations('وتخضع سوريا وإيران لعقوبات من الولايات المتحدة. ووقعت الدولتان اتفاقية دفاع مشترك العام الماضي.');
    expect(found).toContainEqual(['DEFENSE_PACT', 'SY', 'IR', 'asserted']);
  });

  it('a subject written with a preposition is not the subject', () => {
    // China is who the concern was voiced to; the United States voiced it.
    expect(relations('وأكدت اليابان أنها عبرت للصين عن قلقها إزاء نشر جنود روس في بيلاروسيا.')).toContainEqual(['CRITICIZES', 'JP', 'RU', 'asserted']);
  });

  it('troops sent into a country', () => {
    expect(relations('وأرسلت تركيا مئات الجنود إلى قطر.')).toEqual([['DEPLOYS_TROOPS_TO', 'TR', 'QA', 'asserted']]);
  });

  it('a relation someone else states is reported, and attributed to them', () => {
    const a = articleFrom('وقالت وزارة الخارجية الأميركية إن إيران أرسلت مئات الجنود إلى اليمن.', { date: '2024-01-01' });
    expect(extractArticle(a).relations.find((r) => r.type === 'DEPLOYS_TROOPS_TO')).toMatchObject({ source: 'IR', target: 'YE', mode: 'reported', attribution: 'US-STATE' });
  });

  it('a negated sanction is kept, marked negated', () => {
    expect(relations('ولم تفرض الصين أي عقوبات على كوريا الشمالية.')).toEqual([['SANCTIONS', 'CN', 'KP', 'negated']]);
  });
});

describe('people introduced with an office', () => {
  const extract = (text: string, lang: 'ar' | 'en' = 'ar') => extractArticle(articleFrom(text, { lang, date: '2024-03-01' }));

  it('become actors holding that office in the state the adjective names', () => {
    const result = extract('وقال وزير الخارجية المصري كمال حسنين إن القاهرة ترفض ذلك.');
    expect(result.actors.find((a) => a.kind === 'person')).toMatchObject({ id: 'kmal-hsnyn', name_en: 'Kmal Hsnyn', name_ar: 'كمال حسنين' });
    expect(result.relations.find((r) => r.type === 'HOLDS_OFFICE')).toMatchObject({ source: 'kmal-hsnyn', target: 'EG', title: 'foreign minister' });
  });

  it('or, without an adjective, in the state the article named last', () => {
    const result = extract('وتقود فرنسا جهودا دبلوماسية. وقال وزير الدفاع سيباستيان لوكورنو أمام البرلمان إن ذلك غير مقبول.');
    expect(result.relations.find((r) => r.type === 'HOLDS_OFFICE')).toMatchObject({ target: 'FR', title: 'defence minister' });
  });

  it('in English too', () => {
    const result = extract('The Egyptian foreign minister, Kamal Hassanein, said Cairo rejects it.', 'en');
    expect(result.relations.find((r) => r.type === 'HOLDS_OFFICE')).toMatchObject({ source: 'kamal-hassanein', target: 'EG' });
  });
});

describe('English constructions', () => {
  const en = (text: string) => relations(text, 'en');

  it.each([
    ['Russia and North Korea signed a mutual defence treaty in June.', ['DEFENSE_PACT', 'RU', 'KP', 'asserted']],
    ['North Korea has sent about 10,000 troops to Russia.', ['DEPLOYS_TROOPS_TO', 'KP', 'RU', 'asserted']],
    ['The European Union sanctioned nine Iranians over hostage-taking.', ['SANCTIONS', 'EU', 'IR', 'asserted']],
    ['China is a close ally of North Korea.', ['ALLIED_WITH', 'CN', 'KP', 'asserted']],
    ['Israel launched air strikes on Gaza overnight.', ['ATTACKS', 'IL', 'PS', 'asserted']],
    ['Turkey accused Sweden of harbouring militants.', ['ACCUSES', 'TR', 'SE', 'asserted']],
    ['President Vladimir Putin visited Pyongyang.', ['VISITS', 'vladimir-putin', 'KP', 'asserted']],
    ['Iran denied holding prisoners.', ['DENIES', 'IR', null, 'asserted']],
  ])('%s', (text, expected) => {
    expect(en(text)).toContainEqual(expected);
  });

  it('a minister meets the counterpart the text names', () => {
    expect(en('French Foreign Minister Jean-Noel Barrot met his Iranian counterpart Abbas Araghchi in Geneva.')).toContainEqual([
      'MEETS',
      'jean-noel-barrot',
      'abbas-araghchi',
      'asserted',
    ]);
  });
});

describe('dates', () => {
  const dated = (text: string, date: string | null = '2024-12-05') => {
    const r = extractArticle(articleFrom(text, { date })).relations.find((x) => x.sentence >= 0)!;
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
