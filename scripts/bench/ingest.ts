/**
 * One ingest measurement into an emptied database (NEO4J_URI), in its own process:
 *   tsx scripts/bench/ingest.ts <input>            Entente's batched ingest
 *   tsx scripts/bench/ingest.ts --naive N <input>  the baseline: one transaction and one MERGE per row, N articles
 * Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { defaultGazetteer, extractArticle, readArticles } from '@entente/extract';
import { applySchema, configFromEnv, createDriver, graphCounts, ingestPaths, resetGraph } from '@entente/store';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { naive: { type: 'string' } } });
const config = configFromEnv();
const driver = createDriver(config);
await resetGraph(driver, config.database);
await applySchema(driver, config.database);

const started = performance.now();
let articles = 0;
let statements = 0;
if (values.naive) {
  const limit = Number(values.naive);
  const gazetteer = defaultGazetteer();
  const run = async (query: string, params: Record<string, unknown>) => {
    statements++;
    await driver.executeQuery(query, params, { database: config.database });
  };
  for await (const result of readArticles(positionals)) {
    if (!('article' in result)) continue;
    if (articles++ >= limit) break;
    const { article } = result;
    const extracted = extractArticle(article, gazetteer);
    await run('MERGE (a:Article {id: $id}) SET a.title = $title, a.date = $date, a.text = $text', { ...article });
    for (const actor of extracted.actors) {
      await run('MERGE (x:Actor {id: $id}) SET x.kind = $kind, x.name_en = $name_en, x.name_ar = $name_ar', { ...actor });
      await run('MATCH (a:Article {id: $article}), (x:Actor {id: $id}) MERGE (a)-[:MENTIONS]->(x)', { article: article.id, id: actor.id });
    }
    for (const [i, r] of extracted.relations.entries()) {
      if (!r.target || r.sentence < 0) continue;
      const event = `${article.id}-${i}`;
      await run('MERGE (e:Event {id: $event}) SET e.type = $type, e.date = $date', { event, type: r.type, date: r.date });
      await run('MATCH (s:Actor {id: $source}), (e:Event {id: $event}) MERGE (s)-[:ACTOR]->(e)', { source: r.source, event });
      await run('MATCH (t:Actor {id: $target}), (e:Event {id: $event}) MERGE (e)-[:RECIPIENT]->(t)', { target: r.target, event });
      await run('MATCH (e:Event {id: $event}), (a:Article {id: $article}) MERGE (m:Mention {id: $event}) SET m.text = $text MERGE (m)-[:EVIDENCES]->(e) MERGE (m)-[:IN]->(a)', {
        event,
        article: article.id,
        text: r.evidence,
      });
      await run(`MATCH (s:Actor {id: $source}), (t:Actor {id: $target}) MERGE (s)-[r:${r.type}]->(t) SET r.events = coalesce(r.events, 0) + 1`, { ...r });
    }
  }
  articles = Math.min(articles, limit);
} else {
  const summary = await ingestPaths(driver, config.database, positionals);
  articles = summary.created + summary.updated + summary.unchanged;
}
const seconds = (performance.now() - started) / 1000;
const counts = await graphCounts(driver, config.database);
await driver.close();
console.log(JSON.stringify({ ...counts, articles, seconds, statements, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
