export { configFromEnv, createDriver, verifyConnection, DRIVER_PROFILES, LOCAL_PASSWORD, type Neo4jConfig } from './connection.ts';
export { Neo4jUnavailable, StoreTimeout, storeError } from './errors.ts';
export { applySchema, schemaStatements } from './schema.ts';
export { ingestPaths, graphCounts, resetGraph, type IngestSummary, type IngestProgress } from './ingest.ts';
export { writeBatch, eventId, DRAWN_MODES, KEPT_PLAN_STATEMENTS } from './write.ts';
export { StoreReader, DEFAULT_READ_TIMEOUT_MS, type NetworkFilter } from './read.ts';
export { CypherConsole, ConsoleError, DEFAULT_CONSOLE_LIMITS, type ConsoleLimits, type ConsoleRefusal } from './console.ts';
export { loadExamples } from './examples.ts';
export { graphVersion, touchGraph } from './version.ts';
