/**
 * The API answers every request with a status that tells the truth: bad parameters are 400s, an
 * unreachable or silent Neo4j is a fast 503 with Retry-After, every answer carries the security
 * headers, and a Host the server is not configured for is refused (DNS rebinding).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@entente/server';
import { createDriver, type Neo4jConfig } from '@entente/store';
import type { ApiError, HealthResponse } from '@entente/protocol';
import { startTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function get(path: string) {
  const response = await fetch(app.url + path);
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as (ApiError & Record<string, unknown>) | null };
}

/** fetch() will not send a Host header of our choosing; node:http will. */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(base + path, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('search text without a letter or digit', () => {
  it.each(['*', '?', '-', '!', '"', '🙂', '   ', '*:*', '(', '\\', '~', '&&'])('q=%s is a 400, not a Lucene error', async (q) => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(400);
    expect(body!.error).toMatch(/letter or digit|required/);
  });

  it.each(['AND', 'OR', 'NOT', 'a*', 'Kim-Jong', 'كوريا!', 'UN)', 'a"b'])('q=%s with operators or punctuation around words answers 200', async (q) => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(Array.isArray(body!.results)).toBe(true);
  });
});

describe('repeated parameters', () => {
  it('types given twice ask the same as types given as a list', async () => {
    const [repeated, listed] = await Promise.all([get('/api/network?types=SANCTIONS&types=ALLIED_WITH'), get('/api/network?types=SANCTIONS,ALLIED_WITH')]);
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual(listed.body);
  });

  it.each(['/api/search?q=a&q=b', '/api/network?limit=5&limit=6', '/api/evidence?type=SANCTIONS&type=MEETS&source=UN&target=KP', '/api/network?preset=all&preset=sanctions'])(
    '%s is a 400 naming the parameter',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expect(body!.error).toMatch(/given 2 times/);
    },
  );
});

describe('security headers', () => {
  it.each(['/api/network', '/api/health', '/api/nothing-here', '/', '/some/client/route'])('%s carries the CSP and the other headers', async (path) => {
    const response = await fetch(app.url + path);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('the app shell', () => {
  it('gives each page a fresh nonce for the editor styles, in its policy and in a meta element', async () => {
    const nonces = [];
    for (const path of ['/', '/actor/RU']) {
      const response = await fetch(app.url + path);
      const html = await response.text();
      const fromMeta = /<meta name="entente-style-nonce" content="([^"]+)"/.exec(html)?.[1];
      expect(response.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${fromMeta}'`);
      nonces.push(fromMeta);
    }
    expect(new Set(nonces).size).toBe(2);
  });
});

describe('the Host header', () => {
  it.each(['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.1.nip.io'])('Host: %s is refused with 403', async (host) => {
    const { status, body } = await getWithHost(app.url, '/api/network', host);
    expect(status).toBe(403);
    expect(body).toContain('ENTENTE_ALLOWED_HOSTS');
  });

  it.each(['localhost', 'LOCALHOST:1234', '127.0.0.1:9', '[::1]:8080'])('Host: %s is served', async (host) => {
    expect((await getWithHost(app.url, '/api/health', host)).status).toBe(200);
  });
});

describe('when Neo4j cannot answer', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  afterAll(() => {
    sockets.forEach((s) => s.destroy());
    servers.forEach((s) => s.close());
  });

  /** A port that accepts connections and never says a word, like a hung server. */
  async function silentPort(): Promise<number> {
    const server = createServer((socket) => sockets.push(socket));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  }

  /** A port nothing listens on. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it.each([
    ['stopped', closedPort],
    ['hung', silentPort],
  ])('a %s Neo4j: health is a 503 within 5 s, then every read a fast 503 with Retry-After', { timeout: 30_000 }, async (_name, port) => {
    const neo4j: Neo4jConfig = { uri: `bolt://127.0.0.1:${await port()}`, username: 'neo4j', password: 'x', database: 'neo4j' };
    const driver = createDriver(neo4j, 'interactive');
    const down = await buildApp({ driver, neo4j });
    try {
      let started = Date.now();
      const health = await down.inject({ url: '/api/health' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBeDefined();
      const body = health.json<HealthResponse>();
      expect(body.ok).toBe(false);
      expect(body.neo4j.error).toMatch(/not reachable/);

      started = Date.now();
      const answers = await Promise.all(
        ['/api/network', '/api/search?q=Russia', '/api/actors/RU', '/api/timeline', '/api/evidence?type=SANCTIONS&source=UN&target=KP'].map((url) => down.inject({ url })),
      );
      expect(Date.now() - started).toBeLessThan(1_000);
      for (const answer of answers) {
        expect(answer.statusCode).toBe(503);
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
        expect(answer.json<ApiError>().error).toMatch(/not reachable/);
      }
      const cypher = await down.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' } });
      expect(cypher.statusCode).toBe(503);
    } finally {
      await down.close();
      await driver.close();
    }
  });
});
