/** A rough Latin spelling of Arabic names, for the English label and the id of a person the text introduces. */

const LATIN: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ة: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  پ: 'p',
  چ: 'ch',
  گ: 'g',
  ڤ: 'v',
};

/** A rough Latin spelling of an Arabic name, so that an introduced person has an English label and an id. */
export function transliterate(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => [...word].map((ch) => LATIN[ch] ?? (/[\u064b-\u0652\u0640]/.test(ch) ? '' : ch)).join(''))
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
