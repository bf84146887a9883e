/** Streams articles from files into Neo4j in batches, with progress and a truthful summary. */
import { defaultGazetteer, extractArticle, readArticles, type InputError, type ReadProgress } from '@entente/extract';
import type { Driver } from 'neo4j-driver';
import { writeBatch, type ExtractedBatchItem } from './write.ts';

export interface IngestOptions {
  batchSize?: number;
  dryRun?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  onError?: (error: InputError) => void;
}

export interface IngestProgress {
  files: number;
  articles: number;
  elapsedMs: number;
  /** Share of the input read, 0..1, from the bytes of the files as stored. */
  fraction: number;
}

export interface IngestSummary {
  created: number;
  unchanged: number;
  updated: number;
  failed: number;
  relations: number;
  ms: number;
}

export async function ingestPaths(driver: Driver, database: string, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 1000;
  const gazetteer = defaultGazetteer();
  const started = performance.now();
  const summary: IngestSummary = { created: 0, unchanged: 0, updated: 0, failed: 0, relations: 0, ms: 0 };
  const files = new Set<string>();
  const reading: ReadProgress = { bytesRead: 0, totalBytes: 0 };
  const fraction = () => (reading.totalBytes > 0 ? Math.min(1, reading.bytesRead / reading.totalBytes) : 0);
  let batch: ExtractedBatchItem[] = [];
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
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await writing;
    if (writeError) throw writeError;
    if (options.dryRun) {
      summary.created += items.length;
      options.onProgress?.({ files: files.size, articles, elapsedMs: performance.now() - started, fraction: fraction() });
      return;
    }
    writing = write(items).catch((err) => {
      writeError = err;
    });
  };

  for await (const result of readArticles(paths, reading)) {
    if ('error' in result) {
      summary.failed++;
      files.add(result.error.file);
      options.onError?.(result.error);
      continue;
    }
    files.add(result.article.file.split('#')[0]!);
    articles++;
    const extracted = extractArticle(result.article, gazetteer);
    summary.relations += extracted.relations.length;
    batch.push({ article: result.article, extracted });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  if (writeError) throw writeError;
  summary.ms = performance.now() - started;
  return summary;
}

async function driverSession<T>(driver: Driver, database: string, work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
  const session = driver.session({ database });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

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

/** Empties the database (the schema stays). Used by `--reset` and by tests on their own database. */
export async function resetGraph(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  await driverSession(driver, database, (session) => session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS'));
}
