/**
 * The Cypher console: users' own queries, run so that they can neither change the graph nor reach
 * the server, nor hold it. The text is first bounded (length, nesting), because Neo4j's parser and
 * planner cannot be interrupted; then the query is planned (EXPLAIN) and refused unless every
 * operator of its plan is on the read-only list below; then it runs in a read transaction with a
 * deadline, after which the server terminates the transaction itself, and its answer is cut at a
 * row and a byte cap.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, type Driver, type Node, type Relationship, type ResultSummary, type Session } from 'neo4j-driver';
import type { CypherError, CypherResponse, CypherSchema } from '@entente/protocol';
import { GraphCollector } from './values.ts';
import { Neo4jUnavailable, storeError } from './errors.ts';

/** What the console allows one query, and all of them together. */
export interface ConsoleLimits {
  /** How long a query may take, planning included, before it is stopped. */
  timeoutMs: number;
  /** Rows returned at most; an answer cut there is marked truncated. */
  maxRows: number;
  /** Bytes of JSON (rows and drawn graph) returned at most; an answer cut there is marked truncated. */
  maxBytes: number;
  /** Console queries running at once; one more is refused as busy. */
  maxConcurrent: number;
  /** Characters of query text. */
  maxQueryLength: number;
  /** Brackets, CASE and CALL { } inside each other; deeper text overflows Neo4j's parser stack. */
  maxNesting: number;
}

/**
 * 5,000 characters: a 2,000-term sum (4,000 characters) plans in 1 s, a 6,000-term one held a
 * parser thread for minutes; the example queries are under 500 characters.
 */
export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = { timeoutMs: 10_000, maxRows: 5_000, maxBytes: 5_000_000, maxConcurrent: 4, maxQueryLength: 5_000, maxNesting: 24 };

/** Read-only procedures that reveal nothing of the server beyond the graph's own schema. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);
/**
 * The plan operators a console query may use: reading, joining, projecting, sorting, aggregating,
 * and the SHOW commands about the graph's schema. Anything else (writes, LOAD CSV, SHOW or TERMINATE
 * TRANSACTIONS, SHOW SETTINGS, users, databases, servers, operators a later Neo4j adds) is refused:
 * Neo4j calls some admin commands read-only, and its READ access mode does not stop them. Operators
 * are named without their "(All)"/"(Into)" variant.
 */
const READ_OPERATORS = new Set([
  'ProduceResults',
  'EmptyResult',
  'Argument',
  'ArgumentTracker',
  'Input',
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'MultiNodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Trail',
  'Repeat',
  'NullifyMetadata',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'AssertSameNode',
  'AssertSameRelationship',
  'Filter',
  'Projection',
  'CacheProperties',
  'Unwind',
  'PartitionedUnwind',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'EagerAggregation',
  'OrderedAggregation',
  'Distinct',
  'OrderedDistinct',
  'Eager',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'Optional',
  'Anti',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'ProcedureCall',
  'ShowIndexes',
  'ShowConstraints',
  'ShowFunctions',
  'ShowProcedures',
]);
const PLAN_PREFIX = 'EXPLAIN\n';
/** Parameters nested deeper than this overflow the driver's encoder; no query needs them. */
const MAX_PARAM_NESTING = 32;
/** Rows are pulled from Neo4j this many at a time, so reading stops soon after the byte cap. */
const FETCH_SIZE = 100;

/** Why the console did not answer; the server chooses the HTTP status of each. */
export type ConsoleRefusal = 'invalid' | 'refused' | 'timed-out' | 'busy';

/** Why the console did not answer: the reason (the server maps it to an HTTP status) and the body to send. */
export class ConsoleError extends Error {
  constructor(
    readonly reason: ConsoleRefusal,
    readonly body: CypherError,
  ) {
    super(body.error);
  }
}

