import { readFile } from 'node:fs/promises';
import { DRAWN_MODES, EVENT_RELATION_TYPES } from '@entente/ontology';
import type { Driver } from 'neo4j-driver';
import { touchGraph } from './version.ts';
import { drawnEvent } from './write.ts';

const SCHEMA_FILE = new URL('../../../cypher/schema.cypher', import.meta.url);

/** The statements of cypher/schema.cypher, comments removed. */
export async function schemaStatements(): Promise<string[]> {
  const text = await readFile(SCHEMA_FILE, 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Lines derived before they counted their events by mode (see DERIVE in write.ts) get the counts
 * from their events. Batches of their own, so that a large graph is not one transaction; on a graph
 * already split it only looks at the derived relationships.
 */
const SPLIT_MODES_OF_OLDER_LINES = `
  MATCH (s:Actor)-[r:${EVENT_RELATION_TYPES.join('|')}]->(t:Actor) WHERE r.${DRAWN_MODES[0]} IS NULL
  CALL (s, r, t) {
    OPTIONAL MATCH (s)-[:ACTOR]->(e:Event {type: type(r)})-[:RECIPIENT]->(t) WHERE ${drawnEvent('e')}
    WITH r, collect(e.mode) AS modes
    SET ${DRAWN_MODES.map((mode) => `r.${mode} = size([m IN modes WHERE m = '${mode}'])`).join(', ')}
  } IN TRANSACTIONS OF 1000 ROWS`;

/**
 * Creates the constraints and indexes of cypher/schema.cypher (idempotent), waits up to 60 s for the
 * indexes to come online, and brings a graph written by an earlier version to the current shape.
 */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of await schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  // CALL … IN TRANSACTIONS runs only in a transaction of its own making, not in a driver-managed one.
  const session = driver.session({ database });
  try {
    const { counters } = (await session.run(SPLIT_MODES_OF_OLDER_LINES, { modes: DRAWN_MODES })).summary;
    // Answers kept by a running server were read without the counts.
    if (counters.updates().propertiesSet > 0) await session.executeWrite((tx) => touchGraph(tx));
  } finally {
    await session.close();
  }
}
