/**
 * Arabic word forms a lexicon entry should match: proclitics (و ف ب ل ك and the article ال, in their
 * stacks) and the endings of nisba adjectives. The caller keeps a reading only when the trie knows
 * what remains, which is what lets فرنسا، واشنطن، باريس، لبنان keep their first letter.
 */

export interface WordReading {
  key: string;
  /** A proclitic (other than the article) was removed. */
  clitic: boolean;
  /** How many letters of conjunction and preposition were removed from the front. */
  prefix: number;
  /** An adjective ending was removed: only adjective names may match this reading. */
  inflected: boolean;
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

const cache = new Map<string, WordReading[]>();
const CACHE_LIMIT = 200_000;

/** All readings of a normalised word, the word itself first. Cached: news repeats its words. */
export function readings(word: string): WordReading[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const result = computeReadings(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

function computeReadings(word: string): WordReading[] {
  const out: WordReading[] = [];
  const seen = new Set<string>();
  const push = (key: string, prefix: number, inflected: boolean) => {
    const id = `${key}|${inflected}`;
    if (key.length < 2 || seen.has(id)) return;
    seen.add(id);
    out.push({ key, clitic: prefix > 0, prefix, inflected });
  };
  if (!/[\u0600-\u06ff]/.test(word)) {
    push(word, 0, false);
    // English plural demonyms: Iranians, Russians.
    if (word.length > 4 && word.endsWith('s')) push(word.slice(0, -1), 0, true);
    return out;
  }
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      push(rest, prefix.length, false);
      // ل + ال is written لل: للأمم is ل + الأمم.
      if (prep === 'ل' && rest.startsWith('ل')) push('ال' + rest.slice(1), prefix.length, false);
      if (rest.startsWith('ال')) push(rest.slice(2), prefix.length, false);
    }
  }
  for (const reading of [...out]) {
    for (const [ending, base] of NISBA_ENDINGS) {
      if (reading.key.endsWith(ending) && reading.key.length > ending.length + 1) {
        push(reading.key.slice(0, -ending.length) + base, reading.prefix, true);
      }
    }
  }
  return out;
}
