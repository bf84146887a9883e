/** Consonant skeletons of Arabic names (the letter classes are shared across scripts: engine/skeleton.ts). */
import type { NameSkeleton } from '../../engine/language.ts';

/** The class of each Arabic letter; letters mapped to '' are vowels, glottals or ح/ه, which English often drops. */
const LETTER_CLASSES: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 't', ج: 'g', غ: 'g', گ: 'g', خ: 'k', ك: 'k', ق: 'k', د: 'd', ض: 'd', ذ: 'd', ر: 'r', ز: 's', س: 's', ص: 's', ظ: 's', ش: 'š', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', ا: '', أ: '', إ: '', آ: '', ٱ: '', ى: '', ة: '', ء: '', ؤ: '', ئ: '', ع: '', ح: '', ه: '', و: '', ي: '',
};

/** The definite article, left out of a name's words (الأسد). */
const ARTICLE = /^ال/;

export const SKELETON: NameSkeleton = {
  ofWord: (word) => [...word.replace(ARTICLE, '')].map((ch) => LETTER_CLASSES[ch] ?? '').join(''),
};
