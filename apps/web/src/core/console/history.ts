/** The queries the console ran, newest first, kept in the browser across reloads. */

export interface HistoryEntry {
  query: string;
  /** The parameters as the user wrote them (JSON text). */
  params: string;
  /** ISO timestamp of the last run. */
  ranAt: string;
}

const STORAGE_KEY = 'entente.cypher-history.v1';
const HISTORY_LIMIT = 50;

function isEntry(value: unknown): value is HistoryEntry {
  const entry = value as Partial<HistoryEntry> | null;
  return typeof entry?.query === 'string' && typeof entry.params === 'string' && typeof entry.ranAt === 'string';
}

export function loadHistory(): HistoryEntry[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** A query run again moves to the top instead of appearing twice. */
export function withRun(history: readonly HistoryEntry[], run: HistoryEntry): HistoryEntry[] {
  const others = history.filter((entry) => entry.query !== run.query || entry.params !== run.params);
  return [run, ...others].slice(0, HISTORY_LIMIT);
}

export function saveHistory(history: readonly HistoryEntry[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled: the history lasts for this page only.
  }
}
