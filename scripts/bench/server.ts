/**
 * What the benchmarks that serve a graph share: the database filled from articles, and the server
 * in a process of its own, started as `npm start` starts it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { applySchema, configFromEnv, createDriver, ingestPaths, resetGraph, type IngestSummary } from '@entente/store';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Empties the database at NEO4J_URI (a disposable one) and ingests `paths` into it. */
export async function ingestIntoEmptyDatabase(paths: string[]): Promise<IngestSummary> {
  const config = configFromEnv();
  const driver = createDriver(config);
  try {
    await resetGraph(driver, config.database);
    await applySchema(driver, config.database);
    return await ingestPaths(driver, config.database, paths);
  } finally {
    await driver.close();
  }
}

export interface BenchServer {
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  base: string;
  stop(): Promise<void>;
}

/**
 * The server as `npm start` runs it (tsx apps/server/src/main.ts), on a free port. In a process of
 * its own: sharing the benchmark's event loop with the browser's driver delayed its answers to the
 * page by a few hundred milliseconds.
 */
export async function startServer(): Promise<BenchServer> {
  const server = spawn(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}apps/server/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    // stdout is read for the address; the rest goes to stderr, since a benchmark's stdout carries only its result line.
    stdio: ['ignore', 'pipe', 2],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    server.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}) before it listened: ${output}`)));
  });
  return {
    base,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}
