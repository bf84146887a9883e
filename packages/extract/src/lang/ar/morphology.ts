/**
 * Arabic word forms a lexicon entry should match: proclitics (و ف ب ل ك and the article ال, in their
 * stacks) and the endings of nisba adjectives. The caller keeps a reading only when the trie knows
 * what remains, which is what lets فرنسا، واشنطن، باريس، لبنان keep their first letter.
 */
import { addReading, type WordReading } from '../../engine/language.ts';


const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

// Feminine, plural and adverbial endings of a nisba adjective, each folded back to its base in ي.
// (Normalised text: ة is already ه.) أوروبيا، الروسية، الإيرانيين، الإيرانيون، الروسيات.
const NISBA_ENDINGS: [string, string][] = [
  ['يه', 'ي'],
  ['يين', 'ي'],
  ['يون', 'ي'],
  ['يات', 'ي'],
  ['يا', 'ي'],
  ['يان', 'ي'],
];

/** The proclitic stacks a word may start with, conjunction before preposition: '', ب, ل, ك, و, وب… */
const PROCLITICS = CONJUNCTIONS.flatMap((conj) => PREPOSITIONS.map((prep) => ({ letters: conj + prep, lam: prep === 'ل' })));

/**
 * All readings of a normalised Arabic word, the word itself first. Not cached here: the tokenizer computes
 * them once per distinct written word, and a new written word seldom has a known matching key (~9%).
 */
export function readings(word: string): WordReading[] {
  const out: WordReading[] = [];
  for (const { letters, lam } of PROCLITICS) {
    const purpose = lam;
    if (!word.startsWith(letters)) continue;
    const rest = word.slice(letters.length);
    addReading(out, rest, letters.length, { purpose });
    // ل + ال is written لل: للأمم is ل + الأمم.
    if (lam && rest.startsWith('ل')) addReading(out, 'ال' + rest.slice(1), letters.length, { purpose });
    if (rest.startsWith('ال')) addReading(out, rest.slice(2), letters.length, { definite: true, purpose });
    // للقصف is ل + القصف: the article's alef is not written after the preposition ل.
    else if (lam && rest.startsWith('ل')) addReading(out, rest.slice(1), letters.length, { definite: true, purpose });
  }
  const uninflected = out.length;
  for (let r = 0; r < uninflected; r++) {
    const { key, prefix, definite, purpose } = out[r]!;
    for (const [ending, base] of NISBA_ENDINGS) {
      if (key.endsWith(ending) && key.length > ending.length + 1) addReading(out, key.slice(0, -ending.length) + base, prefix, { inflected: true, definite, purpose });
    }
  }
  return out;
}
