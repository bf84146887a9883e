/** A person the text introduces after an office is made only of words that look like a name (issue 12). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

/** The names of the persons the text introduced, as the text writes them. */
function introduced(text: string, lang: 'ar' | 'en' = 'ar'): string[] {
  return extractArticle(articleFrom(text, { lang, date: '2018-06-01' }))
    .actors.filter((a) => a.kind === 'person' && a.mentions.some((m) => m.resolution === 'introduced'))
    .map((a) => a.mentions[0]!.text);
}

describe('Arabic words after an office', () => {
  it('are a name when they begin with a given name', () => {
    expect(introduced('وقال وزير الخارجية المجري بيتر سيارتو إن بلاده قلقة.')).toEqual(['بيتر سيارتو']);
    expect(introduced('وقالت وزيرة الدفاع الإيطالية إليزابيتا ترينتا إن بلادها قلقة.')).toEqual(['إليزابيتا ترينتا']);
  });

  it('are the sentence going on when they begin with an ordinary word', () => {
    expect(introduced('وقال الرئيس بشكل واضح إن بلاده قلقة.')).toEqual([]);
    expect(introduced('وأكد الرئيس يعلن عدم مشاركته.')).toEqual([]);
    expect(introduced('وقال المتحدث باسم الرئيس رجل الأعمال إن بلاده قلقة.')).toEqual([]);
  });

  it('end before a word no name has: a pronoun or indefinite ending, a preposition on a noun, a verb, a conjunction', () => {
    expect(introduced('وبدا وزير الخارجية المجري بيتر سيارتو مستعداً للتفاوض.')).toEqual(['بيتر سيارتو']);
    expect(introduced('ونقل عن وزير الخارجية المجري بيتر سيارتو قوله إن بلاده قلقة.')).toEqual(['بيتر سيارتو']);
    expect(introduced('ووصل وزير الخارجية المجري بيتر سيارتو لزيارة تستمر يومين.')).toEqual(['بيتر سيارتو']);
    expect(introduced('وكان وزير الخارجية المجري بيتر سيارتو يعتقد أن بلاده قلقة.')).toEqual(['بيتر سيارتو']);
    expect(introduced('واستقبل الأمير هاري وميغان ماركل الضيوف.')).toEqual([]);
    expect(introduced('وسعى وزير الخارجية المجري بيتر سيارتو لتجنب الأزمة.')).toEqual(['بيتر سيارتو']);
    expect(introduced('وانضم وزير الخارجية المجري بيتر سيارتو لأكثر من ألف متظاهر.')).toEqual(['بيتر سيارتو']);
    expect(introduced('وقال إن وزير الخارجية المجري بيتر سيارتو سيتحدث عنها لاحقا.')).toEqual(['بيتر سيارتو']);
    expect(introduced('وكان وزير الخارجية المجري بيتر سيارتو مرشح لتولي المنصب.')).toEqual(['بيتر سيارتو']);
  });

  it('leave a conjunction on the first word out of the name, and its person out of the office', () => {
    const text = 'وحضر اللقاء وزير المالية المجري وبيتر سيارتو.';
    expect(introduced(text)).toEqual(['بيتر سيارتو']);
    expect(extractArticle(articleFrom(text, { date: '2018-06-01' })).relations.filter((r) => r.type === 'HOLDS_OFFICE')).toEqual([]);
  });
});

describe('English names', () => {
  it('end at a slash: a photo credit names the photographer, not "Lamarque/Pool Photo"', () => {
    expect(introduced('Photo: Kevin Lamarque/Pool Photo via AP.', 'en')).toEqual(['Kevin Lamarque']);
  });
});
