/**
 * Explorer measurements, in their own process:
 *   tsx scripts/bench/explorer.ts <actors> [--screenshot file.png]   a generated graph
 *   tsx scripts/bench/explorer.ts --corpus <file>                     real articles, by preset view
 * Empties the database at NEO4J_URI (a disposable one) and fills it: either <actors> actors with four
 * derived relations each (seeded, so runs compare), or the articles of <file> ingested as
 * `npm run ingest` does. Starts the server as `npm start` runs it, times /api/network, then opens the
 * map in headless Chromium: the first frame drawn with the nodes, the end of the automatic layout,
 * and frame times while zooming and panning with the mouse. A generated graph is opened whole; the
 * corpus in the Sanctions, Alliances and All views, as the web app's preset buttons open them.
 * Prints one JSON line (for the corpus: its articles and one entry per view); a map the API does not
 * answer, or the page cannot handle within 180 s, gets nulls and a reason in `notes`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTOR_KINDS, EVENT_RELATION_TYPES, PRESETS, canonicalPair, type ActorKind, type EventRelationType, type PresetName } from '@entente/ontology';
import type { PackedNetwork } from '@entente/protocol';
import { applySchema, configFromEnv, createDriver, resetGraph, touchGraph } from '@entente/store';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { ingestIntoEmptyDatabase, startServer, type BenchServer } from './server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { screenshot: { type: 'string' }, corpus: { type: 'string' } } });
const corpus = values.corpus;
const actors = Number(positionals[0]);
if (corpus === undefined ? !Number.isInteger(actors) || actors < 10 : positionals.length > 0) {
  console.error('usage: tsx scripts/bench/explorer.ts <actors> [--screenshot file.png]   (actors >= 10)\n       tsx scripts/bench/explorer.ts --corpus <file>');
  process.exit(2);
}
/** The corpus's views: the one the explorer opens with, the cooperation one, and everything. */
const CORPUS_VIEWS: PresetName[] = ['sanctions', 'alliances', 'all'];
const EDGES_PER_ACTOR = 4;
const edges = EDGES_PER_ACTOR * actors;
const BATCH = 10_000;
const PAGE_BUDGET_MS = 180_000;
const API_RUNS = 30;
const API_COLD_RUNS = 10;
const API_WARMUPS = 3;
const INTERACTION_BUDGET_MS = 90_000;
const log = (message: string) => console.error(`[explorer ${corpus === undefined ? actors : 'corpus'}] ${message}`);

// ---------------------------------------------------------------------------------------------
// The graph: seeded, with hubs (low indices, the countries first) and mostly the relation types a
// geopolitical map is about.

/** mulberry32: a small seeded generator, so every run writes the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(0x5eed + actors);

const MAIN_TYPES: Partial<Record<EventRelationType, number>> = { SANCTIONS: 20, MEETS: 18, ALLIED_WITH: 14, MILITARY_AID: 12, ATTACKS: 12, DEFENSE_PACT: 8 };
const OTHER_TYPES = EVENT_RELATION_TYPES.filter((type) => !(type in MAIN_TYPES));
/** The six main types take 84% of the edges; the other event types share the rest. */
const TYPE_WEIGHTS: [EventRelationType, number][] = [
  ...Object.entries(MAIN_TYPES).map(([type, weight]) => [type as EventRelationType, weight] as [EventRelationType, number]),
  ...OTHER_TYPES.map((type) => [type, 16 / OTHER_TYPES.length] as [EventRelationType, number]),
];
const TOTAL_WEIGHT = TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function pickType(): EventRelationType {
  let r = rand() * TOTAL_WEIGHT;
  for (const [type, weight] of TYPE_WEIGHTS) if ((r -= weight) < 0) return type;
  return TYPE_WEIGHTS[0]![0];
}

interface ActorRow {
  id: string;
  kind: ActorKind;
  name_en: string;
  name_ar: string;
}
interface EdgeRow {
  s: string;
  t: string;
  events: number;
  articles: number;
  weight: number;
  first_date: string;
  last_date: string;
}

