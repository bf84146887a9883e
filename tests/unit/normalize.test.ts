import { describe, expect, it } from 'vitest';
import { normalizeWord, readings, tokenize } from '@entente/extract';
import { splitSentences } from '../../packages/extract/src/engine/sentences.ts';

describe('Arabic normalisation', () => {
  it('folds alef and hamza forms, alef maqsura, taa marbuta, diacritics, tatweel and digits', () => {
    expect(normalizeWord('أإآٱ')).toBe('اااا');
    expect(normalizeWord('مستشفى')).toBe('مستشفي');
    expect(normalizeWord('الروسية')).toBe('الروسيه');
    expect(normalizeWord('مُحَمَّد')).toBe('محمد');
    expect(normalizeWord('روســيا')).toBe('روسيا');
    expect(normalizeWord('٢٠٢٤')).toBe('2024');
    expect(normalizeWord('Kim')).toBe('kim');
  });

  it('keeps spans in the original text', () => {
    const text = 'قالت مُوسكو، الأربعاء';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['قالت', 'مُوسكو', 'الأربعاء']);
    expect(tokens[1]!.norm).toBe('موسكو');
  });

  it('drops zero-width characters that scraped text carries', () => {
    expect(normalizeWord('إير\u200cان')).toBe('ايران');
  });
});

describe('Latin normalisation', () => {
  it('folds accents, so a name written without them is the same name', () => {
    expect(normalizeWord('François')).toBe(normalizeWord('Francois'));
    expect(normalizeWord('Çavuşoğlu')).toBe('cavusoglu');
    expect(normalizeWord('Türkiye')).toBe('turkiye');
    expect(normalizeWord('Yıldırım')).toBe('yildirim');
  });
});

describe('English initialisms', () => {
  it('keep a capital-and-full-stop abbreviation as one word, the sentence going on', () => {
    expect(tokenize('The U.S. and the U.N. met.').map((t) => t.text)).toEqual(['The', 'U.S.', 'and', 'the', 'U.N.', 'met']);
    expect(splitSentences('The U.S. imposed sanctions on Iran.').length).toBe(1);
  });
});

describe('proclitics and adjective endings', () => {
  const keys = (word: string) => readings(normalizeWord(word)).map((r) => r.key);

  it('offers the word without و ف ب ل ك and the article, in their stacks', () => {
    expect(keys('وروسيا')).toContain('روسيا');
    expect(keys('بالصين')).toContain('الصين');
    expect(keys('للأمم')).toContain('الامم');
    expect(keys('وبالعراق')).toContain('العراق');
  });

  it('always offers the word itself first, so names that begin with those letters stay whole', () => {
    expect(keys('فرنسا')[0]).toBe('فرنسا');
    expect(keys('واشنطن')[0]).toBe('واشنطن');
  });

  it('folds nisba adjectives back to their base form', () => {
    expect(keys('الروسية')).toContain('روسي');
    expect(keys('الإيرانيين')).toContain('ايراني');
    expect(keys('أوروبيا')).toContain('اوروبي');
  });
});

describe('sentences', () => {
  it('split at full stops and line breaks, not inside numbers', () => {
    const text = 'ارتفع المؤشر 3.5 بالمئة. وقال الوزير ذلك\nسطر آخر';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['ارتفع المؤشر 3.5 بالمئة.', 'وقال الوزير ذلك', 'سطر آخر']);
  });
});
