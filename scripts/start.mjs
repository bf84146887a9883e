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

say('ingesting data/articles (articles already in the graph are skipped)…');
runTsx(['scripts/cli/ingest.ts', 'data/articles'], { what: 'the ingest of data/articles' });

const server = tsx(['apps/server/src/main.ts']);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  if (stopNeo4jOnExit) run(join(ROOT, 'scripts', 'neo4j'), ['stop'], { what: 'scripts/neo4j stop' });
  if (code && code !== 0) fail(`the server stopped (exit ${code})`, code);
  say('stopped. Neo4j keeps its data for next time.');
});
