/** `npm start`'s server: connects to Neo4j, then serves the API and the built app. */
import { StoreReader, createDriver, verifyConnection } from '@entente/store';
import { buildApp } from './app.ts';
import { ConfigError, serverConfigFromEnv, type ServerConfig } from './config.ts';
import { isLoopbackHost } from './editing.ts';

let config: ServerConfig;
try {
  config = serverConfigFromEnv();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`entente: ${err.message}`);
  process.exit(2);
}
const driver = createDriver(config.neo4j, 'interactive');
try {
  await verifyConnection(driver, config.neo4j);
} catch (err) {
  console.error(`entente: ${(err as Error).message}`);
  await driver.close();
  process.exit(1);
}
const app = await buildApp({
  driver,
  neo4j: config.neo4j,
  console: config.console,
  responseCacheMB: config.responseCacheMB,
  readTimeoutMs: config.readTimeoutMs,
  allowedHosts: config.allowedHosts,
  editing: { token: config.editorToken, loopback: isLoopbackHost(config.host) },
});
// The first visitors should not pay for planning and connecting: see StoreReader.warm.
await new StoreReader(driver, config.neo4j.database, config.readTimeoutMs)
  .warm()
  .catch((err: Error) => console.error(`entente: warming up failed (${err.message.split('\n')[0]}); going on`));
const address = await app.listen({ port: config.port, host: config.host });
console.log(`Entente is running at ${address}`);

const shutdown = async () => {
  await app.close();
  await driver.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
