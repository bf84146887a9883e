/**
 * npm run --silent sample -- [--count N] [--seed S] <files or folders>
 * Draws N relations at random from what the map would draw (events in asserted, reported or
 * announced mode) over the given articles, to be judged by hand: precision on text nobody annotated.
 * Prints one JSON line per relation: its type, ends, mode, rule, article and evidence.
 */
import { parseArgs } from 'node:util';
import { extractArticle, readArticles } from '@entente/extract';
import { isEventRelationType } from '@entente/ontology';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '50' }, seed: { type: 'string', default: '2026' } } });
if (positionals.length === 0) {
  console.error('usage: npm run --silent sample -- [--count N] [--seed S] <files or folders>');
  process.exit(2);
}
const DRAWN = new Set(['asserted', 'reported', 'announced']);
const drawn: object[] = [];
for await (const result of readArticles(positionals)) {
  if ('error' in result) continue;
  for (const r of extractArticle(result.article).relations) {
    if (!isEventRelationType(r.type) || !DRAWN.has(r.mode)) continue;
    drawn.push({ type: r.type, source: r.source, target: r.target, mode: r.mode, rule: r.rule, article: result.article.file.split('#').pop(), evidence: r.evidence });
  }
}
// A seeded linear congruential generator: the same seed draws the same sample from the same output.
let state = Number(values.seed) >>> 0;
const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const count = Math.min(Number(values.count), drawn.length);
for (let i = 0; i < count; i++) {
  const j = i + Math.floor(next() * (drawn.length - i));
  [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
  console.log(JSON.stringify(drawn[i]));
}
console.error(`${count} of ${drawn.length} drawn relations`);
