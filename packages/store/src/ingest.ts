/** Streams articles from files into Neo4j in batches, with progress and a truthful summary. */
import { on } from 'node:events';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { defaultGazetteer, extractArticle, readArticles, type InputError, type ReadProgress } from '@entente/extract';
import type { Driver } from 'neo4j-driver';
import { writeBatch, type ExtractedBatchItem } from './write.ts';

/** How ingestPaths batches and writes, and where it reports what it meets. */
export interface IngestOptions {
  /** Articles per write transaction; 1000 by default. */
  batchSize?: number;
  /** Read and extract only: nothing is written, and every article read counts as created. */
  dryRun?: boolean;
  /** Called after each batch. */
  onProgress?: (progress: IngestProgress) => void;
  /** A file or line that could not be read: skipped, and counted as failed. */
  onError?: (error: InputError) => void;
  /** A field an article could do without was wrong; the article went in without it. */
  onWarning?: (warning: InputError) => void;
}

/** How far an ingest has got, as of its last batch. */
export interface IngestProgress {
  /** Input files met so far. */
  files: number;
  /** Articles written so far (in a dry run, extracted). */
  articles: number;
  elapsedMs: number;
  /** Share of the input read, 0..1, from the bytes of the files as stored. */
  fraction: number;
}

/** What an ingest did, counted in articles. */
export interface IngestSummary {
  /** Articles new to the graph. */
  created: number;
  /** Articles already stored, read by the same extractor version: left as they were. */
  unchanged: number;
  /** Articles that replaced earlier ones: read by an older extractor, or from a file that now holds other text. */
  updated: number;
  /** Files or lines that could not be read (each reported through onError). */
  failed: number;
  /** Relations extracted, structural ones included. */
  relations: number;
  /** Wall-clock time, in milliseconds. */
  ms: number;
}

/**
 * Reads the article files and folders in `paths`, extracts them and writes them to `database`, one
 * transaction per batch (an article is in whole or not at all). Reading and extraction run in a worker
 * thread, loaded through tsx, ahead of the writes. Input that cannot be read is reported and counted,
 * never fatal; a failed write throws. The schema must be in place (applySchema).
 *
 * @example
 * import { applySchema, configFromEnv, createDriver, ingestPaths } from '@entente/store';
 *
 * const config = configFromEnv();
 * const driver = createDriver(config);
 * await applySchema(driver, config.database);
 * const summary = await ingestPaths(driver, config.database, ['data/articles'], {
 *   onProgress: (p) => console.error(`${p.articles} articles, ${Math.round(p.fraction * 100)}%`),
 *   onError: (e) => console.error(`${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`),
 * });
 * console.log(`${summary.created} new, ${summary.updated} updated, ${summary.failed} failed`);
 * await driver.close();
 */
export async function ingestPaths(driver: Driver, database: string, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 1000;
  const gazetteer = defaultGazetteer();
  const started = performance.now();
  const summary: IngestSummary = { created: 0, unchanged: 0, updated: 0, failed: 0, relations: 0, ms: 0 };
  const files = new Set<string>();
  let reading: ReadProgress = { bytesRead: 0, totalBytes: 0 };
  const fraction = () => (reading.totalBytes > 0 ? Math.min(1, reading.bytesRead / reading.totalBytes) : 0);
  let articles = 0;

  // One batch is written while the next is read and extracted: Neo4j and the extractor each keep a core busy.
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown;
  const write = async (items: ExtractedBatchItem[]) => {
    const outcome = await driverSession(driver, database, (session) => session.executeWrite((tx) => writeBatch(tx, items, gazetteer)));
    summary.created += outcome.created;
    summary.updated += outcome.updated;
    summary.unchanged += outcome.unchanged;
    options.onProgress?.({ files: files.size, articles: summary.created + summary.updated + summary.unchanged, elapsedMs: performance.now() - started, fraction: fraction() });
  };

  for await (const chunk of extractedChunks(paths, batchSize)) {
    for (const file of chunk.files) files.add(file);
    for (const error of chunk.errors) {
      summary.failed++;
      options.onError?.(error);
    }
    for (const warning of chunk.warnings) options.onWarning?.(warning);
    reading = chunk.reading;
    articles += chunk.items.length;
    summary.relations += chunk.relations;
    if (chunk.items.length === 0) continue;
    await writing;
    if (writeError) throw writeError;
    if (options.dryRun) {
      summary.created += chunk.items.length;
      options.onProgress?.({ files: files.size, articles, elapsedMs: performance.now() - started, fraction: fraction() });
      continue;
    }
    writing = write(chunk.items).catch((err) => {
      writeError = err;
    });
  }
  await writing;
  if (writeError) throw writeError;
  summary.ms = performance.now() - started;
  return summary;
}

