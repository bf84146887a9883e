/** English word forms a lexicon entry should match: plural demonyms and possessives. */
import { addReading, type WordReading } from '../../engine/language.ts';

/** All readings of a normalised English word, the word itself first. */
export function readings(word: string): WordReading[] {
  const out: WordReading[] = [];
  // A middle initial is a word of a name: "George W. Bush".
  if (/^[a-z]$/.test(word)) out.push({ key: word, clitic: false, prefix: 0, inflected: false, definite: false, purpose: false });
  addReading(out, word, 0);
  // English plural demonyms: Iranians, Russians.
  if (word.length > 4 && word.endsWith('s')) addReading(out, word.slice(0, -1), 0, { inflected: true });
  // The possessive names its owner: "Trump's decision", "Iran’s nuclear programme".
  const possessive = /^(.{2,})['’]s?$/.exec(word);
  if (possessive) addReading(out, possessive[1]!, 0);
  return out;
}
