/** Connection settings from the standard Neo4j variables, and a driver that says clearly when it cannot connect. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export const LOCAL_PASSWORD = 'entente-local';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT || 7687}`,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD || LOCAL_PASSWORD,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    logging: { level: 'error', logger: () => {} },
  });
}

export class Neo4jUnavailable extends Error {
  constructor(uri: string, cause: Error) {
    super(`cannot reach Neo4j at ${uri} (${cause.message.split('\n')[0]}). Start it with "npm run neo4j start", or set NEO4J_URI/NEO4J_PASSWORD.`);
  }
}

/** Resolves when Neo4j answers; rejects with one clear line otherwise. */
export async function verifyConnection(driver: Driver, config: Neo4jConfig): Promise<void> {
  try {
    await driver.getServerInfo({ database: config.database });
  } catch (err) {
    throw new Neo4jUnavailable(config.uri, err as Error);
  }
}
