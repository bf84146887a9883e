/**
 * Arabic word forms a lexicon entry should match: proclitics (و ف ب ل ك and the article ال, in their
 * stacks) and the endings of nisba adjectives. The caller keeps a reading only when the trie knows
 * what remains, which is what lets فرنسا، واشنطن، باريس، لبنان keep their first letter.
 */

/** One reading of a word: the key to look up, and what was removed from the word to reach it. */
export interface WordReading {
  /** The matching key a lexicon or the trie is asked for. */
  key: string;
  /** A proclitic (other than the article) was removed. */
  clitic: boolean;
  /** How many letters of conjunction and preposition were removed from the front. */
  prefix: number;
  /** An adjective ending was removed: only adjective names may match this reading. */
  inflected: boolean;
  /** The article ال was removed: the word is a noun or an adjective, never a verb. */
  definite: boolean;
  /**
   * The preposition ل was removed. On a verbal noun it states a purpose («وصل بومبيو للقاء الملك»: in
   * order to meet the king), whose subject is outside the phrase.
   */
  purpose: boolean;
}

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
const ARABIC = /[\u0600-\u06ff]/;

/**
 * All readings of a normalised word, the word itself first. Not cached here: the tokenizer computes
 * them once per distinct written word, and a new written word seldom has a known matching key (~9%).
 */
export function readings(word: string): WordReading[] {
  const out: WordReading[] = [];
  if (!ARABIC.test(word)) {
    // A middle initial is a word of a name: "George W. Bush".
    if (/^[a-z]$/.test(word)) out.push({ key: word, clitic: false, prefix: 0, inflected: false, definite: false, purpose: false });
    add(out, word, 0);
    // English plural demonyms: Iranians, Russians.
    if (word.length > 4 && word.endsWith('s')) add(out, word.slice(0, -1), 0, { inflected: true });
    // The possessive names its owner: "Trump's decision", "Iran’s nuclear programme".
    const possessive = /^(.{2,})['’]s?$/.exec(word);
    if (possessive) add(out, possessive[1]!, 0);
    return out;
  }
  for (const { letters, lam } of PROCLITICS) {
    const purpose = lam;
    if (!word.startsWith(letters)) continue;
    const rest = word.slice(letters.length);
    add(out, rest, letters.length, { purpose });
    // ل + ال is written لل: للأمم is ل + الأمم.
    if (lam && rest.startsWith('ل')) add(out, 'ال' + rest.slice(1), letters.length, { purpose });
    if (rest.startsWith('ال')) add(out, rest.slice(2), letters.length, { definite: true, purpose });
    // للقصف is ل + القصف: the article's alef is not written after the preposition ل.
    else if (lam && rest.startsWith('ل')) add(out, rest.slice(1), letters.length, { definite: true, purpose });
  }
  const uninflected = out.length;
  for (let r = 0; r < uninflected; r++) {
    const { key, prefix, definite, purpose } = out[r]!;
    for (const [ending, base] of NISBA_ENDINGS) {
      if (key.endsWith(ending) && key.length > ending.length + 1) add(out, key.slice(0, -ending.length) + base, prefix, { inflected: true, definite, purpose });
    }
  }
  return out;
}

/** Adds a reading, unless it is too short to be a name or already there. */
function add(out: WordReading[], key: string, prefix: number, facts: Partial<Pick<WordReading, 'inflected' | 'definite' | 'purpose'>> = {}): void {
  const inflected = facts.inflected ?? false;
  if (key.length < 2 || out.some((r) => r.key === key && r.inflected === inflected)) return;
  out.push({ key, clitic: prefix > 0, prefix, inflected, definite: facts.definite ?? false, purpose: facts.purpose ?? false });
}
