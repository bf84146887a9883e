import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../apps/server/src/cache.ts';

describe('the response cache', () => {
  it('computes once per version and key', async () => {
    const cache = new ResponseCache(1024 * 1024);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await cache.json('v1', 'a', compute)).toEqual({ body: '{"n":1}', hit: false });
    expect(await cache.json('v1', 'a', compute)).toEqual({ body: '{"n":1}', hit: true });
    expect(await cache.json('v2', 'a', compute)).toEqual({ body: '{"n":2}', hit: false });
    expect(await cache.json(null, 'a', compute)).toEqual({ body: '{"n":3}', hit: false });
  });

  it('stays within its memory, letting the least recently used answer go first', async () => {
    // Each answer is 10 characters, kept at two bytes each: three fit in 64 bytes.
    const cache = new ResponseCache(64);
    const answer = (key: string) => async () => key.repeat(8);
    for (const key of ['a', 'b', 'c']) await cache.json('v', key, answer(key));
    expect((await cache.json('v', 'a', answer('a'))).hit).toBe(true);
    await cache.json('v', 'd', answer('d'));
    expect((await cache.json('v', 'b', answer('b'))).hit).toBe(false);
    expect((await cache.json('v', 'a', answer('a'))).hit).toBe(true);
    expect((await cache.json('v', 'x', async () => 'x'.repeat(100))).hit).toBe(false);
    expect((await cache.json('v', 'x', async () => 'x'.repeat(100))).hit).toBe(false);
  });
});
