/** The test database: the Neo4j that `npm test` started (NEO4J_URI), emptied and schema'd for each file. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { applySchema, configFromEnv, createDriver, ingestPaths, resetGraph, verifyConnection } from '@entente/store';
import type { Driver } from 'neo4j-driver';
import { SAMPLES } from './paths.ts';

export { SAMPLES };

export interface TestDatabase {
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

/** A connection to the test database, emptied and with the schema applied. */
export async function freshDatabase(): Promise<TestDatabase> {
  const db = await connectDatabase();
  await resetGraph(db.driver, db.database);
  await applySchema(db.driver, db.database);
  return db;
}

/** A connection to the test database as it is. */
export async function connectDatabase(): Promise<TestDatabase> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run the tests with `npm test`, which starts a test Neo4j');
  const config = configFromEnv();
  const driver = createDriver(config);
  await verifyConnection(driver, config);
  return { driver, database: config.database, close: () => driver.close() };
}

export async function ingestSamples(db: TestDatabase) {
  return ingestPaths(db.driver, db.database, [SAMPLES]);
}

/** Whether the tests run on the Neo4j that `npm test` started with scripts/neo4j (which a test may stop and start), not on a remote server. */
export const localNeo4j = Boolean(process.env.ENTENTE_NEO4J_DATA);

const NEO4J_SCRIPT = fileURLToPath(new URL('../../scripts/neo4j', import.meta.url));
const run = promisify(execFile);

/**
 * Stops or starts the local test Neo4j (see localNeo4j). Without blocking: a test's own server shares
 * this event loop and goes on answering meanwhile. Rejects with the script's message when it fails.
 */
export async function controlNeo4j(command: 'start' | 'stop'): Promise<void> {
  try {
    await run(NEO4J_SCRIPT, [command], { env: process.env });
  } catch (error) {
    throw new Error(`scripts/neo4j ${command} failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
}

/** Whether the local test Neo4j runs (scripts/neo4j status). */
export async function neo4jRunning(): Promise<boolean> {
  return run(NEO4J_SCRIPT, ['status'], { env: process.env }).then(
    () => true,
    () => false,
  );
}
