/** Connection settings from the standard Neo4j variables, and a driver that says clearly when it cannot connect. */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { Neo4jUnavailable } from './errors.ts';

/** Where and as whom to connect to Neo4j, and which database to use. */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** The password of the local Neo4j that `npm run neo4j` starts: the default when NEO4J_PASSWORD is not set. */
export const LOCAL_PASSWORD = 'entente-local';

/** Settings from NEO4J_URI (or NEO4J_BOLT_PORT), NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, with local defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT || 7687}`,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD || LOCAL_PASSWORD,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

/**
 * How long a client waits on Neo4j. A batch job (ingest, benchmarks) rides out a restart; the
 * interactive server answers within seconds or says the database is down, so that a browser never
 * waits 30 s on a retry loop and requests never queue up behind one.
 */
export const DRIVER_PROFILES = {
  batch: { connectionAcquisitionTimeout: 20_000, connectionTimeout: 10_000, maxTransactionRetryTime: 15_000 },
  interactive: { connectionAcquisitionTimeout: 3_000, connectionTimeout: 2_000, maxTransactionRetryTime: 1_000 },
} satisfies Record<string, Partial<Config>>;

/**
 * A driver with the timeouts of `profile` ('batch' by default). Integers come back as JavaScript
 * numbers, and the driver logs nothing: its errors reach the caller. Connects lazily; see verifyConnection.
 */
export function createDriver(config: Neo4jConfig, profile: keyof typeof DRIVER_PROFILES = 'batch'): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: true,
    ...DRIVER_PROFILES[profile],
    logging: { level: 'error', logger: () => {} },
  });
}

/** Resolves when Neo4j answers; rejects with one clear line otherwise. */
export async function verifyConnection(driver: Driver, config: Neo4jConfig): Promise<void> {
  try {
    await driver.getServerInfo({ database: config.database });
  } catch (err) {
    throw new Neo4jUnavailable(`${config.uri}: ${(err as Error).message.split('\n')[0]}`);
  }
}
