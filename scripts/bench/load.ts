/**
 * The server under steady load, in its own process:
 *   tsx scripts/bench/load.ts [--rate 200] [--seconds 60] <input>
 * Ingests <input> into the emptied database at NEO4J_URI, starts the server as `npm start` does, and
 * sends an open-loop mix of the explorer's requests (map, search, actor panel, evidence) at a fixed
 * rate: first against a warm server, then right after Neo4j is restarted under it (scripts/neo4j).
 * Baseline, same run: the same mix one request at a time on the warm server. Prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PRESET_NAMES } from '@entente/ontology';
import { unpackNetwork, type ActorSummary, type PackedNetwork } from '@entente/protocol';
import { ingestIntoEmptyDatabase, startServer } from './server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rate: { type: 'string' }, seconds: { type: 'string' } } });
const RATE = Number(values.rate ?? 200);
const SECONDS = Number(values.seconds ?? 60);
const REQUEST_TIMEOUT_MS = 10_000;
const log = (message: string) => console.error(`[load] ${message}`);

const ingest = await ingestIntoEmptyDatabase(positionals);
log(`ingested ${ingest.created} articles`);
const server = await startServer();
const { base } = server;

try {
  // The mix: what a session of the explorer asks, with ids and names from the graph itself.
  // Drawn from the whole map, so that answers the server keeps in memory serve only what is asked again.
  const network = unpackNetwork((await (await fetch(`${base}/api/network?preset=all&limit=50000`)).json()) as PackedNetwork);
  const shuffled = <T>(list: T[]) =>
    list
      .map((item, i) => ({ item, key: (i * 2654435761) % 4294967296 }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);
  const edges = shuffled(network.edges);
  const actors = shuffled(network.nodes.map((node) => node.key));
  const names = shuffled(network.nodes.flatMap((node) => [(node.attributes as ActorSummary).name_en, (node.attributes as ActorSummary).name_ar].filter(Boolean)));
  const presets = PRESET_NAMES;
  let pick = 0;
  const next = <T>(list: readonly T[]) => list[pick++ % list.length]!;
  const MIX: (() => string)[] = [
    () => `/api/network?preset=${next(presets)}`,
    () => `/api/search?q=${encodeURIComponent(next(names).slice(0, 3 + (pick % 6)))}`,
    () => `/api/search?q=${encodeURIComponent(next(names))}`,
    () => `/api/actors/${encodeURIComponent(next(actors))}`,
    () => `/api/actors/${encodeURIComponent(next(actors))}/neighbors`,
    () => {
      const edge = next(edges);
      return `/api/evidence?type=${edge.attributes.type}&source=${encodeURIComponent(edge.source)}&target=${encodeURIComponent(edge.target)}`;
    },
  ];
  let mixIndex = 0;
  const nextRequest = () => MIX[mixIndex++ % MIX.length]!();

  interface Outcome {
    at: number;
    ms: number;
    status: number;
    path: string;
  }
  const ask = async (path: string): Promise<Outcome> => {
    const started = performance.now();
    try {
      const response = await fetch(base + path, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await response.arrayBuffer();
      return { at: started, ms: performance.now() - started, status: response.status, path };
    } catch {
      return { at: started, ms: performance.now() - started, status: 0, path };
    }
  };

  /** Open loop: requests leave on schedule whether or not the earlier ones have come back. */
  const phase = async (name: string) => {
    log(`${name}: ${RATE} requests/s for ${SECONDS} s`);
    const total = RATE * SECONDS;
    const pending: Promise<Outcome>[] = [];
    const started = performance.now();
    while (pending.length < total) {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE) + 1);
      while (pending.length < due) pending.push(ask(nextRequest()));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return summarise(await Promise.all(pending), performance.now() - started);
  };

  /** /api/actors/US/neighbors → /api/actors/:id/neighbors */
  const routeOf = (path: string) => path.split('?')[0]!.replace(/^\/api\/actors\/[^/]+/, '/api/actors/:id');
  const summarise = (outcomes: Outcome[], elapsedMs: number) => {
    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!);
    const statuses: Record<string, number> = {};
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    const errors = outcomes.filter((o) => o.status !== 200).length;
    // When the errors and the slow answers came, second by second: a recovery shows as a front.
    const first = outcomes[0]?.at ?? 0;
    const errorsBySecond: number[] = [];
    for (const o of outcomes) if (o.status !== 200) errorsBySecond[Math.floor((o.at - first) / 1000)] = (errorsBySecond[Math.floor((o.at - first) / 1000)] ?? 0) + 1;
    const byPath: Record<string, { n: number; errors: number; p50Ms: number; p99Ms: number }> = {};
    for (const kind of new Set(outcomes.map((o) => routeOf(o.path)))) {
      const mine = outcomes.filter((o) => routeOf(o.path) === kind);
      const times = mine.map((o) => o.ms).sort((x, y) => x - y);
      const q = (f: number) => Math.round(times[Math.min(times.length - 1, Math.floor(f * times.length))]!);
      byPath[kind] = { n: mine.length, errors: mine.filter((o) => o.status !== 200).length, p50Ms: q(0.5), p99Ms: q(0.99) };
    }
    const distinct = new Set(outcomes.map((o) => o.path)).size;
    return {
      distinct,
      byPath,
      errorsBySecond: Array.from(errorsBySecond, (e) => e ?? 0),
      requests: outcomes.length,
      achievedRate: Math.round(outcomes.length / (elapsedMs / 1000)),
      errors,
      statuses,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      p99Ms: at(0.99),
      maxMs: Math.round(ms.at(-1)!),
    };
  };

  // Baseline: one at a time, warm.
  for (let i = 0; i < 60; i++) await ask(nextRequest());
  const sequential: Outcome[] = [];
  const sequentialStarted = performance.now();
  for (let i = 0; i < 300; i++) sequential.push(await ask(nextRequest()));
  const baseline = summarise(sequential, performance.now() - sequentialStarted);

  const warm = await phase('warm');

  log('restarting Neo4j');
  for (const command of ['stop', 'start']) {
    const result = spawnSync(`${ROOT}scripts/neo4j`, [command], { cwd: ROOT, env: process.env, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) throw new Error(`scripts/neo4j ${command} failed`);
  }
  const afterRestart = await phase('after a Neo4j restart');

  console.log(JSON.stringify({ rate: RATE, seconds: SECONDS, articles: ingest.created, baseline, warm, afterRestart }));
} finally {
  await server.stop();
}
