/** Every relation rule reads the example sentences its language pack gives it (lang/<code>/rule-examples.ts). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { LANGUAGES } from '../../packages/extract/src/lang/index.ts';
import { detectLanguage } from '../../packages/extract/src/lang/index.ts';
import { articleFrom } from '../support/articles.ts';

/** The article date of an example that gives none. */
const DEFAULT_DATE = '2018-06-01';

describe.each(LANGUAGES.map((pack) => [pack.code, pack] as const))('the %s example table', (code, pack) => {
  // A rule no natural sentence makes fire is dead or shadowed by one before it: fix it or remove it.
  it.each(pack.rules.map((rule) => rule.id))('%s has an example', (id) => {
    expect(pack.examples[id]?.length ?? 0).toBeGreaterThan(0);
  });

  it('names only rules of its pack, each by its language', () => {
    const ids = new Set(pack.rules.map((rule) => rule.id));
    expect(Object.keys(pack.examples).filter((id) => !ids.has(id))).toEqual([]);
    expect(pack.rules.filter((rule) => !rule.id.startsWith(`${code}.`)).map((rule) => rule.id)).toEqual([]);
  });

  it('gives each rule examples of its own type and language', () => {
    for (const rule of pack.rules) {
      for (const example of pack.examples[rule.id] ?? []) {
        expect(example.expect[0], `${rule.id}: ${example.text}`).toBe(rule.type);
        expect(detectLanguage(example.text), `${rule.id}: ${example.text}`).toBe(code);
      }
    }
  });
});

describe.each(LANGUAGES.flatMap((pack) => pack.rules.filter((rule) => pack.examples[rule.id]).map((rule) => [rule.id, pack] as const)))('%s', (id, pack) => {
  it.each(pack.examples[id]!)('$text', ({ text, date, expect: wanted }) => {
    const result = extractArticle(articleFrom(text, { lang: pack.code, date: date ?? DEFAULT_DATE }));
    const read = result.relations.filter((r) => r.rule === id).map((r) => [r.type, r.source, r.target]);
    expect(read).toContainEqual(wanted);
  });
});
