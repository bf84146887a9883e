// Helpers shared by scripts/start.mjs and scripts/test.mjs. Plain Node with no dependencies, so that
// they run on a fresh clone before `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** @param {string} message */
export function say(message) {
  console.log(`entente: ${message}`);
}

/** Prints the message and exits with `code`. @param {string} message @returns {never} */
export function fail(message, code = 1) {
  console.error(`entente: ${message}`);
  process.exit(code);
}

/**
 * Runs a command to completion with inherited output; exits with a clear message when it fails.
 * @param {string} command @param {string[]} args @param {{ env?: NodeJS.ProcessEnv, what?: string }} [options]
 */
export function run(command, args, { env = process.env, what = `${command} ${args.join(' ')}` } = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) fail(`${what} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} failed (exit ${result.status})`, result.status ?? 1);
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  say('installing dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund'], { what: 'npm install' });
}

/** Starts a TypeScript entry point with tsx. @param {string[]} args @param {import('node:child_process').SpawnOptions} [options] */
export function tsx(args, options = {}) {
  return spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], { cwd: ROOT, stdio: 'inherit', ...options });
}

/** Runs a TypeScript entry point to completion, as `run` does. @param {string[]} args @param {{ env?: NodeJS.ProcessEnv, what?: string }} [options] */
export function runTsx(args, { env = process.env, what } = {}) {
  run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], { env, what });
}

export function dockerEngineAnswers() {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore', timeout: 10_000 });
  return result.status === 0;
}

export function neo4jStatusRunning(env = process.env) {
  return spawnSync(join(ROOT, 'scripts', 'neo4j'), ['status'], { cwd: ROOT, stdio: 'ignore', env }).status === 0;
}
