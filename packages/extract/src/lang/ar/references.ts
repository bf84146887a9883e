/**
 * Words that refer back to actors already named: "البلدين" (the two countries), "التكتل" (the bloc,
 * for the EU). `pair` resolves to the last two actors seen together; `person` to the person named
 * last (he, she: in its sentence if one was named before it, else earlier); `state of person` to
 * the state that person holds office in on the date ("قال بومبيو إن بلاده": his country, the US); an
 * id (or several) resolves to that actor (those actors) when the article names it (them all); of two
 * entries for one word, the first the article names wins. With `whenNamed`, the id need not be named:
 * the word stands for it when the article names one of those (the place or side it belongs to).
 */
import type { ReferenceWords } from '../../engine/language.ts';

export const REFERENCES: ReferenceWords = {
  references: [
    { words: ['البلدين', 'البلدان', 'الدولتين', 'الدولتان', 'الجانبين', 'الجانبان'], refersTo: 'pair' },
    // The dual of a divided country's name: «الكوريتان», "the two Koreas".
    { words: ['الكوريتين', 'الكوريتان'], refersTo: ['KR', 'KP'] },
    { words: ['بلاده', 'بلادها'], refersTo: 'state of person' },
    { words: ['التكتل', 'الاتحاد'], refersTo: 'EU' },
    { words: ['الحلف'], refersTo: 'NATO' },
    { words: ['التحالف'], refersTo: 'ARAB-COALITION' },
    { words: ['التحالف'], refersTo: 'US-COALITION' },
    // Unnamed in a report of Yemen's war, «مقاتلات التحالف» are the Saudi-led coalition's.
    { words: ['التحالف'], refersTo: 'ARAB-COALITION', whenNamed: ['YE', 'HOUTHIS'] },
    { words: ['المنظمة الدولية'], refersTo: 'UN' },
    // «الجيش الوطني» is what each side of a civil war calls its army: Yemen's government army, Haftar's
    // forces in Libya, the Turkish-backed Syrian National Army.
    { words: ['الجيش الوطني'], refersTo: 'YE-ARMY', whenNamed: ['YE', 'HOUTHIS'] },
    { words: ['الجيش الوطني'], refersTo: 'LNA', whenNamed: ['LY', 'khalifa-haftar'] },
    { words: ['الجيش الوطني'], refersTo: 'SNA', whenNamed: ['SY'] },
    // «مجموعة السبع … طالبت المجموعة روسيا»: the group of states the article names.
    { words: ['المجموعة'], refersTo: 'G7' },
    { words: ['المجموعة'], refersTo: 'G20' },
  ],
  // Organs through which a state acts, written before its nationality adjective: «السلطات الإثيوبية»,
  // «مقاتلات روسية», «جيش الاحتلال الإسرائيلي». The phrase is the state (ANNOTATION.md: who acts). The
  // army named by its noun and demonym alone («الجيش الإسرائيلي») is an actor of its own (forces.ts).
  stateOrgans: [
    'الجيش', 'جيش', 'القوات', 'قوات', 'السلطات', 'سلطات', 'الحكومه', 'حكومه', 'الشرطه', 'البحريه', 'الطيران', 'طيران',
    'الطائرات', 'طائرات', 'المقاتلات', 'مقاتلات', 'المدفعيه', 'مدفعيه', 'الخارجيه', 'الاجهزه', 'الدبلوماسيه', 'البرلمان',
    // A ministry is named by its noun and field (وزارة الدفاع في …): the noun is the organ.
    'وزاره', 'الوزاره',
  ],
  // «وزارة الدفاع السعودية»
  organsByField: ['وزاره', 'الوزاره'],
  organsAfter: [],
  qualifiedNouns: [],
};