/** A country for every ~10 actors up to about as many as there are; organisations and people share the rest. */
function generateActors(): ActorRow[] {
  const countries = Math.min(200, Math.ceil(actors / 10));
  return Array.from({ length: actors }, (_, i) => {
    const kind: ActorKind = i < countries ? 'country' : rand() < 0.4 ? 'organization' : 'person';
    const { label } = ACTOR_KINDS[kind];
    return { id: `A${i}`, kind, name_en: `${label.en} ${i}`, name_ar: `${label.ar} ${i}` };
  });
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3800;
const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

/**
 * Exactly `edges` distinct (type, source, target) edges. Every actor has one, so all are on the map;
 * the other endpoints, and both endpoints of the rest, skew towards low indices, so there are hubs.
 */
function generateEdges(list: ActorRow[]): Map<EventRelationType, EdgeRow[]> {
  const pick = () => list[Math.floor(list.length * rand() ** 2)]!.id;
  const seen = new Set<string>();
  const byType = new Map<EventRelationType, EdgeRow[]>();
  while (seen.size < edges) {
    const type = pickType();
    const a = seen.size < list.length ? list[seen.size]!.id : pick();
    const b = pick();
    if (a === b) continue;
    const [s, t] = canonicalPair(type, a, b);
    const key = `${type}:${s}:${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const events = 1 + Math.floor(19 * rand() ** 3);
    const first = Math.floor(rand() * DAYS);
    const last = events === 1 ? first : first + Math.floor(rand() * (DAYS - first));
    const row: EdgeRow = {
      s,
      t,
      events,
      articles: 1 + Math.floor(rand() * events * 1.5),
      weight: Math.round(events * (0.6 + 0.4 * rand()) * 100) / 100,
      first_date: isoDay(first),
      last_date: isoDay(last),
    };
    const rows = byType.get(type);
    if (rows) rows.push(row);
    else byType.set(type, [row]);
  }
  return byType;
}

const config = configFromEnv();
const driver = createDriver(config);

async function writeGraph(): Promise<void> {
  const started = performance.now();
  await resetGraph(driver, config.database);
  await applySchema(driver, config.database);
  const actorRows = generateActors();
  const byType = generateEdges(actorRows);
  const run = (query: string, rows: unknown[]) => driver.executeQuery(query, { rows }, { database: config.database });
  // Labels and relationship types come from the ontology's tables, never from data; values are parameters.
  for (const kind of Object.keys(ACTOR_KINDS) as ActorKind[]) {
    const rows = actorRows.filter((row) => row.kind === kind);
    for (let i = 0; i < rows.length; i += BATCH) {
      await run(`UNWIND $rows AS row CREATE (a:Actor:${ACTOR_KINDS[kind].neo4jLabel}) SET a = row`, rows.slice(i, i + BATCH));
    }
  }
  for (const [type, rows] of byType) {
    for (let i = 0; i < rows.length; i += BATCH) {
      await run(
        `UNWIND $rows AS row
         MATCH (a:Actor {id: row.s}) MATCH (b:Actor {id: row.t})
         CREATE (a)-[:${type} {events: row.events, articles: row.articles, weight: row.weight, first_date: row.first_date, last_date: row.last_date}]->(b)`,
        rows.slice(i, i + BATCH),
      );
    }
  }
  await touch();
  log(`graph written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A new graph version, as any ingest makes: the server's kept answers are stale from then on. */
async function touch(): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    await session.executeWrite((tx) => touchGraph(tx));
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The built web app: rebuilt when any of its sources is newer than it.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/package.json', 'packages/ontology/src', 'packages/protocol/src'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => statSync(`${path}/${file}`).mtimeMs));
}

function ensureWebBuild(): void {
  const built = statSync(`${ROOT}apps/web/dist/index.html`, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built > Math.max(...WEB_SOURCES.map((source) => newestMtime(`${ROOT}${source}`)))) return;
  log('building the web app (missing or older than its sources)');
  // Its output goes to stderr: stdout carries only the result line.
  const build = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error('npm run build -w apps/web failed');
}

// ---------------------------------------------------------------------------------------------
// Measurements.

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const median = (sorted: readonly number[]) => percentile(sorted, 0.5);

/**
 * Cold: the graph's version changes before each request, so the server reads Neo4j every time, as
 * after an ingest or for a filter not asked before. Cached: the same request while the graph stays
 * as it is (reloads, going back to a view), answered from the server's memory. An answer but 200 (a
 * read past the server's timeout on a busy machine) is left out of the times and told in `notes`;
 * null when no warm-up request got the map.
 */
async function measureApi(base: string, query: string, notes: string[]) {
  const url = `${base}/api/network?${query}`;
  const get = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started, body, cache: response.headers.get('x-entente-cache') };
  };
  type Answer = Awaited<ReturnType<typeof get>>;
  const refusal = (answer: Answer) => `${answer.status} after ${round(answer.ms, 0)} ms (${Buffer.from(answer.body).toString('utf8', 0, 200)})`;
  let payload: PackedNetwork | undefined;
  let last: Answer | undefined;
  for (let i = 0; i < API_WARMUPS; i++) {
    const answer = await get();
    if (answer.status !== 200) notes.push(`warm-up request ${i + 1} answered ${refusal(answer)}`);
    else {
      last = answer;
      payload ??= JSON.parse(Buffer.from(answer.body).toString('utf8')) as PackedNetwork;
    }
  }
  if (!payload || !last) return null;
  const timesOf = async (label: string, runs: number, expected: string, before: () => Promise<void>) => {
    const times: number[] = [];
    const refused: Answer[] = [];
    for (let i = 0; i < runs; i++) {
      await before();
      const answer = await get();
      if (answer.status !== 200) {
        refused.push(answer);
        continue;
      }
      if (answer.cache !== expected) throw new Error(`expected a cache ${expected}, the server said ${answer.cache}`);
      times.push(answer.ms);
      last = answer;
    }
    if (refused.length > 0) notes.push(`${refused.length} of ${runs} ${label} requests answered ${refusal(refused[0]!)}, left out of its times`);
    return times.sort((a, b) => a - b);
  };
  const cold = await timesOf('cold', API_COLD_RUNS, 'miss', touch);
  const cached = await timesOf('cached', API_RUNS, 'hit', async () => {});
  const at = (sorted: number[], p: number) => (sorted.length > 0 ? round(percentile(sorted, p)) : null);
  return {
    actors: payload.actors.length,
    edges: payload.edges.length,
    truncated: payload.truncated,
    apiColdP50Ms: at(cold, 0.5),
    apiColdP95Ms: at(cold, 0.95),
    apiP50Ms: at(cached, 0.5),
    apiP95Ms: at(cached, 0.95),
    responseMB: round(last.body.byteLength / 1e6, 2),
  };
}

