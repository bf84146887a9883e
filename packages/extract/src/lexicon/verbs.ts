/**
 * Conjugated forms of an Arabic verb from its past-tense stem, so lexicons list a verb once.
 * Short vowels are unwritten, so the letters of a form I–X verb follow a few affix templates:
 * past فرض/فرضت/فرضوا, present يفرض/تفرض/يفرضون, and for stems in ا (اعتقل) the present drops it (يعتقل).
 */
const PAST_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'نا', 'تم'];
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ين'];

export function verbForms(pastStem: string): string[] {
  const presentStem = pastStem.startsWith('ا') ? pastStem.slice(1) : pastStem;
  const forms = PAST_SUFFIXES.map((s) => pastStem + s);
  for (const prefix of PRESENT_PREFIXES) for (const suffix of PRESENT_SUFFIXES) forms.push(prefix + presentStem + suffix);
  return forms;
}
