import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptConfigFromEnv } from '../../scripts/config.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the scripts configuration', () => {
  it('has its defaults in one place', () => {
    const config = scriptConfigFromEnv({ HOME: '/home/analyst' });
    expect(config).toMatchObject({
      remoteNeo4jUri: null,
      chromiumPath: '/usr/bin/chromium',
      testBoltPort: 7688,
      benchBoltPort: 7689,
      benchHeap: '2g',
      cache: '/home/analyst/.cache/entente',
    });
  });

  it('treats a Neo4j on this machine as local and any other as the user’s own', () => {
    expect(scriptConfigFromEnv({ NEO4J_URI: 'bolt://localhost:7687' }).remoteNeo4jUri).toBeNull();
    expect(scriptConfigFromEnv({ NEO4J_URI: 'neo4j://127.0.0.1' }).remoteNeo4jUri).toBeNull();
    expect(scriptConfigFromEnv({ NEO4J_URI: 'neo4j+s://graph.example.org' }).remoteNeo4jUri).toBe('neo4j+s://graph.example.org');
  });

  it('keeps its cache where scripts/neo4j keeps its own', () => {
    expect(scriptConfigFromEnv({ XDG_CACHE_HOME: '/var/cache' }).cache).toBe('/var/cache/entente');
    expect(scriptConfigFromEnv({ ENTENTE_CACHE: '/tmp/e' }).cache).toBe('/tmp/e');
  });

  it.each([
    ['ENTENTE_TEST_BOLT_PORT', 'abc'],
    ['ENTENTE_BENCH_BOLT_PORT', '0'],
    ['ENTENTE_BENCH_BOLT_PORT', '7689.5'],
    ['NEO4J_HEAP', 'lots'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => scriptConfigFromEnv({ [name]: value })).toThrow(new RegExp(`^${name}=`));
  });

  it('stops npm test before it starts anything, with the variable named', () => {
    const run = spawnSync(process.execPath, ['scripts/test.mjs', 'unit'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ENTENTE_TEST_BOLT_PORT: 'seven' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^entente: ENTENTE_TEST_BOLT_PORT=seven is not valid/);
    expect(run.stdout).toBe('');
  });
});
