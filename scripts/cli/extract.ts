/**
 * npm run --silent extract -- [--json] <files or folders>
 * Prints what the extractor finds, without touching Neo4j. Errors and warnings go to stderr; exit 1
 * if any input failed. Never process.exit() after output: a pipe (`| jq`) would lose what is unwritten.
 */
import { parseArgs } from 'node:util';
import { extractArticle, readArticles, type InputError } from '@entente/extract';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' } } });
if (positionals.length === 0) {
  console.error('usage: npm run --silent extract -- [--json] <files or folders>');
  process.exit(2);
}

// `… | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

const where = (e: InputError) => `${e.file}${e.line ? `:${e.line}` : ''}`;
let failed = 0;
const articles = [];
for await (const result of readArticles(positionals)) {
  if ('error' in result) {
    failed++;
    console.error(`error: ${where(result.error)}: ${result.error.message}`);
    continue;
  }
  const { article, warnings } = result;
  for (const warning of warnings) console.error(`warning: ${where(warning)}: ${warning.message}`);
  const extracted = extractArticle(article);
  if (values.json) {
    articles.push({ file: article.file, id: article.id, title: article.title, lang: article.lang, date: article.date, ...extracted });
    continue;
  }
  console.log(`\n${article.title}  [${article.lang}, ${article.date ?? 'no date'}]  ${article.file}`);
  console.log(`  actors: ${extracted.actors.map((a) => `${a.name_en} (${a.mentions.length})`).join(', ')}`);
  for (const r of extracted.relations.filter((r) => r.sentence >= 0)) {
    console.log(`  ${r.type} ${r.source} → ${r.target ?? '–'}  ${r.mode}, ${r.date ?? 'undated'}  «${r.evidence.slice(0, 90)}»`);
  }
}
if (values.json) process.stdout.write(`${JSON.stringify({ articles })}\n`);
process.exitCode = failed > 0 ? 1 : 0;
