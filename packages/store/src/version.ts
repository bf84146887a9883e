/**
 * The graph's version: a token that every write through the store replaces, so that a reader may keep
 * an answer for as long as the token it was read under is current. A reset deletes the token with
 * everything else, and an empty graph has none (null).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { storeError } from './errors.ts';

/** Without a uniqueness constraint, two first writers may each create the node; readers join the tokens. */
const TOUCH_GRAPH = 'MERGE (v:GraphVersion) SET v.token = randomUUID()';
const READ_VERSION = 'MATCH (v:GraphVersion) WITH v.token AS token ORDER BY token RETURN collect(token) AS tokens';

/** Inside a write transaction: its changes make every answer read before them stale. */
export async function touchGraph(tx: ManagedTransaction): Promise<void> {
  await tx.run(TOUCH_GRAPH);
}

/**
 * The graph's current version token (tokens joined by commas if two writers each made one), or null
 * for a graph not written since it was created or reset. Throws the store's errors.
 */
export async function graphVersion(driver: Driver, database: string): Promise<string | null> {
  let records;
  try {
    ({ records } = await driver.executeQuery(READ_VERSION, {}, { database, routing: 'READ' }));
  } catch (error) {
    throw storeError(error);
  }
  const tokens = records[0]?.get('tokens') as string[] | undefined;
  return tokens && tokens.length > 0 ? tokens.join(',') : null;
}
