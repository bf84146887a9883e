/**
 * Conjugated forms of an Arabic verb from its past-tense stem, so lexicons list a verb once.
 * Short vowels are unwritten, so the letters of a form I–X verb follow a few affix templates:
 * past فرض/فرضت/فرضوا, present يفرض/تفرض/يفرضون, and for stems in ا (اعتقل) the present drops it
 * (يعتقل). A stem ending in ى (نفى، التقى) loses it before the endings: نفت، نفوا، ينفي، يلتقون.
 * A hollow stem (زار، قال، باع: three letters, alef in the middle) shows its middle radical in the
 * present, و or ي (يزور، يقول، يبيع); the stem does not say which, so both are spelled.
 * Each form also takes an object pronoun.
 */
const PAST_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'نا', 'تم'];
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ين'];
const DEFECTIVE_PAST_SUFFIXES = ['', 'ت', 'وا', 'يا', 'تا', 'ينا', 'يتم'];
const DEFECTIVE_PRESENT_SUFFIXES = ['ي', 'ى', 'ون', 'يان', 'ين'];

// Object pronouns attach to the verb: فرضتها (imposed them), يتهمه (accuses him).
const OBJECT_SUFFIXES = ['', 'ه', 'ها', 'هم', 'هما'];

/**
 * Every stem a lexicon conjugates. Its bare past (حذر، بحث، وقع) is also how a noun is written
 * (caution, research, impact): with the article, الحذر is that noun, never the verb.
 */
export const VERB_STEMS = new Set<string>();
/** Every form `verbForms` spells, so a matcher can tell a trigger written as a verb from a noun beside it. */
export const VERB_FORMS = new Set<string>();
/** The forms spelled with an object pronoun (تتهمها، قصفوه), and the bare forms, which a pronoun form may look like (وجه). */
export const OBJECT_PRONOUN_FORMS = new Set<string>();
const BARE_FORMS = new Set<string>();

export function verbForms(pastStem: string): string[] {
  VERB_STEMS.add(pastStem);
  const defective = pastStem.endsWith('ى');
  const root = defective ? pastStem.slice(0, -1) : pastStem;
  const hollow = !defective && pastStem.length === 3 && pastStem[1] === 'ا';
  const presentRoots = hollow ? [pastStem[0] + 'و' + pastStem[2], pastStem[0] + 'ي' + pastStem[2]] : [root.startsWith('ا') ? root.slice(1) : root];
  const forms = defective ? DEFECTIVE_PAST_SUFFIXES.map((s) => (s === '' ? pastStem : root + s)) : PAST_SUFFIXES.map((s) => pastStem + s);
  for (const presentRoot of presentRoots) {
    for (const prefix of PRESENT_PREFIXES) {
      for (const suffix of defective ? DEFECTIVE_PRESENT_SUFFIXES : PRESENT_SUFFIXES) forms.push(prefix + presentRoot + suffix);
    }
  }
  // A plural ending in وا drops its alef before a pronoun (فرضوها).
  const written: string[] = [];
  for (const form of forms) {
    BARE_FORMS.add(form);
    OBJECT_PRONOUN_FORMS.delete(form);
    for (const pronoun of OBJECT_SUFFIXES) {
      const spelled = (pronoun && form.endsWith('وا') ? form.slice(0, -1) : form) + pronoun;
      if (pronoun && !BARE_FORMS.has(spelled)) OBJECT_PRONOUN_FORMS.add(spelled);
      VERB_FORMS.add(spelled);
      written.push(spelled);
    }
  }
  return written;
}
