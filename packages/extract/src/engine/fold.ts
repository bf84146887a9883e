/**
 * The fold of one word to its matching key, alone in a module of its own: the web app's table filter
 * matches names with it, and needs none of the extractor around it.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Folds one word to its matching key (alef and hamza forms, ى, ة, diacritics, Latin accents, tatweel, digits, case). */
export function normalizeWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640 || (code >= 0x200b && code <= 0x200f)) continue;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (ch === 'أ' || ch === 'إ' || ch === 'آ' || ch === 'ٱ') out += 'ا';
    else if (ch === 'ى') out += 'ي';
    else if (ch === 'ة') out += 'ه';
    else if (ch === 'ؤ') out += 'و';
    else if (ch === 'ئ') out += 'ي';
    else if (ch === 'ı') out += 'i';
    else out += ch;
  }
  // "Francois" finds François, "Cavusoglu" Çavuşoğlu: news in English drops Latin accents as often as it keeps them.
  if (LATIN_ACCENTED.test(out)) out = out.normalize('NFD').replace(COMBINING_MARKS, '');
  return out.toLowerCase();
}

const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
