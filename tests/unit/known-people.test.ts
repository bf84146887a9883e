/** People the knowledge base knows, found however the text writes them: another script, the family name alone. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { nameSkeleton, sameGivenName } from '../../packages/extract/src/engine/skeleton.ts';
import { articleFrom } from '../support/articles.ts';

function read(text: string, lang: 'ar' | 'en', date: string) {
  const { actors, relations } = extractArticle(articleFrom(text, { lang, date }));
  return { actors: actors.map((a) => a.id), relations: relations.map((r) => [r.type, r.source, r.target, r.rule]) };
}

describe('name skeletons', () => {
  it('write a name alike in both scripts', () => {
    expect(nameSkeleton('رودريغو دوتيرتي')).toEqual(nameSkeleton('Rodrigo Duterte'));
    expect(nameSkeleton('جيرمي كوربن')).toEqual(nameSkeleton('Jeremy Corbyn'));
    expect(nameSkeleton('زيد رعد الحسين')).toEqual(nameSkeleton("Zeid Ra'ad Al Hussein"));
  });

  it('let given names differ by one letter, never family names', () => {
    const [arabic, english] = [nameSkeleton('بنيامين نتانياهو'), nameSkeleton('Benjamin Netanyahu')];
    expect(arabic.at(-1)).toBe(english.at(-1));
    expect(sameGivenName(arabic[0]!, english[0]!)).toBe(true);
    expect(sameGivenName('grm', 'krbn')).toBe(false);
  });
});

describe('a person the text introduces whom the knowledge base knows in another spelling', () => {
  it('is that person, with the offices of the knowledge base', () => {
    const { actors, relations } = read('قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن الرئيس رودريغو دوتيرتي وصل.', 'ar', '2018-09-03');
    expect(actors).toEqual(expect.arrayContaining(['benjamin-netanyahu', 'rodrigo-duterte']));
    // Duterte's office comes from the knowledge base, not from the Israeli adjective before him.
    expect(relations).toContainEqual(['HOLDS_OFFICE', 'rodrigo-duterte', 'PH', 'gazetteer']);
    expect(relations.filter((r) => r[1] === 'rodrigo-duterte' && r[2] === 'IL')).toEqual([]);
  });

  it('is introduced by a title in the construct state, and ends before the verb that follows it', () => {
    const { actors, relations } = read('قال مسؤولون إن زعيم كوريا الشمالية كيم يونغ أون سيلتقي برئيس كوريا الجنوبية مون جاي-إن.', 'ar', '2018-03-29');
    expect(actors).toContain('kim-jong-un');
    expect(relations).toContainEqual(['MEETS', 'kim-jong-un', 'moon-jae-in', 'ar.meets.9']);
    expect(read('وقال وزير خارجية البحرين خالد بن أحمد آل خليفة إن بلاده قلقة.', 'ar', '2018-03-29').actors).toContain('khalid-bin-ahmed-al-khalifa');
  });

  it('stays a person of its own when no known name is that close', () => {
    expect(read('وقال وزير الخارجية الفرنسي جان نويل بارو إن بلاده قلقة.', 'ar', '2025-01-10').actors).toContain('jean-noel-barrot');
    const { actors } = read('وقال وزير الخارجية الفرنسي كريم بلقاسمي إن بلاده قلقة.', 'ar', '2025-01-10');
    expect(actors).toContain('krym-blqasmy');
  });

  it('is not a known person whose short family name it shares with another first letter', () => {
    // Bruno (brn) and Mariano (mrn) are a letter apart, and روجيه and Rajoy both write rg.
    const { actors } = read('وقال المتحدث باسم الرئاسة الفرنسية برونو روجيه إن الرئيس قلق.', 'ar', '2018-05-01');
    expect(actors).not.toContain('mariano-rajoy');
  });

  it('is the known person whose family name is a letter apart, when the given names are alike', () => {
    expect(read('وقال الرئيس الأوكراني السابق فيكتور يانوكوفيتش إن بلاده قلقة.', 'ar', '2018-05-01').actors).toContain('viktor-yanukovych');
    // After a word of descent the last name is a father's: one letter is another man.
    expect(read('وقال رئيس الهيئة الأمير خالد بن سلطان إن بلاده قلقة.', 'ar', '2018-05-01').actors).toContain('khald-bn-sltan');
  });

  it('is the known person when a word of the sentence follows the family name', () => {
    expect(read('ووقع الرئيس الروسي فلاديمير بوتن مرسوما يقضي بذلك.', 'ar', '2018-05-01').actors).toContain('vladimir-putin');
    // A given name may be followed by a family name: the known person of two given names is someone else.
    expect(read('وقال نائب الرئيس الإيراني محمد باقر نوبخت إن بلاده قلقة.', 'ar', '2018-05-01').actors).toContain('mhmd-baqr-nwbkht');
  });
});

describe('a head of state or government named by family name alone', () => {
  it('is the holder in office on the article date', () => {
    const { actors, relations } = read('When Obama met Netanyahu in Washington, the two spoke of Iran.', 'en', '2014-10-01');
    expect(actors).toEqual(expect.arrayContaining(['barack-obama', 'benjamin-netanyahu']));
    expect(relations).toContainEqual(['MEETS', 'barack-obama', 'benjamin-netanyahu', 'en.meets.1']);
  });

  it('is no one outside their term, inside a longer name, or when the name is a common word', () => {
    expect(read('Obama met Netanyahu.', 'en', '2019-10-01').actors).not.toContain('barack-obama');
    expect(read('Michelle Obama spoke in Chicago.', 'en', '2014-10-01').actors).not.toContain('barack-obama');
    expect(read('They may meet in Paris.', 'en', '2018-01-10').actors).not.toContain('theresa-may');
  });

  it('is not the last word of a monarch\'s style ("Abdullah of Saudi Arabia")', () => {
    expect(read('Al Qaeda grew strong in Arabia.', 'en', '2012-06-01').actors).not.toContain('abdullah-of-saudi-arabia');
  });
});

describe('an English name written without a title', () => {
  it('is a person when it opens with a given name, and a later family name is that person', () => {
    const { actors } = read('Police arrested Daniel Okafor in Lagos. Okafor denied the charges.', 'en', '2019-07-28');
    expect(actors).toContain('daniel-okafor');
  });

  it('is nothing when the given name is part of something else', () => {
    const { actors } = read('Floods hit Lake Charles. He spoke there.', 'en', '2012-07-28');
    expect(actors.filter((id) => /charles/.test(id))).toEqual([]);
  });

  it('keeps a middle initial, and is the known person without it', () => {
    expect(read('He met Leon E. Panetta there.', 'en', '2012-07-28').actors).toContain('leon-panetta');
    expect(read('President George W. Bush visited Kuwait.', 'en', '2008-07-28').relations).toContainEqual(['VISITS', 'george-w-bush', 'KW', 'en.visits.1']);
  });

  it('lets a leader in office keep a family name an aide shares', () => {
    const { actors, relations } = read('Kim Jong Un met Trump. His aide Kim Chang Son arrived first. Kim arrived at a Vietnamese border station.', 'en', '2019-02-26');
    expect(actors).toEqual(expect.arrayContaining(['kim-jong-un', 'kim-chang-son']));
    expect(relations).toContainEqual(['VISITS', 'kim-jong-un', 'VN', 'en.visits.3']);
  });
});
