/**
 * Consonant skeletons of personal names, alike in both scripts, so that a name the text introduces
 * in Arabic («رودريغو دوتيرتي») finds the knowledge base's person written in English ("Rodrigo
 * Duterte"): r-d-r-g / d-t-r-t on both sides. Vowels are dropped (Arabic writes few of them, and not
 * the same ones), and letters that the two writings render by one another share a class: غ, ج and
 * English g, j; ك, ق, خ and k, c, q; ت, ط, ث and t; س, ص, ز and s, z; ب and b, p; ف and f, v.
 */
import { ARABIC_LETTER_CLASSES, LATIN_DIGRAPHS, LATIN_LETTER_CLASSES } from '../lang/letters.ts';

/** The definite article, left out of a name's words (الأسد), and written apart in Latin (al-Assad, Al Hussein). */
const ARTICLE = /^ال/;
const LATIN_ARTICLE = new Set(['al', 'el', 'ul']);

/** The skeleton of one word, with doubled letters written once. */
function wordSkeleton(word: string): string {
  const lower = word.toLowerCase().replace(ARTICLE, '');
  let out: string;
  if (/[\u0600-\u06ff]/.test(lower)) {
    out = [...lower].map((ch) => ARABIC_LETTER_CLASSES[ch] ?? '').join('');
  } else {
    let latin = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const [pattern, sound] of LATIN_DIGRAPHS) latin = latin.replace(pattern, sound);
    out = [...latin].map((ch) => LATIN_LETTER_CLASSES[ch] ?? '').join('');
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** The skeletons of a name's words, empty ones left out ("Abu Ali" keeps b and l). */
export function nameSkeleton(name: string): string[] {
  return name
    .split(/[\s\-‐]+/)
    .filter((word) => !LATIN_ARTICLE.has(word.toLowerCase()))
    .map(wordSkeleton)
    .filter((s) => s.length > 0);
}

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
