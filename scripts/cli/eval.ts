/**
 * npm run eval -- <gold.json> <files or folders>
 * Scores the extractor against a hand annotation: actor recall, relation precision, recall and F1,
 * then the misses and the spurious relations, so a rule change can be judged on real text.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractArticle, goldFileOf, readArticles, score, type ExtractedArticle, type Gold } from '@entente/extract';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { quiet: { type: 'boolean' } } });
const [goldPath, ...inputs] = positionals;
if (!goldPath || inputs.length === 0) {
  console.error('usage: npm run eval -- <gold.json> <files or folders> [--quiet]');
  process.exit(2);
}
const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
const wanted = new Set(gold.articles.map((a) => a.file));
const extracted = new Map<string, ExtractedArticle>();
for await (const result of readArticles(inputs)) {
  if ('error' in result) continue;
  const name = goldFileOf(result.article.file).find((n) => wanted.has(n));
  if (name) extracted.set(name, extractArticle(result.article));
}
const missing = [...wanted].filter((f) => !extracted.has(f));
if (missing.length > 0) {
  console.error(`error: no article found for ${missing.length} gold entries: ${missing.slice(0, 5).join(', ')}`);
  process.exit(1);
}
const s = score(gold, extracted);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`articles: ${s.articles}`);
console.log(`actors:    recall ${pct(s.actors.recall)} (${s.actors.found}/${s.actors.required})`);
console.log(`relations: precision ${pct(s.relations.precision)} (${s.relations.correct}/${s.relations.counted}), recall ${pct(s.relations.recall)} (${s.relations.found}/${s.relations.required}), F1 ${pct(s.relations.f1)}`);
if (!values.quiet) {
  for (const m of s.missed) console.log(`  missed    ${m.file}: ${m.relation.type} ${m.relation.source} → ${m.relation.target ?? '–'}  «${m.relation.evidence ?? ''}»`);
  for (const x of s.spurious) console.log(`  spurious  ${x.file}: ${x.relation.type} ${x.relation.source} → ${x.relation.target ?? '–'}  «${x.relation.evidence.slice(0, 100)}»`);
}
