/**
 * What the store says when Neo4j cannot answer, as types of its own: callers (the server, the CLIs)
 * tell "the database is down" from "this query took too long" without reading driver codes or
 * messages, and choose their own status or exit code.
 */
import { Neo4jError } from 'neo4j-driver';

/** Neo4j is not reachable (stopped, restarting, wrong address or password). */
export class Neo4jUnavailable extends Error {
  constructor(detail: string) {
    super(`the graph database is not reachable (${detail}). Start it with "npm run neo4j start", or set NEO4J_URI/NEO4J_PASSWORD.`);
  }
}

/** A read ran past its time and Neo4j stopped it. */
export class StoreTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the graph database did not answer within ${timeoutMs / 1000} s`);
  }
}

const firstLine = (message: string) => message.split('\n')[0]!;

/** Codes and messages of a driver error that mean the server cannot be reached or went away. */
const UNAVAILABLE = /ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection acquisition timed out|connect|Pool is closed/i;
const TIMED_OUT = /TransactionTimedOut/;

/** The store's error for a driver error, or the error itself when it is something else. */
export function storeError(error: unknown, timeoutMs?: number): unknown {
  if (error instanceof Neo4jUnavailable || error instanceof StoreTimeout) return error;
  if (error instanceof Neo4jError) {
    if (TIMED_OUT.test(error.code) && timeoutMs !== undefined) return new StoreTimeout(timeoutMs);
    if (error.code === 'Neo.ClientError.Security.Unauthorized') return new Neo4jUnavailable(firstLine(error.message));
    if (UNAVAILABLE.test(`${error.code} ${error.message}`) && !error.code.startsWith('Neo.ClientError.Statement')) return new Neo4jUnavailable(firstLine(error.message));
    return error;
  }
  if (error instanceof Error && UNAVAILABLE.test(`${(error as { code?: string }).code ?? ''} ${error.message}`)) return new Neo4jUnavailable(firstLine(error.message));
  return error;
}