/** Runs users' Cypher read-only and bounded, as described at the top of this file. */
export class CypherConsole {
  private running = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly limits: ConsoleLimits = DEFAULT_CONSOLE_LIMITS,
  ) {}

  /**
   * Checks, plans and runs one query with its parameters. Throws ConsoleError when the query is invalid,
   * refused or too slow, or all slots are busy; Neo4jUnavailable when the database cannot be reached.
   */
  async run(query: string, params: Record<string, unknown> = {}): Promise<CypherResponse> {
    this.refuseUnboundedText(query, params);
    if (this.running >= this.limits.maxConcurrent)
      throw new ConsoleError('busy', { error: `${this.limits.maxConcurrent} console queries are already running; try again when one finishes.` });
    this.running++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
    const tag = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(this.timedOut());
        void this.terminate(tag);
      }, this.limits.timeoutMs);
    });
    try {
      return await Promise.race([this.planAndRun(session, tag, query, params), deadline]);
    } finally {
      clearTimeout(timer);
      this.running--;
      // After the deadline the session may still wait on Neo4j; the slot is free regardless.
      void session.close().catch(() => undefined);
    }
  }

  /** Refuses, before Neo4j sees it, text whose parsing or planning alone could hold the server. */
  private refuseUnboundedText(query: string, params: Record<string, unknown>): void {
    if (typeof query !== 'string' || !query.trim()) throw new ConsoleError('invalid', { error: 'The query is empty.' });
    if (query.length > this.limits.maxQueryLength) throw new ConsoleError('invalid', { error: `The query is longer than ${this.limits.maxQueryLength} characters.` });
    const nesting = nestingDepth(query);
    if (nesting > this.limits.maxNesting)
      throw new ConsoleError('invalid', { error: `The query nests brackets, CASE or CALL { } ${nesting} deep; the console allows ${this.limits.maxNesting}.` });
    if (valueDepth(params, MAX_PARAM_NESTING) > MAX_PARAM_NESTING) throw new ConsoleError('invalid', { error: `The parameters are nested more than ${MAX_PARAM_NESTING} deep.` });
    if (/^\s*(EXPLAIN|PROFILE)\b/i.test(stripComments(query)))
      throw new ConsoleError('invalid', { error: 'Run the query itself: the console plans every query before running it.' });
  }

  private async planAndRun(session: Session, tag: string, query: string, params: Record<string, unknown>): Promise<CypherResponse> {
    // Explicit transactions, not executeRead: a transient error (memory) must not be retried.
    const config = { timeout: this.limits.timeoutMs, metadata: { app: 'entente-console', tag } };
    const plan = await this.inReadTransaction(session, config, PLAN_PREFIX.length, async (tx) => (await tx.run(PLAN_PREFIX + query, params)).summary);
    refuseUnlessReadOnly(plan);
    const started = performance.now();
    const graph = new MeasuredGraph();
    let truncated = false;
    let rowBytes = 0;
    const overCap = () => rowBytes + graph.bytes > this.limits.maxBytes;
    const { columns, rows } = await this.inReadTransaction(session, config, 0, async (tx) => {
      const result = tx.run(query, params);
      const keys = await result.keys();
      const out: ReturnType<GraphCollector['toJson']>[][] = [];
      for await (const record of result) {
        if (out.length >= this.limits.maxRows) {
          truncated = true;
          break;
        }
        const row = keys.map((k) => graph.toJson(record.get(k)));
        rowBytes += jsonBytes(row);
        if (overCap()) {
          truncated = true;
          break;
        }
        out.push(row);
      }
      return { columns: keys as string[], rows: out };
    });
    if (!truncated) await this.inReadTransaction(session, config, 0, (tx) => addEndpoints(tx, graph, () => (truncated ||= overCap())));
    return {
      columns,
      rows,
      graph: { nodes: [...graph.nodes.values()], edges: [...graph.relationships.values()] },
      summary: { ms: Math.round(performance.now() - started), rows: rows.length, truncated, queryType: 'r' },
    };
  }

  /** Runs `work` in a read transaction that is always rolled back: reading needs no commit, and a break leaves the stream unread. */
  private async inReadTransaction<T>(
    session: Session,
    config: { timeout: number; metadata: Record<string, string> },
    prefixLength: number,
    work: (tx: ReturnType<Session['beginTransaction']>) => Promise<T>,
  ): Promise<T> {
    const tx = session.beginTransaction(config);
    try {
      return await work(tx);
    } catch (error) {
      throw this.translate(error, prefixLength);
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  }

  /** The admin path: the server, not the console, ends the console transaction tagged `tag` in Neo4j. */
  private async terminate(tag: string): Promise<void> {
    try {
      const { records } = await this.driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.tag = $tag RETURN transactionId',
        { tag },
        { database: this.database },
      );
      const ids = records.map((r) => r.get('transactionId') as string);
      if (ids.length > 0) await this.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: this.database });
    } catch (error) {
      console.error(`entente console: could not terminate a console transaction past its deadline: ${(error as Error).message}`);
    }
  }

  private timedOut(code?: string): ConsoleError {
    return new ConsoleError('timed-out', { error: `The query ran longer than ${this.limits.timeoutMs / 1000} s and was stopped.`, ...(code ? { code } : {}) });
  }

  /** The graph's labels, relationship types and property keys, each sorted, for the console's completions. */
  async schema(): Promise<CypherSchema> {
    const { records } = await this.driver.executeQuery(
      `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
       CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
       CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
       RETURN labels, relationshipTypes, propertyKeys`,
      {},
      { database: this.database, routing: 'READ' },
    );
    const r = records[0]!;
    const sorted = (key: string) => [...(r.get(key) as string[])].sort();
    return { labels: sorted('labels'), relationshipTypes: sorted('relationshipTypes'), propertyKeys: sorted('propertyKeys') };
  }

  private translate(error: unknown, prefixLength: number): Error {
    if (error instanceof ConsoleError) return error;
    const unreachable = storeError(error);
    if (unreachable instanceof Neo4jUnavailable || !(error instanceof Neo4jError)) return unreachable as Error;
    const code = error.code;
    if (/TransactionTimedOut|Terminated/.test(code)) return this.timedOut(code);
    if (/MemoryPoolOutOfMemory|OutOfMemory/.test(code)) {
      return new ConsoleError('invalid', { error: `The query needs more memory than Neo4j allows one transaction: ${firstLine(error.message)}`, code });
    }
    if (/StackOverflow/.test(`${code} ${error.message}`)) {
      return new ConsoleError('invalid', { error: 'The query is nested too deeply for Neo4j to parse.', code });
    }
    if (/Forbidden|AccessMode|WriteOnReadOnlyAccess/.test(code)) {
      return new ConsoleError('refused', { error: `The console is read-only: ${firstLine(error.message)}`, code });
    }
    if (code.startsWith('Neo.ClientError')) {
      const position = syntaxPosition(error.message, prefixLength);
      return new ConsoleError('invalid', { error: cleanMessage(error.message, prefixLength > 0), code, ...(position ? { position } : {}) });
    }
    return error;
  }
}

