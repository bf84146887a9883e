// npm start: dependencies, Neo4j, schema, sample articles, the built app, served at http://127.0.0.1:$PORT.
import { join } from 'node:path';
import { scriptConfig } from './config.mjs';
import { ROOT, dockerEngineAnswers, ensureDependencies, fail, neo4jStatusRunning, run, runTsx, say, tsx } from './lib.mjs';

const config = scriptConfig();
ensureDependencies();

let stopNeo4jOnExit = false;
if (config.remoteNeo4jUri) {
  say(`using the Neo4j at ${config.remoteNeo4jUri} (NEO4J_URI); starting nothing locally`);
} else if (dockerEngineAnswers()) {
  say('a Docker engine answers: starting Neo4j with docker compose');
  run('docker', ['compose', 'up', '-d', '--wait', 'neo4j'], { what: 'docker compose up neo4j' });
} else {
  say('no Docker engine: using the local Neo4j server (scripts/neo4j)');
  stopNeo4jOnExit = !neo4jStatusRunning();
  run(join(ROOT, 'scripts', 'neo4j'), ['start'], { what: 'scripts/neo4j start' });
}

say('building the web app…');
run('npm', ['run', 'build', '--silent'], { what: 'the web build' });

// The samples go only into a graph of their own: a user's corpus is never mixed with the demo articles.
say('ingesting the sample articles of data/articles, unless the graph holds other articles…');
runTsx(['scripts/cli/ingest.ts', 'data/articles', '--only-into-own-graph'], { what: 'the ingest of data/articles' });

const server = tsx(['apps/server/src/main.ts']);
let stopping = false;
const stop = () => {
  stopping = true;
  server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
/** How a process stopped by SIGTERM (or by Ctrl-C, SIGINT) exits: 128 + the signal's number. */
const STOPPED_BY_SIGNAL = new Set([130, 143]);
server.on('exit', (code, signal) => {
  // Neo4j is stopped only when this script started it; one the user started keeps running.
  if (stopNeo4jOnExit) run(join(ROOT, 'scripts', 'neo4j'), ['stop'], { what: 'scripts/neo4j stop' });
  const asked = stopping && (signal !== null || STOPPED_BY_SIGNAL.has(code ?? 0));
  if (!asked && code && code !== 0) fail(`the server stopped (exit ${code})`, code);
  say('stopped. Neo4j keeps its data for next time.');
});
