import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { Neo4jUnavailable, StoreTimeout, storeError } from '@entente/store';
import { Availability, Gate, Refused } from '../../apps/server/src/admission.ts';
import { hostName } from '../../apps/server/src/guard.ts';
import { singleValues } from '../../apps/server/src/params.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the gate in front of Neo4j', () => {
  it('runs at most maxRunning at once and hands a slot straight to the next in line', async () => {
    const gate = new Gate({ maxRunning: 2, maxWaiting: 10, maxWaitMs: 5_000 });
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await later(20);
      running--;
    };
    await Promise.all(Array.from({ length: 8 }, () => gate.run(work)));
    expect(most).toBe(2);
  });

  it('refuses at once when the line is full, and after maxWaitMs in line', async () => {
    const gate = new Gate({ maxRunning: 1, maxWaiting: 1, maxWaitMs: 50 });
    const slow = gate.run(() => later(200));
    const waiting = gate.run(async () => 'late');
    const started = Date.now();
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(Refused);
    expect(Date.now() - started).toBeLessThan(20);
    await expect(waiting).rejects.toMatchObject({ retryAfter: 1 });
    await slow;
    // The refused requests left no slot taken.
    expect(await gate.run(async () => 'free')).toBe('free');
  });

  it('frees the slot when the work throws', async () => {
    const gate = new Gate({ maxRunning: 1, maxWaiting: 0, maxWaitMs: 10 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 1)).toBe(1);
  });
});

describe('availability', () => {
  it('refuses while down, probes, warms up and lets traffic back', async () => {
    let up = false;
    let warmed = 0;
    const availability = new Availability(
      async () => {
        if (!up) throw new Neo4jUnavailable('still down');
      },
      async () => void warmed++,
      10,
    );
    availability.check();
    availability.observe(new Error('a query error is not an outage'));
    availability.check();
    availability.observe(new Neo4jUnavailable('ECONNREFUSED'));
    expect(() => availability.check()).toThrow(Refused);
    await later(40);
    expect(() => availability.check()).toThrow(/still down/);
    up = true;
    await later(40);
    expect(() => availability.check()).not.toThrow();
    expect(warmed).toBe(1);
    availability.stop();
  });
});

describe('driver errors as the store says them', () => {
  it.each([
    [new Neo4jError('Could not perform discovery', 'ServiceUnavailable', '', ''), Neo4jUnavailable],
    [new Neo4jError('expired', 'SessionExpired', '', ''), Neo4jUnavailable],
    [new Neo4jError('unauthorised', 'Neo.ClientError.Security.Unauthorized', '', ''), Neo4jUnavailable],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }), Neo4jUnavailable],
    [new Neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''), StoreTimeout],
  ])('%s', (error, kind) => {
    expect(storeError(error, 1_000)).toBeInstanceOf(kind);
  });

  it('leaves query errors alone, even when their message says "connect"', () => {
    const syntax = new Neo4jError('Invalid input: connect', 'Neo.ClientError.Statement.SyntaxError', '', '');
    expect(storeError(syntax)).toBe(syntax);
  });
});

describe('host names of a Host header', () => {
  it.each([
    ['localhost:8080', 'localhost'],
    ['LocalHost', 'localhost'],
    ['[::1]:8080', '::1'],
    ['::1', '::1'],
    ['example.org.', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (header, name) => expect(hostName(header)).toBe(name));
});

describe('query parameters', () => {
  it('joins repeated list parameters and refuses other repeated ones', () => {
    expect(singleValues({ types: ['SANCTIONS', 'MEETS'], q: 'x' })).toEqual({ types: 'SANCTIONS,MEETS', q: 'x' });
    expect(() => singleValues({ q: ['a', 'b'] })).toThrow(/q is given 2 times/);
  });
});
