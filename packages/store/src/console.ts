/**
 * The Cypher console: users' own queries, run so that they can neither change the graph nor reach
 * the server. Every query is first planned (EXPLAIN) and refused unless Neo4j calls it read-only and
 * it loads no files and calls only the harmless procedures below; then it runs in a read transaction
 * with a timeout, and its result is cut at a row and a size limit.
 */
import neo4j, { Neo4jError, type Driver, type ResultSummary } from 'neo4j-driver';
import type { CypherError, CypherResponse, CypherSchema } from '@entente/protocol';
import { GraphCollector } from './values.ts';

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  maxConcurrent: number;
  maxQueryLength: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = { timeoutMs: 10_000, maxRows: 5_000, maxBytes: 5_000_000, maxConcurrent: 4, maxQueryLength: 20_000 };

/** Read-only procedures that reveal nothing of the server beyond the graph's own schema. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.visualization', 'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties', 'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
]);
/** SHOW commands about the graph's schema; the others (users, transactions, settings, servers) are the server's business. */
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);
const PLAN_PREFIX = 'EXPLAIN\n';

export class ConsoleError extends Error {
  constructor(readonly status: 400 | 403 | 408 | 413 | 429, readonly body: CypherError) {
    super(body.error);
  }
}

export class CypherConsole {
  private running = 0;

  constructor(private readonly driver: Driver, private readonly database: string, readonly limits: ConsoleLimits = DEFAULT_CONSOLE_LIMITS) {}

  async run(query: string, params: Record<string, unknown> = {}): Promise<CypherResponse> {
    if (typeof query !== 'string' || !query.trim()) throw new ConsoleError(400, { error: 'The query is empty.' });
    if (query.length > this.limits.maxQueryLength) throw new ConsoleError(400, { error: `The query is longer than ${this.limits.maxQueryLength} characters.` });
    if (/^\s*(EXPLAIN|PROFILE)\b/i.test(stripComments(query))) throw new ConsoleError(400, { error: 'Run the query itself: the console plans every query before running it.' });
    if (this.running >= this.limits.maxConcurrent) throw new ConsoleError(429, { error: `${this.limits.maxConcurrent} console queries are already running; try again when one finishes.` });
    this.running++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const plan = await session.executeRead((tx) => tx.run(PLAN_PREFIX + query, params), { timeout: this.limits.timeoutMs }).then((r) => r.summary).catch((e) => {
        throw this.translate(e, PLAN_PREFIX.length);
      });
      refuseUnlessReadOnly(plan);
      const started = performance.now();
      const graph = new GraphCollector();
      let truncated = false;
      let bytes = 0;
      const { columns, rows } = await session
        .executeRead(
          async (tx) => {
            const result = tx.run(query, params);
            const keys = await result.keys();
            const out: ReturnType<GraphCollector['toJson']>[][] = [];
            for await (const record of result) {
              if (out.length >= this.limits.maxRows) {
                truncated = true;
                break;
              }
              const row = keys.map((k) => graph.toJson(record.get(k)));
              bytes += JSON.stringify(row).length;
              if (bytes > this.limits.maxBytes) {
                truncated = true;
                break;
              }
              out.push(row);
            }
            return { columns: keys as string[], rows: out };
          },
          { timeout: this.limits.timeoutMs },
        )
        .catch((e) => {
          throw this.translate(e, 0);
        });
      await this.addEndpoints(session, graph);
      return {
        columns,
        rows,
        graph: { nodes: [...graph.nodes.values()], edges: [...graph.relationships.values()] },
        summary: { ms: Math.round(performance.now() - started), rows: rows.length, truncated, queryType: 'r' },
      };
    } finally {
      this.running--;
      await session.close();
    }
  }

  /** Relationships are drawn between nodes: fetch the end nodes the query did not return. */
  private async addEndpoints(session: ReturnType<Driver['session']>, graph: GraphCollector): Promise<void> {
    const missing = [...new Set([...graph.relationships.values()].flatMap((r) => [r.start, r.end]))].filter((id) => !graph.nodes.has(id)).slice(0, 5000);
    if (missing.length === 0) return;
    const result = await session.executeRead((tx) => tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing }), { timeout: this.limits.timeoutMs });
    for (const record of result.records) graph.node(record.get('n'));
  }

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
    if (error instanceof ConsoleError || !(error instanceof Neo4jError)) return error as Error;
    const code = error.code;
    if (/TransactionTimedOut|Terminated/.test(code)) {
      return new ConsoleError(408, { error: `The query ran longer than ${this.limits.timeoutMs / 1000} s and was stopped.`, code });
    }
    if (/Forbidden|AccessMode|WriteOnReadOnlyAccess/.test(code)) {
      return new ConsoleError(403, { error: `The console is read-only: ${firstLine(error.message)}`, code });
    }
    if (code.startsWith('Neo.ClientError')) {
      const position = syntaxPosition(error.message, prefixLength);
      return new ConsoleError(400, { error: cleanMessage(error.message, prefixLength > 0), code, ...(position ? { position } : {}) });
    }
    return error;
  }
}

function refuseUnlessReadOnly(plan: ResultSummary): void {
  if (plan.queryType !== 'r') {
    const what = plan.queryType === 's' ? 'is a schema or server command' : 'writes to the graph';
    throw new ConsoleError(403, { error: `Refused: the query ${what}. The console only runs read-only queries.` });
  }
  const operators: { type: string; details: string }[] = [];
  const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push({ type: p.operatorType.split('@')[0]!, details: String(p.arguments.Details ?? '') });
    for (const child of p.children) walk(child as typeof p);
  };
  if (plan.plan) walk(plan.plan as unknown as Parameters<typeof walk>[0]);
  for (const op of operators) {
    if (op.type === 'LoadCSV') throw new ConsoleError(403, { error: 'Refused: LOAD CSV reads files or URLs, which the console does not allow.' });
    if (op.type.startsWith('Show') && !ALLOWED_SHOW.has(op.type)) throw new ConsoleError(403, { error: `Refused: ${op.type.replace(/^Show/, 'SHOW ').toUpperCase()} is about the server, not the graph.` });
    if (op.type === 'ProcedureCall') {
      const name = /^([\w.]+)\(/.exec(op.details)?.[1] ?? op.details;
      if (!ALLOWED_PROCEDURES.has(name)) throw new ConsoleError(403, { error: `Refused: the procedure ${name} is not available in the console (allowed: ${[...ALLOWED_PROCEDURES].join(', ')}).` });
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
  return text.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/, (_m, line, column, offset) => `(line ${Number(line) - 1}, column ${column} (offset: ${Math.max(0, Number(offset) - PLAN_PREFIX.length)}))`);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function stripComments(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
}
