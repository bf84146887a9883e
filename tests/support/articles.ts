import type { Article } from '@entente/extract';

/** An article as the reader would make it, from a sentence or two written for a test. */
export function articleFrom(text: string, { lang = 'ar', date = '2024-12-05' }: { lang?: 'ar' | 'en'; date?: string | null } = {}): Article {
  return { id: 'test', file: 'test.md', title: '', lang, date, source: null, url: null, category: null, text };
}
