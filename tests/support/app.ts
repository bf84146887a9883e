/** The whole app for end-to-end tests: a fresh test database with the samples, the API and the built web app. */
import { buildApp, type AppOptions } from '@entente/server';
import { configFromEnv } from '@entente/store';
import { freshDatabase, ingestSamples } from './neo4j.ts';

export interface TestApp {
  url: string;
  close(): Promise<void>;
}

export async function startTestApp(options: Pick<AppOptions, 'console'> = {}): Promise<TestApp> {
  const db = await freshDatabase();
  await ingestSamples(db);
  const app = await buildApp({ driver: db.driver, neo4j: configFromEnv(), ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
