/**
 * Words that refer back to actors already named: "البلدين" (the two countries), "التكتل" (the bloc,
 * for the EU). `pair` resolves to the last two actors seen together; `person` to the person named
 * last (he, she: in its sentence if one was named before it, else earlier); `state of person` to
 * the state that person holds office in on the date ("قال بومبيو إن بلاده": his country, the US); an
 * id resolves to that actor when the article has named it.
 */
export const REFERENCES: { words: string[]; refersTo: 'pair' | string }[] = [
  { words: ['البلدين', 'البلدان', 'الدولتين', 'الدولتان', 'الجانبين', 'الجانبان', 'the two countries', 'both countries', 'the two sides', 'both sides'], refersTo: 'pair' },
  { words: ['he', 'she'], refersTo: 'person' },
  { words: ['بلاده', 'بلادها', 'his country', 'her country'], refersTo: 'state of person' },
  { words: ['التكتل', 'الاتحاد', 'the bloc'], refersTo: 'EU' },
  { words: ['الحلف', 'the alliance'], refersTo: 'NATO' },
  { words: ['المنظمة الدولية'], refersTo: 'UN' },
];

/**
 * Organs through which a state acts, written before its nationality adjective: «الجيش الإسرائيلي»,
 * «السلطات الإثيوبية», «مقاتلات روسية». The phrase is the state (ANNOTATION.md: who acts).
 */
export const STATE_ORGANS = [
  'الجيش', 'جيش', 'القوات', 'قوات', 'السلطات', 'سلطات', 'الحكومه', 'حكومه', 'الشرطه', 'البحريه', 'الطيران', 'طيران',
  'الطائرات', 'طائرات', 'المقاتلات', 'مقاتلات', 'المدفعيه', 'مدفعيه', 'الخارجيه', 'الاجهزه', 'الدبلوماسيه', 'البرلمان',
  // A ministry is named by its noun and field (وزارة الدفاع في …): the noun is the organ.
  'وزاره', 'الوزاره',
];
