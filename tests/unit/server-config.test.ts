import { describe, expect, it } from 'vitest';
import { serverConfigFromEnv } from '../../apps/server/src/config.ts';

describe('the server configuration', () => {
  it('has its defaults in one place', () => {
    const config = serverConfigFromEnv({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', console: { timeoutMs: 10_000, maxRows: 5_000 }, responseCacheMB: 256 });
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('reads what is set', () => {
    const config = serverConfigFromEnv({ PORT: '0', HOST: '0.0.0.0', ENTENTE_CONSOLE_TIMEOUT: '2.5', ENTENTE_RESPONSE_CACHE_MB: '0' });
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', console: { timeoutMs: 2_500 }, responseCacheMB: 0 });
  });

  it.each([
    ['ENTENTE_RESPONSE_CACHE_MB', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['ENTENTE_CONSOLE_MAX_ROWS', '-1'],
    ['ENTENTE_CONSOLE_TIMEOUT', 'Infinity'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => serverConfigFromEnv({ [name]: value })).toThrow(new RegExp(`^${name}=`));
  });

  it('answers for loopback names and the host it binds, or for the names listed', () => {
    expect(serverConfigFromEnv({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1', '127.0.0.1']);
    expect(serverConfigFromEnv({ HOST: 'entente.lan' }).allowedHosts).toContain('entente.lan');
    expect(serverConfigFromEnv({ ENTENTE_ALLOWED_HOSTS: 'a.example, b.example' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1', 'a.example', 'b.example']);
    expect(() => serverConfigFromEnv({ ENTENTE_ALLOWED_HOSTS: 'a.example:8080/x' })).toThrow(/^ENTENTE_ALLOWED_HOSTS/);
    expect(serverConfigFromEnv({ ENTENTE_READ_TIMEOUT: '2' }).readTimeoutMs).toBe(2_000);
  });
});
