// npm test: the same bootstrapping as npm start, on a Neo4j of its own (port 7688, .data/neo4j-test),
// then unit, integration (real Neo4j) and end-to-end (headless Chromium) tests. Its last line says
// how many passed and failed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureDependencies, fail, isRemoteNeo4j, neo4jStatusRunning, run, say } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TEST_PORT = process.env.ENTENTE_TEST_BOLT_PORT || '7688';

ensureDependencies();
if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);

const env = { ...process.env, CHROMIUM_PATH: CHROMIUM };
let stopNeo4j = false;
if (isRemoteNeo4j()) {
  say(`testing against ${process.env.NEO4J_URI}: its database will be emptied`);
} else {
  Object.assign(env, { NEO4J_BOLT_PORT: TEST_PORT, ENTENTE_NEO4J_DATA: join(ROOT, '.data', 'neo4j-test'), NEO4J_URI: `bolt://127.0.0.1:${TEST_PORT}` });
  stopNeo4j = !neo4jStatusRunning(env);
  run(join(ROOT, 'scripts', 'neo4j'), ['start'], { env, what: 'scripts/neo4j start (test instance)' });
}

say('building the web app…');
run('npm', ['run', 'build', '--silent'], { what: 'the web build' });

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
const report = join(ROOT, 'test-results', 'vitest.json');
const vitest = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env,
});
if (stopNeo4j) spawnSync(join(ROOT, 'scripts', 'neo4j'), ['stop'], { cwd: ROOT, stdio: 'inherit', env });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A file that failed before running any test (an import error) counts as one failure.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed = results.numFailedTests + brokenFiles;
  skipped = results.numPendingTests + results.numTodoTests;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitest.status === 0 && passed > 0 ? 0 : 1);
