/**
 * Words that refer back to actors already named: "البلدين" (the two countries), "التكتل" (the bloc,
 * for the EU). `pair` resolves to the last two actors seen together; `person` to the person named
 * last (he, she: in its sentence if one was named before it, else earlier); `state of person` to
 * the state that person holds office in on the date ("قال بومبيو إن بلاده": his country, the US); an
 * id (or several) resolves to that actor (those actors) when the article names it (them all); of two
 * entries for one word, the first the article names wins. With `whenNamed`, the id need not be named:
 * the word stands for it when the article names one of those (the place or side it belongs to).
 */
export const REFERENCES: { words: string[]; refersTo: 'pair' | string | readonly string[]; whenNamed?: readonly string[] }[] = [
  { words: ['البلدين', 'البلدان', 'الدولتين', 'الدولتان', 'الجانبين', 'الجانبان', 'the two countries', 'both countries', 'the two sides', 'both sides'], refersTo: 'pair' },
  { words: ['he', 'she'], refersTo: 'person' },
  // The dual of a divided country's name: «الكوريتان», "the two Koreas".
  { words: ['الكوريتين', 'الكوريتان', 'the two Koreas', 'both Koreas'], refersTo: ['KR', 'KP'] },
  { words: ['بلاده', 'بلادها', 'his country', 'her country'], refersTo: 'state of person' },
  { words: ['التكتل', 'الاتحاد', 'the bloc'], refersTo: 'EU' },
  { words: ['الحلف', 'the alliance'], refersTo: 'NATO' },
  { words: ['التحالف', 'the coalition'], refersTo: 'ARAB-COALITION' },
  { words: ['التحالف', 'the coalition'], refersTo: 'US-COALITION' },
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
];

/**
 * Organs through which a state acts, written before its nationality adjective: «السلطات الإثيوبية»,
 * «مقاتلات روسية», «جيش الاحتلال الإسرائيلي». The phrase is the state (ANNOTATION.md: who acts). The
 * army named by its noun and demonym alone («الجيش الإسرائيلي») is an actor of its own (forces.ts).
 */
export const STATE_ORGANS = [
  'الجيش', 'جيش', 'القوات', 'قوات', 'السلطات', 'سلطات', 'الحكومه', 'حكومه', 'الشرطه', 'البحريه', 'الطيران', 'طيران',
  'الطائرات', 'طائرات', 'المقاتلات', 'مقاتلات', 'المدفعيه', 'مدفعيه', 'الخارجيه', 'الاجهزه', 'الدبلوماسيه', 'البرلمان',
  // A ministry is named by its noun and field (وزارة الدفاع في …): the noun is the organ.
  'وزاره', 'الوزاره',
];

/** Organs named by their noun and a field after it: «وزارة الدفاع السعودية». */
export const ORGANS_BY_FIELD = ['وزاره', 'الوزاره'];

/**
 * Bodies and agents named after their state's adjective, their owner's possessive or their group:
 * "Russian forces", "Iran's foreign ministry", "Chinese officials", "Mueller's team", "Islamic State
 * fighters". The phrase is the state, the person or the group (ANNOTATION.md: who acts). Up to three
 * words each.
 */
export const ORGANS_AFTER = [
  'officials', 'official', 'authorities', 'government', 'administration', 'regime', 'leadership', 'leaders',
  'forces', 'troops', 'soldiers', 'military', 'army', 'navy', 'air force', 'armed forces', 'security forces', 'special forces', 'coast guard',
  'warplanes', 'jets', 'fighter jets', 'aircraft', 'drones', 'police', 'intelligence', 'intelligence services',
  'ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'diplomats', 'embassy', 'parliament', 'prosecutors',
  'team', 'lawyers', 'lawyer', 'campaign', 'office', 'spokesman', 'spokeswoman', 'spokesperson',
  // An armed group's people: "Islamic State fighters", "Hamas gunmen", "Taliban commanders".
  'fighters', 'militants', 'gunmen', 'members', 'commanders',
];

/**
 * Nouns an English name qualifies when written right before them: "the Iran nuclear deal", "his Syria
 * policy", "the Benghazi email". The name then stands for the thing, not the actor.
 */
export const QUALIFIED_NOUNS = [
  'policy', 'policies', 'deal', 'agreement', 'accord', 'nuclear', 'issue', 'resolution', 'email', 'emails', 'strategy', 'plan', 'program',
  'programme', 'crisis', 'talks', 'file', 'case', 'trip', 'visit', 'mission', 'question', 'war', 'conflict', 'report', 'investigation',
  'probe', 'bill', 'hearing', 'attack', 'attacks', 'raid', 'scandal', 'affair', 'summit', 'speech', 'statement', 'dossier', 'election', 'vote',
];
