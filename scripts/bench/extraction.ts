/**
 * One extraction measurement, run in its own process so that its peak memory is its own:
 *   tsx scripts/bench/extraction.ts [--naive] [--limit N] <input>
 * Prints one JSON line. `--naive` runs the baseline most first attempts look like: every alias of
 * the gazetteer searched in every sentence, then every trigger word.
 */
import { parseArgs } from 'node:util';
import { defaultGazetteer, extractArticle, normalizeWord, readArticles, type Article, type Gazetteer } from '@entente/extract';
import type { TrieNode } from '../../packages/extract/src/knowledge/gazetteer.ts';
import { LANGUAGES } from '../../packages/extract/src/lang/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { naive: { type: 'boolean' }, limit: { type: 'string' } } });
const limit = values.limit ? Number(values.limit) : Infinity;

function allNames(node: TrieNode, prefix: string[] = [], out: string[] = []): string[] {
  if (node.entry) out.push(prefix.join(' '));
  for (const [key, child] of node.children) allNames(child, [...prefix, key], out);
  return out;
}

function naiveExtract(article: Article, names: string[], triggers: string[]): number {
  let found = 0;
  for (const sentence of article.text.split(/[.!?؟\n]+/)) {
    const normalized = sentence.split(/\s+/).map(normalizeWord).join(' ');
    const actors = names.filter((name) => normalized.includes(name));
    if (actors.length >= 2 && triggers.some((t) => normalized.includes(t))) found++;
  }
  return found;
}

const gazetteer: Gazetteer = defaultGazetteer();
const names = values.naive ? allNames(gazetteer.trie) : [];
const triggers = values.naive ? [...new Set(LANGUAGES.flatMap((pack) => Object.values(pack.lexicons).flat()).map(normalizeWord))] : [];
let articles = 0;
let bytes = 0;
let relations = 0;
/** Event relations per article by the corpus's category (sport and culture should yield almost none). */
const byCategory: Record<string, { articles: number; relations: number }> = {};
const cpu0 = process.cpuUsage();
const started = performance.now();
for await (const result of readArticles(positionals)) {
  if (!('article' in result)) continue;
  if (articles >= limit) break;
  articles++;
  bytes += Buffer.byteLength(result.article.text);
  if (values.naive) {
    relations += naiveExtract(result.article, names, triggers);
    continue;
  }
  const events = extractArticle(result.article, gazetteer).relations.filter((r) => r.sentence >= 0 && r.type !== 'HOLDS_OFFICE').length;
  relations += events;
  const category = (byCategory[result.article.category ?? 'none'] ??= { articles: 0, relations: 0 });
  category.articles++;
  category.relations += events;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ articles, bytes, relations, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, byCategory }));
