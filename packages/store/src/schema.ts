import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';

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

/** Creates the constraints and indexes of cypher/schema.cypher (idempotent), then waits up to 60 s for the indexes to come online. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of await schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
