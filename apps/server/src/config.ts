/**
 * The server's settings, read once from the environment and validated: every default lives here, and
 * a value that does not parse stops the start with a message naming its variable (ENTENTE_RESPONSE_CACHE_MB=abc
 * used to become NaN silently).
 */
import { configFromEnv, DEFAULT_CONSOLE_LIMITS, type Neo4jConfig } from '@entente/store';

export interface ServerConfig {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Seconds a console query may run, and rows it returns at most. */
  console: { timeoutMs: number; maxRows: number };
  /** Memory for answers kept until the graph changes; 0 keeps none. */
  responseCacheMB: number;
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

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: numberFrom(env, 'PORT'),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j: configFromEnv(env),
    console: { timeoutMs: numberFrom(env, 'ENTENTE_CONSOLE_TIMEOUT') * 1000, maxRows: numberFrom(env, 'ENTENTE_CONSOLE_MAX_ROWS') },
    responseCacheMB: numberFrom(env, 'ENTENTE_RESPONSE_CACHE_MB'),
  };
}
