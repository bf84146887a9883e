/**
 * npm run eval                                  the v2 development and test sets (eval/v2), per language
 * npm run eval -- <gold.json> <files or folders>  any other annotation, against the files it names
 *
 * Scores the extractor against hand annotation: events-only precision, recall and F1 beside the
 * totals, recall by type, precision by rule, actor recall by kind. The v2 sets hold annotations only:
 * their texts are read from the corpora in ../shared/corpus (or --corpus DIR).
 * Misses and spurious relations are listed (--list) for development articles only: no rule is to be
 * written from the test split, so its errors are not shown unless --show-test is given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle, goldFileOf, readArticles, score, type ExtractedArticle, type Gold, type GoldArticle, type Score } from '@entente/extract';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const V2 = join(ROOT, 'eval', 'v2');
const CORPORA = { ar: 'ant-2018.jsonl.gz', en: 'en-allsides.jsonl.gz' } as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: 'boolean' },
    'show-test': { type: 'boolean' },
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus') },
    quiet: { type: 'boolean' },
  },
});

type V2Article = GoldArticle & { lang: 'ar' | 'en'; split: 'dev' | 'test' };

async function extractWanted(inputs: string[], wanted: Set<string>): Promise<Map<string, ExtractedArticle>> {
  const extracted = new Map<string, ExtractedArticle>();
  for await (const result of readArticles(inputs)) {
    if ('error' in result) continue;
    const name = goldFileOf(result.article.file).find((n) => wanted.has(n));
    if (name) extracted.set(name, extractArticle(result.article));
  }
  const missing = [...wanted].filter((f) => !extracted.has(f));
  if (missing.length > 0) {
    console.error(`error: no article found for ${missing.length} gold entries: ${missing.slice(0, 5).join(', ')}`);
    process.exitCode = 1;
  }
  return extracted;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const prf = (c: Score['events']) => `P ${pct(c.precision)} (${c.correct}/${c.counted})  R ${pct(c.recall)} (${c.found}/${c.required})  F1 ${pct(c.f1)}`;

function report(title: string, s: Score, { list, rules }: { list: boolean; rules: boolean }): void {
  console.log(`\n## ${title}: ${s.articles} articles`);
  console.log(`events only  ${prf(s.events)}`);
  console.log(`all          ${prf(s.relations)}`);
  const kinds = Object.entries(s.actorsByKind).map(([k, v]) => `${k} ${pct(v.recall)} (${v.found}/${v.required})`);
  console.log(`actor recall ${pct(s.actors.recall)} (${s.actors.found}/${s.actors.required}): ${kinds.join(', ')}`);
  console.log('recall by type:');
  for (const [type, c] of Object.entries(s.byType).sort()) if (c.required) console.log(`  ${type.padEnd(18)} ${pct(c.recall).padStart(6)} (${c.found}/${c.required})`);
  if (rules) {
    console.log('precision by rule:');
    for (const [rule, c] of Object.entries(s.byRule).sort()) console.log(`  ${rule.padEnd(22)} ${pct(c.precision).padStart(6)} (${c.correct}/${c.counted})`);
  }
  if (list) {
    for (const m of s.missed)
      console.log(`  missed    ${m.file}: ${m.relation.type} ${m.relation.source} → ${m.relation.target ?? '–'} ${m.relation.mode ?? ''} «${m.relation.evidence ?? ''}»`);
    for (const x of s.spurious)
      console.log(
        `  spurious  ${x.file}: ${x.relation.type} ${x.relation.source} → ${x.relation.target ?? '–'} ${x.relation.mode} [${x.relation.rule}] «${x.relation.evidence.slice(0, 120)}»`,
      );
  }
}

if (positionals.length > 0) {
  const [goldPath, ...inputs] = positionals;
  if (!goldPath || inputs.length === 0) {
    console.error('usage: npm run eval [-- --list] | npm run eval -- <gold.json> <files or folders> [--quiet]');
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const extracted = await extractWanted(inputs, new Set(gold.articles.map((a) => a.file)));
  if (process.exitCode) process.exit();
  report(goldPath, score(gold, extracted), { list: !values.quiet, rules: true });
} else {
  const articles: V2Article[] = [];
  for (const lang of Object.keys(CORPORA)) {
    const folder = join(V2, 'gold', lang);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort())
      articles.push(JSON.parse(readFileSync(join(folder, name), 'utf8')) as V2Article);
  }
  for (const [lang, file] of Object.entries(CORPORA)) {
    const path = join(values.corpus!, file);
    if (!articles.some((a) => a.lang === lang)) continue;
    if (!existsSync(path)) {
      console.error(`the ${lang} corpus is not at ${path}: the v2 sets hold annotations only (give --corpus DIR)`);
      process.exit(2);
    }
    const ofLang = articles.filter((a) => a.lang === lang);
    const extracted = await extractWanted([path], new Set(ofLang.map((a) => a.file)));
    for (const split of ['dev', 'test'] as const) {
      const gold = { articles: ofLang.filter((a) => a.split === split) };
      if (gold.articles.length === 0) continue;
      const open = split === 'dev' || values['show-test'] === true;
      report(`${lang} ${split}`, score(gold, extracted), { list: open && values.list === true, rules: open });
    }
  }
}
