/** Every relation rule reads the example sentences lexicon/rule-examples.ts gives it. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@entente/extract';
import { RULES } from '../../packages/extract/src/lang/relations.ts';
import { RULE_EXAMPLES } from '../../packages/extract/src/lang/rule-examples.ts';
import { articleFrom } from '../support/articles.ts';

/** The article date of an example that gives none. */
const DEFAULT_DATE = '2018-06-01';

const ARABIC = /[\u0600-\u06FF]/;

describe('the example table', () => {
  // A rule no natural sentence makes fire is dead or shadowed by one before it: fix it or remove it.
  it.each(RULES.map((rule) => rule.id))('%s has an example', (id) => {
    expect(RULE_EXAMPLES[id]?.length ?? 0).toBeGreaterThan(0);
  });

  it('names only rules that exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(Object.keys(RULE_EXAMPLES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives each rule examples of its own type and language', () => {
    for (const rule of RULES) {
      for (const example of RULE_EXAMPLES[rule.id] ?? []) {
        expect(example.expect[0], `${rule.id}: ${example.text}`).toBe(rule.type);
        expect(ARABIC.test(example.text), `${rule.id}: ${example.text}`).toBe(rule.lang === 'ar');
      }
    }
  });
});

describe.each(RULES.filter((rule) => RULE_EXAMPLES[rule.id]).map((rule) => [rule.id, rule.lang] as const))('%s', (id, lang) => {
  it.each(RULE_EXAMPLES[id]!)('$text', ({ text, date, expect: wanted }) => {
    const result = extractArticle(articleFrom(text, { lang, date: date ?? DEFAULT_DATE }));
    const read = result.relations.filter((r) => r.rule === id).map((r) => [r.type, r.source, r.target]);
    expect(read).toContainEqual(wanted);
  });
});
