/** Letter classes of name skeletons (skeleton.ts): letters the two scripts render by one another share a class. */

/** The class of each Arabic letter; letters mapped to '' are vowels, glottals or ح/ه, which English often drops. */
export const ARABIC_LETTER_CLASSES: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 't', ج: 'g', غ: 'g', گ: 'g', خ: 'k', ك: 'k', ق: 'k', د: 'd', ض: 'd', ذ: 'd', ر: 'r', ز: 's', س: 's', ص: 's', ظ: 's', ش: 'š', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', ا: '', أ: '', إ: '', آ: '', ٱ: '', ى: '', ة: '', ء: '', ؤ: '', ئ: '', ع: '', ح: '', ه: '', و: '', ي: '',
};

/** English spellings read as one sound, replaced before single letters. */
export const LATIN_DIGRAPHS: [RegExp, string][] = [[/sch|sh|ch/g, 'š'], [/ph/g, 'f'], [/th/g, 't'], [/kh|ck/g, 'k'], [/dj|dzh/g, 'g'], [/c(?=[eiy])/g, 's']];

/** The class of each Latin letter (š: a digraph read before); vowels, h, w and y have none. */
export const LATIN_LETTER_CLASSES: Record<string, string> = {
  b: 'b', p: 'b', c: 'k', k: 'k', q: 'k', g: 'g', j: 'g', d: 'd', t: 't', s: 's', z: 's', x: 'ks', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', r: 'r', š: 'š',
};
