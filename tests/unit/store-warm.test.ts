/**
 * Warming the store after a Neo4j restart, when some reads fail at once and others only later: warm()
 * fails, and no read is left to fail on its own (an unhandled rejection stops a Node server).
 */
import type { Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreReader } from '@entente/store';

const SLOW_READ_MS = 50;

/** Queries (search, actor, timeline) fail at once; transactions (the network) fail a little later, as a slow Neo4j's do. */
const halfDownDriver = {
  executeQuery: () => Promise.reject(new Error('Connection refused: ServiceUnavailable')),
  session: () => ({
    executeRead: () => new Promise((_resolve, reject) => setTimeout(() => reject(new Error('the transaction timed out')), SLOW_READ_MS)),
    close: async () => {},
  }),
} as unknown as Driver;

describe('StoreReader.warm', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('fails as a whole, leaving no read to reject unhandled after it', async () => {
    process.on('unhandledRejection', record);
    await expect(new StoreReader(halfDownDriver, 'neo4j').warm()).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 3 * SLOW_READ_MS));
    expect(unhandled).toEqual([]);
  });
});