/** The mark's time since navigation start, or null once the deadline has passed. */
async function markTime(page: Page, name: string, deadline: number): Promise<number | null> {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
      polling: 100,
      timeout: Math.max(1, deadline - Date.now()),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return null;
    throw error;
  }
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/** Whether the automatic layout stopped because the actors came to rest (else at its time limit). */
const layoutAtRest = (page: Page) => page.evaluate(() => ((performance.getEntriesByName('entente:layout-settled')[0] as PerformanceMark).detail as { atRest: boolean }).atRest);

interface PageFigures {
  firstFrameMs: number | null;
  settledMs: number | null;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  fps: number | null;
}

/**
 * Zooms in and out with the wheel and pans by dragging, as a user would, recording rAF intervals.
 * Each input waits for the page to take it, so a slow page gets only as many steps as fit the budget.
 */
async function interact(page: Page): Promise<{ intervals: number[]; script: number[]; steps: string }> {
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  if (!box) throw new Error('no graph canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(`{
    const frames = (window.benchFrames = []);
    window.benchRecording = true;
    const loop = (time) => {
      frames.push(time);
      if (window.benchRecording) requestAnimationFrame(loop);
    };
    loop.benchRecorder = true;
    requestAnimationFrame(loop);
  }`);
  const steps: (() => Promise<void>)[] = [];
  const zoom = (deltaY: number) => {
    for (let i = 0; i < 4; i++)
      steps.push(
        () => page.mouse.wheel(0, deltaY),
        () => page.waitForTimeout(120),
      );
  };
  const drag = (dx: number, dy: number) => {
    const moves = 20;
    steps.push(() => page.mouse.down());
    for (let i = 1; i <= moves; i++) steps.push(() => page.mouse.move(cx + (dx * i) / moves, cy + (dy * i) / moves));
    steps.push(
      () => page.mouse.up(),
      () => page.mouse.move(cx, cy),
    );
  };
  zoom(-300);
  drag(300, 150);
  drag(-300, -150);
  zoom(300);
  drag(-250, 200);
  // The last zoom animation ends.
  steps.push(() => page.waitForTimeout(400));
  const deadline = Date.now() + INTERACTION_BUDGET_MS;
  let done = 0;
  while (done < steps.length && Date.now() < deadline) await steps[done++]!();
  if (done < steps.length) await page.mouse.up();
  const { frames, script } = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRecording: boolean; benchScript: Map<number, number> };
    w.benchRecording = false;
    return { frames: w.benchFrames, script: [...w.benchScript.values()] };
  });
  const cut = done < steps.length ? ` (cut short at ${INTERACTION_BUDGET_MS / 1000} s)` : '';
  return { intervals: frames.slice(1).map((time, i) => time - frames[i]!), script, steps: `${done} of ${steps.length} input steps${cut}` };
}

/** Loads beside the measured one whose first frames count too: one load says more about the moment than the page. */
const EXTRA_FIRST_FRAMES = 2;

/** The first frame of the map in a fresh browser context (no saved positions), or null past the budget. */
async function firstFrameOfFreshLoad(browser: Awaited<ReturnType<typeof launchBrowser>>, base: string, query: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/?${query}`, { waitUntil: 'commit', timeout: PAGE_BUDGET_MS });
    return await markTime(page, 'entente:first-frame', Date.now() + PAGE_BUDGET_MS);
  } finally {
    await context.close();
  }
}

