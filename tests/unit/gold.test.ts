/**
 * The hand annotation of the two sample articles: every required actor and relation found, and at
 * most one relation in ten outside the gold. The raw file, which holds the same two articles pasted
 * one after the other without front matter, must score the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, goldFileOf, readArticles, score, type ExtractedArticle, type Gold } from '@entente/extract';
import { FIXTURES, SAMPLES } from '../support/paths.ts';

const gold = JSON.parse(readFileSync(join(FIXTURES, 'seed-articles.gold.json'), 'utf8')) as Gold;

async function extractAll(path: string, name: (file: string, index: number) => string) {
  const out = new Map<string, ExtractedArticle>();
  let index = 0;
  for await (const r of readArticles([path])) {
    if ('article' in r) out.set(name(r.article.file, index++), extractArticle(r.article));
  }
  return out;
}

describe('the seed gold annotation', () => {
  it('finds every required actor and relation in the sample articles, with precision of at least 0.9', async () => {
    const extracted = await extractAll(SAMPLES, (file) => goldFileOf(file)[0]!);
    const s = score(gold, extracted);
    expect(s.missed).toEqual([]);
    expect(s.actors.recall).toBe(1);
    expect(s.relations.recall).toBe(1);
    expect(s.relations.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same results from the raw file holding both articles', async () => {
    // The raw file has the defence-pact article first and the hostages article second.
    const order = ['ru-kp-defense-pact.ar.md', 'eu-iran-hostage-sanctions.ar.md'];
    const extracted = await extractAll(join(FIXTURES, 'raw-two-articles.txt'), (_file, i) => order[i]!);
    expect(extracted.size).toBe(2);
    const s = score(gold, extracted);
    expect(s.relations.recall).toBe(1);
    expect(s.relations.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('points every relation at its evidence in the original text', async () => {
    const extracted = await extractAll(SAMPLES, (file) => file);
    for (const [file, result] of extracted) {
      const text = (await readArticles([file]).next()).value;
      const body = text && 'article' in text ? text.article.text : '';
      for (const r of result.relations.filter((x) => x.sentence >= 0)) expect(body.slice(r.start, r.end)).toBe(r.evidence);
      for (const a of result.actors) for (const m of a.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
