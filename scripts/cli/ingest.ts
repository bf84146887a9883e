/**
 * npm run ingest -- <files or folders> [--reset] [--dry-run] [--only-into-own-graph]
 * Reads, extracts and loads articles into Neo4j; a progress bar on a terminal, plain lines otherwise.
 * --only-into-own-graph loads nothing into a graph that holds articles from other files (npm start's
 * samples are not mixed into a user's corpus).
 * Exit code: 0 when everything was read, 1 when some input failed, 2 when Neo4j could not be used.
 */
import { parseArgs } from 'node:util';
import { applySchema, articlesOutside, configFromEnv, createDriver, graphCounts, ingestPaths, resetGraph, verifyConnection, type IngestProgress } from '@entente/store';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reset: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'batch-size': { type: 'string' }, 'only-into-own-graph': { type: 'boolean' } },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- <files or folders> [--reset] [--dry-run]');
  process.exit(2);
}

const config = configFromEnv();
const driver = createDriver(config);
const tty = process.stderr.isTTY;

const BAR_WIDTH = 24;

function progress(p: IngestProgress) {
  const seconds = p.elapsedMs / 1000;
  const rate = p.articles / Math.max(seconds, 0.001);
  const eta = p.fraction > 0.01 ? Math.max(0, (seconds * (1 - p.fraction)) / p.fraction) : undefined;
  const line = `${p.files} files, ${p.articles} articles, ${rate.toFixed(0)} articles/s${eta === undefined ? '' : `, ETA ${formatSeconds(eta)}`}`;
  if (!tty) return console.error(line);
  const filled = Math.round(p.fraction * BAR_WIDTH);
  process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.round(p.fraction * 100)}% ${line}`);
}

function formatSeconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}

let exitCode = 0;
try {
  if (!values['dry-run']) {
    await verifyConnection(driver, config);
    await applySchema(driver, config.database);
    if (values.reset) await resetGraph(driver, config.database);
    if (values['only-into-own-graph']) {
      const others = await articlesOutside(driver, config.database, positionals);
      if (others > 0) {
        console.error(
          `the graph holds ${others} article${others === 1 ? '' : 's'} from other files: ${positionals.join(', ')} not loaded into it (npm run ingest -- ${positionals.join(' ')} loads them anyway)`,
        );
        await driver.close();
        process.exit(0);
      }
    }
  }
  let failed = 0;
  const summary = await ingestPaths(driver, config.database, positionals, {
    dryRun: values['dry-run'],
    batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
    onProgress: progress,
    onError: (e) => {
      failed++;
      if (tty) process.stderr.write('\r\x1b[K');
      console.error(`error: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    },
    onWarning: (w) => {
      if (tty) process.stderr.write('\r\x1b[K');
      console.error(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  const counts = values['dry-run'] ? null : await graphCounts(driver, config.database);
  console.log(
    `articles: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.updated} updated, ${summary.failed} failed` +
      ` (${(summary.ms / 1000).toFixed(1)} s${values['dry-run'] ? ', dry run: nothing written' : ''})`,
  );
  if (counts) console.log(`graph: ${counts.actors} actors, ${counts.events} events, ${counts.relationships} relationships, ${counts.articles} articles`);
  exitCode = failed > 0 ? 1 : 0;
} catch (err) {
  if (tty) process.stderr.write('\r\x1b[K');
  console.error(`entente ingest: ${(err as Error).message.split('\n')[0]}`);
  exitCode = 2;
} finally {
  await driver.close();
}
process.exit(exitCode);