/** A graph collector that counts the bytes of the JSON its entities add to the answer. */
class MeasuredGraph extends GraphCollector {
  bytes = 0;

  override node(n: Node): ReturnType<GraphCollector['node']> {
    const known = this.nodes.has(n.elementId);
    const json = super.node(n);
    if (!known) this.bytes += jsonBytes(json);
    return json;
  }

  override relationship(r: Relationship): ReturnType<GraphCollector['relationship']> {
    const known = this.relationships.has(r.elementId);
    const json = super.relationship(r);
    if (!known) this.bytes += jsonBytes(json);
    return json;
  }
}

/** Relationships are drawn between nodes: fetch the end nodes the query did not return, until the byte cap. */
async function addEndpoints(tx: ReturnType<Session['beginTransaction']>, graph: MeasuredGraph, overCap: () => boolean): Promise<void> {
  const missing = [...new Set([...graph.relationships.values()].flatMap((r) => [r.start, r.end]))].filter((id) => !graph.nodes.has(id)).slice(0, 5000);
  if (missing.length === 0) return;
  const result = tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
  for await (const record of result) {
    graph.node(record.get('n'));
    if (overCap()) break;
  }
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function refuseUnlessReadOnly(plan: ResultSummary): void {
  if (plan.queryType !== 'r') {
    const what = plan.queryType === 's' ? 'is a schema or server command' : 'writes to the graph';
    throw new ConsoleError('refused', { error: `Refused: the query ${what}. The console only runs read-only queries.` });
  }
  const operators: { type: string; details: string }[] = [];
  const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push({ type: p.operatorType.split('@')[0]!.replace(/\(.*\)$/, ''), details: String(p.arguments.Details ?? '') });
    for (const child of p.children) walk(child as typeof p);
  };
  if (plan.plan) walk(plan.plan as unknown as Parameters<typeof walk>[0]);
  for (const op of operators) {
    if (op.type === 'LoadCSV') throw new ConsoleError('refused', { error: 'Refused: LOAD CSV reads files or URLs, which the console does not allow.' });
    if (op.type.startsWith('Show') && !READ_OPERATORS.has(op.type))
      throw new ConsoleError('refused', { error: `Refused: ${op.type.replace(/^Show/, 'SHOW ').toUpperCase()} is about the server, not the graph.` });
    if (!READ_OPERATORS.has(op.type)) throw new ConsoleError('refused', { error: `Refused: the plan uses ${op.type}, which is not among the read operators the console allows.` });
    if (op.type === 'ProcedureCall') {
      const name = /^([\w.]+)\(/.exec(op.details)?.[1] ?? op.details;
      if (!ALLOWED_PROCEDURES.has(name))
        throw new ConsoleError('refused', { error: `Refused: the procedure ${name} is not available in the console (allowed: ${[...ALLOWED_PROCEDURES].join(', ')}).` });
    }
  }
}

/** Neo4j reports "(line 2, column 10 (offset: 17))" for the planned text; map it back to the user's query. */
function syntaxPosition(message: string, prefixLength: number): CypherError['position'] | undefined {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) return undefined;
  const shift = prefixLength > 0 ? 1 : 0;
  return { line: Number(match[1]) - shift, column: Number(match[2]), offset: Math.max(0, Number(match[3]) - prefixLength) };
}

