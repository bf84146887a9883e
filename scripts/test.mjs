// npm test [-- unit|integration|e2e] [vitest arguments]
// Tiers: unit (no Neo4j, no browser, no build), integration (a real Neo4j), e2e (headless Chromium
// on the built app); no tier runs all three. Tests that need Neo4j get a test server of their own
// (port 7688, .data/neo4j-test by default; see scripts/config.mjs), stopped at the end if this script started it, whatever failed.
// The last line says how many passed and failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { scriptConfig } from './config.mjs';
import { ROOT, ensureDependencies, fail, neo4jStatusRunning, say } from './lib.mjs';

const TIERS = { unit: 'tests/unit', integration: 'tests/integration', e2e: 'tests/e2e' };
const config = scriptConfig();

const [first, ...rest] = process.argv.slice(2);
const tier = first !== undefined && first in TIERS ? /** @type {keyof typeof TIERS} */ (first) : 'all';
// vitest ORs its file filters: the tier's folder is the filter only when no file is named.
const namesFiles = rest.some((arg) => !arg.startsWith('-') && existsSync(join(ROOT, arg)));
const vitestArgs = tier === 'all' ? process.argv.slice(2) : namesFiles ? rest : [TIERS[tier], ...rest];
const needsNeo4j = tier !== 'unit';
const needsBrowser = tier === 'all' || tier === 'e2e';

ensureDependencies();
if (needsBrowser && !existsSync(config.chromiumPath)) fail(`no Chromium at ${config.chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);

const env = { ...process.env, CHROMIUM_PATH: config.chromiumPath };
let stopNeo4j = false;

/**
 * Runs a step; on failure stops what this script started before it exits.
 * @param {string} what @param {string} command @param {string[]} args
 */
function step(what, command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status === 0) return;
  finish();
  fail(`${what} failed (${result.error ? result.error.message : `exit ${result.status}`})`, result.status || 1);
}

function finish() {
  if (stopNeo4j) spawnSync(join(ROOT, 'scripts', 'neo4j'), ['stop'], { cwd: ROOT, stdio: 'inherit', env });
  stopNeo4j = false;
}

if (needsNeo4j && config.remoteNeo4jUri) {
  say(`testing against ${config.remoteNeo4jUri}: its database will be emptied`);
} else if (needsNeo4j) {
  const port = String(config.testBoltPort);
  Object.assign(env, { NEO4J_BOLT_PORT: port, ENTENTE_NEO4J_DATA: config.testData, NEO4J_URI: `bolt://127.0.0.1:${port}` });
  stopNeo4j = !neo4jStatusRunning(env);
  step('scripts/neo4j start (test instance)', join(ROOT, 'scripts', 'neo4j'), ['start']);
}

if (needsNeo4j) {
  say('building the web app…');
  step('the web build', 'npm', ['run', 'build', '--silent']);
}

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
const report = join(ROOT, 'test-results', 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  },
);
finish();

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A file that failed before running any test (an import error) counts as one failure.
  const brokenFiles = results.testResults.filter(
    (/** @type {{ status: string, assertionResults: unknown[] }} */ file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  failed = results.numFailedTests + brokenFiles;
  skipped = results.numPendingTests + results.numTodoTests;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitest.status === 0 && passed > 0 ? 0 : 1);
