import { readings, type WordReading } from './morphology.ts';

/**
 * Matching keys for Arabic and English text. Normalisation is for matching only: every token keeps
 * its span in the original text, so evidence and mentions always point at what the author wrote.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Folds one word to its matching key (alef and hamza forms, ى, ة, diacritics, tatweel, digits, case). */
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
    else out += ch;
  }
  return out.toLowerCase();
}

export interface Token {
  /** The text as written. */
  text: string;
  /** Its matching key. */
  norm: string;
  /** The forms a lexicon entry may match (see morphology.ts), looked up once per token. */
  readings: WordReading[];
  start: number;
  end: number;
}

// A word: letters, marks and digits of any script, with inner apostrophes (O'Brien). A hyphen
// separates words, so that "Jong-un", "جونغ-أون" and "Jong Un" are the same two words.
const WORD = /[\p{L}\p{M}\p{N}\u0640]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (!norm) continue;
    tokens.push({ text: match[0], norm, readings: readings(norm), start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}

/** Normalises a multi-word name to the sequence of keys the matcher compares. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}
