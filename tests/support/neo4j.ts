/** The test database: the Neo4j that `npm test` started (NEO4J_URI), emptied and schema'd for each file. */
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
