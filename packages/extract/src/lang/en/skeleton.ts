/** Consonant skeletons of names in Latin letters (the letter classes are shared across scripts: engine/skeleton.ts). */
import type { NameSkeleton } from '../../engine/language.ts';

/** Spellings read as one sound, replaced before single letters. */
const DIGRAPHS: [RegExp, string][] = [[/sch|sh|ch/g, 'š'], [/ph/g, 'f'], [/th/g, 't'], [/kh|ck/g, 'k'], [/dj|dzh/g, 'g'], [/c(?=[eiy])/g, 's']];

/** The class of each Latin letter (š: a digraph read before); vowels, h, w and y have none. */
const LETTER_CLASSES: Record<string, string> = {
  b: 'b', p: 'b', c: 'k', k: 'k', q: 'k', g: 'g', j: 'g', d: 'd', t: 't', s: 's', z: 's', x: 'ks', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', r: 'r', š: 'š',
};

export const SKELETON: NameSkeleton = {
  ofWord(word) {
    let latin = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const [pattern, sound] of DIGRAPHS) latin = latin.replace(pattern, sound);
    return [...latin].map((ch) => LETTER_CLASSES[ch] ?? '').join('');
  },
  // The Arabic article written apart in Latin: al-Assad, Al Hussein.
  skipped: ['al', 'el', 'ul'],
};
