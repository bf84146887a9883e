const ARABIC_LETTER = /[\u0600-\u06FF]/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/** The script that dominates the text; enough to choose between the Arabic and English rules. */
export function detectLanguage(text: string): 'ar' | 'en' {
  const sample = text.slice(0, 4000);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}
