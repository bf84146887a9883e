/** `npm start`'s server: connects to Neo4j, then serves the API and the built app. */
import { configFromEnv, createDriver, verifyConnection } from '@entente/store';
import { buildApp } from './app.ts';

const config = configFromEnv();
const driver = createDriver(config);
try {
  await verifyConnection(driver, config);
} catch (err) {
  console.error(`entente: ${(err as Error).message}`);
  await driver.close();
  process.exit(1);
}
const seconds = Number(process.env.ENTENTE_CONSOLE_TIMEOUT || 10);
const maxRows = Number(process.env.ENTENTE_CONSOLE_MAX_ROWS || 5000);
const responseCacheMB = Number(process.env.ENTENTE_RESPONSE_CACHE_MB ?? 256);
const app = await buildApp({ driver, neo4j: config, console: { timeoutMs: seconds * 1000, maxRows }, responseCacheMB });
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
const address = await app.listen({ port, host });
console.log(`Entente is running at ${address}`);

const shutdown = async () => {
  await app.close();
  await driver.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
