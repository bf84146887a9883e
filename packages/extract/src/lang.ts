/** The script that dominates the text; enough to choose between the Arabic and English rules. */
export function detectLanguage(text: string): 'ar' | 'en' {
  const end = Math.min(text.length, 4000);
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) arabic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return arabic >= latin ? 'ar' : 'en';
}