function cleanMessage(message: string, planned: boolean): string {
  const text = firstLine(message);
  if (!planned) return text;
  return text.replace(
    /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
    (_m, line, column, offset) => `(line ${Number(line) - 1}, column ${column} (offset: ${Math.max(0, Number(offset) - PLAN_PREFIX.length)}))`,
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function stripComments(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * How deep brackets, CASE … END and CALL { } nest in the query text, outside strings, quoted names
 * and comments. Only an upper bound for Neo4j's parser, which recurses once per level.
 */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const open = () => (deepest = Math.max(deepest, ++depth));
  while (i < query.length) {
    const c = query[i]!;
    if (c === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < query.length && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      i++;
    } else if ('([{'.includes(c)) {
      open();
      i++;
    } else if (')]}'.includes(c)) {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      WORD.lastIndex = i;
      const word = WORD.exec(query)![0];
      // CALL's own level is its brace; CASE has no bracket, so the keyword pair counts as one.
      if (/^case$/i.test(word)) open();
      else if (/^end$/i.test(word)) depth = Math.max(0, depth - 1);
      i += word.length;
    } else i++;
  }
  return deepest;
}

/** How deep arrays and objects nest in a parameter value, counting no further than `limit` + 1. */
function valueDepth(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit < 0) return 1;
  let deepest = 0;
  for (const v of Object.values(value)) deepest = Math.max(deepest, valueDepth(v, limit - 1));
  return deepest + 1;
}
