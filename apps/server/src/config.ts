/**
 * The server's settings, read once from the environment and validated: every default lives here, and
 * a value that does not parse stops the start with a message naming its variable (ENTENTE_RESPONSE_CACHE_MB=abc
 * used to become NaN silently).
 */
import { hostname } from 'node:os';
import { configFromEnv, DEFAULT_CONSOLE_LIMITS, DEFAULT_READ_TIMEOUT_MS, type Neo4jConfig } from '@entente/store';

export interface ServerConfig {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Seconds a console query may run, and rows it returns at most. */
  console: { timeoutMs: number; maxRows: number };
  /** Memory for answers kept until the graph changes; 0 keeps none. */
  responseCacheMB: number;
  /** Milliseconds an explorer read may run before Neo4j stops it. */
  readTimeoutMs: number;
  /** Host names the server answers for (the Host header); others get 403. */
  allowedHosts: string[];
  /** The token curation requires (ENTENTE_EDITOR_TOKEN); without one, curation is open on loopback and off elsewhere. */
  editorToken: string | null;
}

export class ConfigError extends Error {}

interface NumberRule {
  fallback: number;
  min: number;
  max: number;
  integer: boolean;
}

const NUMBERS = {
  PORT: { fallback: 8080, min: 0, max: 65_535, integer: true },
  // The console's defaults are the store's, which guards the console however it is called.
  ENTENTE_CONSOLE_TIMEOUT: { fallback: DEFAULT_CONSOLE_LIMITS.timeoutMs / 1000, min: 0.1, max: 3_600, integer: false },
  ENTENTE_CONSOLE_MAX_ROWS: { fallback: DEFAULT_CONSOLE_LIMITS.maxRows, min: 1, max: 1_000_000, integer: true },
  ENTENTE_RESPONSE_CACHE_MB: { fallback: 256, min: 0, max: 65_536, integer: false },
  ENTENTE_READ_TIMEOUT: { fallback: DEFAULT_READ_TIMEOUT_MS / 1000, min: 0.1, max: 3_600, integer: false },
} satisfies Record<string, NumberRule>;

function numberFrom(env: NodeJS.ProcessEnv, name: keyof typeof NUMBERS): number {
  const rule: NumberRule = NUMBERS[name];
  const written = env[name]?.trim();
  if (!written) return rule.fallback;
  const value = Number(written);
  if (!Number.isFinite(value) || (rule.integer && !Number.isInteger(value)) || value < rule.min || value > rule.max) {
    throw new ConfigError(`${name}=${written} is not valid: expected ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max} (default ${rule.fallback})`);
  }
  return value;
}

/** Names of this machine that a browser on it may use; a server listening on every address adds its host name. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const ALL_ADDRESSES = new Set(['0.0.0.0', '::', '']);

function allowedHostsFrom(env: NodeJS.ProcessEnv, host: string): string[] {
  const written = env.ENTENTE_ALLOWED_HOSTS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (written && written.length > 0) {
    const wrong = written.find((name) => !/^[\p{L}\p{N}.:_-]+$/u.test(name));
    if (wrong) throw new ConfigError(`ENTENTE_ALLOWED_HOSTS: "${wrong}" is not a host name (list names separated by commas, without ports)`);
    return [...LOOPBACK_NAMES, ...written];
  }
  return [...LOOPBACK_NAMES, ...(ALL_ADDRESSES.has(host) ? [hostname()] : [host])];
}

/** Long enough that it cannot be guessed over the network, and free of spaces that a header would lose. */
function editorTokenFrom(env: NodeJS.ProcessEnv): string | null {
  const token = env.ENTENTE_EDITOR_TOKEN;
  if (token === undefined || token === '') return null;
  if (!/^[\x21-\x7e]{16,}$/.test(token)) throw new ConfigError('ENTENTE_EDITOR_TOKEN must be at least 16 printable characters without spaces (e.g. `openssl rand -hex 16`)');
  return token;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port: numberFrom(env, 'PORT'),
    host,
    neo4j: configFromEnv(env),
    console: { timeoutMs: numberFrom(env, 'ENTENTE_CONSOLE_TIMEOUT') * 1000, maxRows: numberFrom(env, 'ENTENTE_CONSOLE_MAX_ROWS') },
    responseCacheMB: numberFrom(env, 'ENTENTE_RESPONSE_CACHE_MB'),
    readTimeoutMs: numberFrom(env, 'ENTENTE_READ_TIMEOUT') * 1000,
    allowedHosts: allowedHostsFrom(env, host),
    editorToken: editorTokenFrom(env),
  };
}
