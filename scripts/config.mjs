// The scripts' settings (npm start, npm test, npm run bench and the browser tests), read once from the
// environment and validated: every default lives here, and a value that does not parse stops the script
// with a message naming its variable. Plain Node with no dependencies, so that it runs on a fresh clone
// before `npm install`. The server has its own module (apps/server/src/config.ts); Neo4j's connection
// variables are read by the store (configFromEnv), and scripts/neo4j documents those it reads itself.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

export class ScriptConfigError extends Error {}

/**
 * @typedef {object} ScriptConfig
 * @property {string | null} remoteNeo4jUri NEO4J_URI when it names another machine: the user's own server, where nothing is started.
 * @property {string} chromiumPath The browser the end-to-end tests and the explorer benchmark drive.
 * @property {number} testBoltPort Bolt port of the Neo4j that `npm test` starts for itself.
 * @property {string} testData Its data folder.
 * @property {number} benchBoltPort Bolt port of the Neo4j that `npm run bench` starts and empties.
 * @property {string} benchData Its data folder.
 * @property {string} benchHeap Its JVM heap.
 * @property {string} benchPageCache Its page cache.
 * @property {string} cache Where downloads and generated inputs are kept between runs (Neo4j, bench corpora).
 * @property {string} arabicCorpus The real Arabic corpus the benchmarks read, when present.
 * @property {string} englishCorpus The real English corpus the benchmarks read, when present.
 */

/** @param {NodeJS.ProcessEnv} env @param {string} name @param {number} fallback */
function portFrom(env, name, fallback) {
  const written = env[name]?.trim();
  if (!written) return fallback;
  const port = Number(written);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new ScriptConfigError(`${name}=${written} is not valid: expected a port number from 1 to 65535 (default ${fallback})`);
  }
  return port;
}

/** @param {NodeJS.ProcessEnv} env @param {string} name @param {string} fallback */
function sizeFrom(env, name, fallback) {
  const written = env[name]?.trim();
  if (!written) return fallback;
  if (!/^\d+[kmg]$/i.test(written)) throw new ScriptConfigError(`${name}=${written} is not valid: expected a size such as 512m or 2g (default ${fallback})`);
  return written;
}

/** @param {NodeJS.ProcessEnv} env @param {string} name @param {string} fallback */
function pathFrom(env, name, fallback) {
  return env[name]?.trim() || fallback;
}

const LOOPBACK_URI = /^(bolt|neo4j):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/;

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {ScriptConfig}
 */
export function scriptConfigFromEnv(env = process.env) {
  const uri = env.NEO4J_URI?.trim() || null;
  // scripts/neo4j keeps its download in the same cache: the two must agree.
  const cache = pathFrom(env, 'ENTENTE_CACHE', join(env.XDG_CACHE_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.cache'), 'entente'));
  return Object.freeze({
    remoteNeo4jUri: uri && !LOOPBACK_URI.test(uri) ? uri : null,
    chromiumPath: pathFrom(env, 'CHROMIUM_PATH', '/usr/bin/chromium'),
    testBoltPort: portFrom(env, 'ENTENTE_TEST_BOLT_PORT', 7688),
    testData: pathFrom(env, 'ENTENTE_TEST_DATA', join(ROOT, '.data', 'neo4j-test')),
    benchBoltPort: portFrom(env, 'ENTENTE_BENCH_BOLT_PORT', 7689),
    benchData: pathFrom(env, 'ENTENTE_BENCH_DATA', join(ROOT, '.data', 'neo4j-bench')),
    benchHeap: sizeFrom(env, 'NEO4J_HEAP', '2g'),
    benchPageCache: sizeFrom(env, 'NEO4J_PAGECACHE', '1g'),
    cache,
    arabicCorpus: pathFrom(env, 'ENTENTE_CORPUS', join(ROOT, '..', 'shared', 'corpus', 'ant-2018.jsonl.gz')),
    englishCorpus: pathFrom(env, 'ENTENTE_ENGLISH_CORPUS', join(ROOT, '..', 'shared', 'corpus', 'en-allsides.jsonl.gz')),
  });
}

/**
 * The settings of this process, read on first use; a script stops with the message of an invalid value.
 * @type {() => ScriptConfig}
 */
export const scriptConfig = (() => {
  /** @type {ScriptConfig | undefined} */
  let config;
  return () => {
    if (config) return config;
    try {
      config = scriptConfigFromEnv();
    } catch (error) {
      if (!(error instanceof ScriptConfigError)) throw error;
      console.error(`entente: ${error.message}`);
      process.exit(2);
    }
    return config;
  };
})();