/** A batch of extracted articles, with what was read along the way. */
interface ExtractedChunk {
  items: ExtractedBatchItem[];
  errors: InputError[];
  warnings: InputError[];
  files: Set<string>;
  relations: number;
  reading: ReadProgress;
}

const EXTRACTOR_THREAD = 'entente-extractor';
/** Batches the extractor may be ahead of the writes: enough that it never waits, few enough to bound memory. */
const AHEAD = 2;

/**
 * Reads and extracts in a worker thread: extraction takes a core, and the main thread's packing of
 * batches for Neo4j runs beside it instead of after it. The worker loads TypeScript through tsx,
 * as everything here runs.
 */
async function* extractedChunks(paths: string[], batchSize: number): AsyncGenerator<ExtractedChunk> {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { [EXTRACTOR_THREAD]: { paths, batchSize } } });
  try {
    for await (const [chunk] of on(worker, 'message') as AsyncIterableIterator<[ExtractedChunk | null]>) {
      if (chunk === null) return;
      worker.postMessage('more');
      yield chunk;
    }
  } finally {
    await worker.terminate();
  }
}

/** The worker's side: sends a chunk per batch, then null; waits while AHEAD chunks are not taken. */
async function extractChunks(paths: string[], batchSize: number): Promise<void> {
  const port = parentPort!;
  let credits = AHEAD;
  let taken: (() => void) | undefined;
  port.on('message', () => {
    credits++;
    taken?.();
  });
  const gazetteer = defaultGazetteer();
  const reading: ReadProgress = { bytesRead: 0, totalBytes: 0 };
  const empty = (): ExtractedChunk => ({ items: [], errors: [], warnings: [], files: new Set(), relations: 0, reading });
  let chunk = empty();
  const send = async () => {
    while (credits === 0) await new Promise<void>((resolve) => (taken = resolve));
    credits--;
    port.postMessage(chunk); // copied as it is now, reading progress included
    chunk = empty();
  };
  for await (const result of readArticles(paths, reading)) {
    if ('error' in result) {
      chunk.errors.push(result.error);
      chunk.files.add(result.error.file);
      continue;
    }
    chunk.warnings.push(...result.warnings);
    chunk.files.add(result.article.file.split('#')[0]!);
    const extracted = extractArticle(result.article, gazetteer);
    chunk.relations += extracted.relations.length;
    chunk.items.push({ article: result.article, extracted });
    if (chunk.items.length >= batchSize) await send();
  }
  await send();
  port.postMessage(null); // the main thread then ends this thread
}

if (workerData?.[EXTRACTOR_THREAD]) {
  const { paths, batchSize } = workerData[EXTRACTOR_THREAD] as { paths: string[]; batchSize: number };
  await extractChunks(paths, batchSize);
}

async function driverSession<T>(driver: Driver, database: string, work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
  const session = driver.session({ database });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** How many actors, events, articles, mentions and actor-to-actor relationships the graph holds. */
export async function graphCounts(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH (e:Event) RETURN count(e) AS events }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (:Mention) RETURN count(*) AS mentions }
     CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS relationships }
     RETURN actors, events, articles, mentions, relationships`,
    {},
    { database, routing: 'READ' },
  );
  const r = records[0]!;
  return {
    actors: r.get('actors') as number,
    events: r.get('events') as number,
    articles: r.get('articles') as number,
    mentions: r.get('mentions') as number,
    relationships: r.get('relationships') as number,
  };
}

/**
 * How many stored articles came from files outside the given folders or files: a user's own corpus
 * when `npm start` asks before loading the samples, so that the demo articles are not mixed into it.
 */
export async function articlesOutside(driver: Driver, database: string, paths: string[]): Promise<number> {
  const prefixes = paths.map((p) => p.replace(/\/+$/, ''));
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) WHERE NOT any(p IN $prefixes WHERE a.file = p OR a.file STARTS WITH p + '/') RETURN count(a) AS outside`,
    { prefixes },
    { database, routing: 'READ' },
  );
  return records[0]!.get('outside') as number;
}

/** Empties the database (the schema stays). Used by `--reset` and by tests on their own database. */
export async function resetGraph(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run. Relationships go
  // first, in bounded transactions: an actor can have more of them than one transaction may hold.
  await driverSession(driver, database, async (session) => {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  });
}
