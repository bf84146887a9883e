/**
 * npm run --silent sample -- [--persons] [--count N] [--seed S] <files or folders>
 * Draws N items at random from what the map would show over the given articles, to be judged by hand:
 * precision on text nobody annotated.
 * - relations (the default): drawn events (asserted, reported or announced mode), each with its type,
 *   ends, mode, rule, article and evidence;
 * - `--persons`: distinct persons the text introduced (their ids are not in the knowledge base), each
 *   with its name, the number of articles that name it, and the first article's words around it.
 * Prints one JSON line per item.
 */
import { parseArgs } from 'node:util';
import { defaultGazetteer, extractArticle, readArticles } from '@entente/extract';
import { isEventRelationType } from '@entente/ontology';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '50' }, seed: { type: 'string', default: '2026' }, persons: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('usage: npm run --silent sample -- [--persons] [--count N] [--seed S] <files or folders>');
  process.exit(2);
}
const DRAWN = new Set(['asserted', 'reported', 'announced']);
/** Characters of the article shown on each side of a person's first mention. */
const CONTEXT = 100;
const gazetteer = defaultGazetteer();
const drawn: object[] = [];
const persons = new Map<string, { id: string; name: string; articles: number; article: string; context: string }>();
for await (const result of readArticles(positionals)) {
  if ('error' in result) continue;
  const { article } = result;
  const articleId = article.file.split('#').pop()!;
  const extracted = extractArticle(article);
  if (values.persons) {
    for (const actor of extracted.actors) {
      if (actor.kind !== 'person' || gazetteer.actors.has(actor.id)) continue;
      const seen = persons.get(actor.id);
      if (seen) {
        seen.articles++;
        continue;
      }
      const first = actor.mentions[0]!;
      const context = article.text.slice(Math.max(0, first.start - CONTEXT), first.end + CONTEXT).replace(/\s+/g, ' ');
      persons.set(actor.id, { id: actor.id, name: first.text, articles: 1, article: articleId, context });
    }
    continue;
  }
  for (const r of extracted.relations) {
    if (!isEventRelationType(r.type) || !DRAWN.has(r.mode)) continue;
    drawn.push({ type: r.type, source: r.source, target: r.target, mode: r.mode, rule: r.rule, article: articleId, evidence: r.evidence });
  }
}
const pool = values.persons ? [...persons.values()] : drawn;
// A seeded linear congruential generator: the same seed draws the same sample from the same output.
let state = Number(values.seed) >>> 0;
const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const count = Math.min(Number(values.count), pool.length);
for (let i = 0; i < count; i++) {
  const j = i + Math.floor(next() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  console.log(JSON.stringify(pool[i]));
}
console.error(`${count} of ${pool.length} ${values.persons ? 'text-introduced persons' : 'drawn relations'}`);