/** The map of `query` (a query string both the page and /api/network read) in the browser; what went wrong goes into `notes`. */
async function measurePage(base: string, query: string, notes: string[]): Promise<PageFigures> {
  const figures: PageFigures = { firstFrameMs: null, settledMs: null, frameMedianMs: null, frameP95Ms: null, fps: null };
  const browser = await launchBrowser();
  const errors: string[] = [];
  try {
    const extraFirstFrames: number[] = [];
    for (let i = 0; i < EXTRA_FIRST_FRAMES; i++) {
      const time = await firstFrameOfFreshLoad(browser, base, query);
      if (time !== null) extraFirstFrames.push(time);
    }
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Times the page's animation-frame callbacks (sigma renders in them) while the camera moves: the
    // script's share of a frame, apart from rasterising, which Chromium does here on the CPU (SwiftShader).
    // As text: tsx would wrap named functions given as code in a helper the page does not have.
    await page.addInitScript(`{
      const raf = window.requestAnimationFrame.bind(window);
      window.benchScript = new Map();
      window.requestAnimationFrame = (callback) => raf((time) => {
        const started = performance.now();
        try {
          callback(time);
        } finally {
          if (window.benchRecording && !callback.benchRecorder) window.benchScript.set(time, (window.benchScript.get(time) ?? 0) + performance.now() - started);
        }
      });
    }`);
    let pageCache: string | undefined;
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/network') pageCache = response.headers()['x-entente-cache'];
    });
    const deadline = Date.now() + PAGE_BUDGET_MS;
    await page.goto(`${base}/?${query}`, { waitUntil: 'commit', timeout: PAGE_BUDGET_MS });

    const firstFrame = await markTime(page, 'entente:first-frame', deadline);
    if (firstFrame === null) {
      notes.push(`no frame with the network within ${PAGE_BUDGET_MS / 1000} s`);
      return figures;
    }
    const firstFrames = [...extraFirstFrames, firstFrame].sort((a, b) => a - b);
    figures.firstFrameMs = round(median(firstFrames), 0);
    notes.push(`first frame: median of ${firstFrames.length} page loads (${firstFrames.map((t) => round(t, 0)).join(', ')} ms)`);
    log(`first frame at ${figures.firstFrameMs} ms (${firstFrames.map((t) => round(t, 0)).join(', ')})`);
    const fetched = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/network')) as PerformanceResourceTiming | undefined;
      return entry ? { start: entry.startTime, firstByte: entry.responseStart, end: entry.responseEnd } : null;
    });
    if (fetched) {
      notes.push(
        `page: /api/network (cache ${pageCache ?? 'unknown'}) requested at ${round(fetched.start, 0)} ms, first byte ${round(fetched.firstByte, 0)} ms, ` +
          `received ${round(fetched.end, 0)} ms; parse+prepare+first render ${round(firstFrame - fetched.end, 0)} ms`,
      );
    }

    const settled = await markTime(page, 'entente:layout-settled', deadline);
    if (settled === null) {
      notes.push(`the automatic layout did not end within ${PAGE_BUDGET_MS / 1000} s`);
      return figures;
    }
    figures.settledMs = round(settled, 0);
    if (!(await layoutAtRest(page))) notes.push('the automatic layout reached its time limit before the actors came to rest');
    log(`layout ended at ${figures.settledMs} ms`);
    // Saving the positions follows the layout's end; let the page go idle before moving the camera.
    await page.waitForTimeout(500);
    if (values.screenshot) await page.screenshot({ path: values.screenshot });

    let measured: Awaited<ReturnType<typeof interact>>;
    try {
      measured = await interact(page);
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      notes.push('the page did not take an input within 60 s while the camera moved');
      return figures;
    }
    const { intervals, script, steps } = measured;
    notes.push(steps);
    if (intervals.length < 2) {
      notes.push('too few frames while moving the camera');
    } else {
      const sorted = [...intervals].sort((a, b) => a - b);
      const mean = intervals.reduce((sum, ms) => sum + ms, 0) / intervals.length;
      figures.frameMedianMs = round(median(sorted));
      figures.frameP95Ms = round(percentile(sorted, 0.95));
      figures.fps = round(1000 / mean);
      notes.push(`${intervals.length} frames while zooming/panning, longest ${round(sorted.at(-1)!, 0)} ms; fps = frames / time`);
      if (script.length > 0) {
        script.sort((a, b) => a - b);
        notes.push(
          `script in the ${script.length} frames that drew: median ${round(median(script))} ms, p95 ${round(percentile(script, 0.95))} ms ` +
            '(the rest of a frame is mostly Chromium rasterising the WebGL, on the CPU here)',
        );
      }
    }
    return figures;
  } finally {
    if (errors.length > 0) notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------

/** API and page figures of one map, with the notes that explain them and the machine's load meanwhile. */
async function measureMap(base: string, query: string) {
  const loadAtStart = loadavg()[0]!;
  const notes: string[] = [];
  const loadNote = () => `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores`;
  const api = await measureApi(base, query, notes);
  if (!api) {
    notes.push('no request got the map, so the page was not opened', loadNote());
    return { actors: null, edges: null, notes: notes.join('; ') };
  }
  if (api.truncated) notes.push(`the map was cut at ${api.edges} edges (the server's limit)`);
  log(`${query}: ${api.actors} actors, ${api.edges} edges; API cold p50 ${api.apiColdP50Ms} ms, cached p50 ${api.apiP50Ms} ms, ${api.responseMB} MB`);
  const page = await measurePage(base, query, notes);
  notes.push(loadNote());
  return { ...api, ...page, notes: notes.join('; ') };
}

let failed = false;
ensureWebBuild();
let server: BenchServer | undefined;
try {
  if (corpus === undefined) {
    await writeGraph();
    server = await startServer();
    const measured = await measureMap(server.base, `preset=all&limit=${edges}`);
    const complete = measured.actors === null || (measured.actors === actors && measured.edges === edges);
    const notes = complete ? measured.notes : `API returned ${measured.actors} actors and ${measured.edges} edges; ${measured.notes}`;
    console.log(JSON.stringify({ ...measured, actors, edges, notes }));
  } else {
    const ingest = await ingestIntoEmptyDatabase([corpus]);
    log(`ingested ${ingest.created} articles`);
    server = await startServer();
    const views = [];
    // As the preset buttons open them: the view's types, with the server's default limit.
    for (const preset of CORPUS_VIEWS) views.push({ view: PRESETS[preset].label.en, ...(await measureMap(server.base, `preset=${preset}`)) });
    console.log(JSON.stringify({ articles: ingest.created + ingest.updated + ingest.unchanged, views }));
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await server?.stop();
  await driver.close();
}
process.exit(failed ? 1 : 0);
