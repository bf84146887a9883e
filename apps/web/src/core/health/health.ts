import type { HealthResponse } from '@entente/protocol';
import { fetchHealth } from '../api/client.ts';
import { createStore } from '../store.ts';

export type HealthState = { phase: 'unknown' } | { phase: 'reachable'; health: HealthResponse } | { phase: 'unreachable'; message: string };

export const healthStore = createStore<HealthState>({ phase: 'unknown' });

/** Asked when the network comes back empty or fails: it tells "no data" from "server or Neo4j down". */
export async function checkHealth(): Promise<void> {
  try {
    healthStore.set({ phase: 'reachable', health: await fetchHealth() });
  } catch (error) {
    healthStore.set({ phase: 'unreachable', message: error instanceof Error ? error.message : String(error) });
  }
}
