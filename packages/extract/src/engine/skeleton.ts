/**
 * Consonant skeletons of personal names, alike in both scripts, so that a name the text introduces
 * in Arabic («رودريغو دوتيرتي») finds the knowledge base's person written in English ("Rodrigo
 * Duterte"): r-d-r-g / d-t-r-t on both sides. Vowels are dropped (Arabic writes few of them, and not
 * the same ones), and letters that the two writings render by one another share a class: غ, ج and
 * English g, j; ك, ق, خ and k, c, q; ت, ط, ث and t; س, ص, ز and s, z; ب and b, p; ف and f, v.
 */
import { everyLanguage, packOfScript } from '../lang/index.ts';

/** Words left out of a name's skeleton, in every language. */
const SKIPPED = new Set(everyLanguage((pack) => pack.names.skeleton.skipped ?? []));

/** The skeleton of one word, by its script's pack, with doubled letters written once. */
function wordSkeleton(word: string): string {
  const lower = word.toLowerCase();
  // Decomposed, a letter with an accent (ş) is its script's letter and a mark.
  const pack = packOfScript(lower.normalize('NFD'));
  return (pack?.names.skeleton.ofWord(lower) ?? '').replace(/(.)\1+/g, '$1');
}

/** The skeletons of a name's words, empty ones left out ("Abu Ali" keeps b and l). */
export function nameSkeleton(name: string): string[] {
  return name
    .split(/[\s\-‐_]+/)
    .filter((word) => !SKIPPED.has(word.toLowerCase()))
    .map(wordSkeleton)
    .filter((s) => s.length > 0);
}

/**
 * Whether two skeletons of family names of four letters or more are one name spelt apart by one letter
 * (يانوكوفيتش nkftš, Yanukovych nkfš): a looser match, taken only with the given names alike letter for letter.
 */
export function nearFamilyName(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= NEAR_FAMILY_LETTERS && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1;
}
const NEAR_FAMILY_LETTERS = 4;

/** Whether two skeletons of given names are one name: equal, or one letter apart (بنيامين bnmn, Benjamin bngmn). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  // Two letters leave too little to tell names apart by: William (lm) is not Adama (dm).
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
