import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { articleFrom } from '../support/articles.ts';

function dated(text: string, lang: 'ar' | 'en' = 'en') {
  return extractArticle(articleFrom(text, { lang, date: '2024-12-05' }))
    .relations.filter((r) => r.sentence >= 0)
    .map((r) => [r.type, r.date, r.date_precision]);
}

describe('event dates', () => {
  it('a word named like a member of Object.prototype is no month or weekday', () => {
    expect(dated('The United States imposed sanctions on Venezuela, the constructor of the toString said.')).toEqual([['SANCTIONS', '2024-12-05', 'day']]);
  });

  it('a month before the publication month is of the same year', () => {
    expect(dated('The United States imposed sanctions on Venezuela in March.')).toEqual([['SANCTIONS', '2024-03', 'month']]);
  });

  it('a weekday is the latest such day on or before publication', () => {
    expect(dated('The United States imposed sanctions on Venezuela on Monday.')).toEqual([['SANCTIONS', '2024-12-02', 'day']]);
  });
});
