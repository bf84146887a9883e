/**
 * Serialised answers kept for as long as the graph's version (see @entente/store's graphVersion) stays
 * the same: the map asks for the same network on every reload and every step back through the
 * filters, and at tens of thousands of edges reading it from Neo4j takes the better part of a second.
 * Bounded in memory; the least recently used answer goes first.
 */
export class ResponseCache {
  private version: string | null | undefined;
  private readonly bodies = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The JSON of `compute()` for `key` under `version`, and whether it was already kept. */
  async json(version: string | null, key: string, compute: () => Promise<unknown>): Promise<{ body: string; hit: boolean }> {
    if (version !== this.version) this.restart(version);
    const kept = this.bodies.get(key);
    if (kept !== undefined) {
      // Re-inserted: a Map iterates in insertion order, so its first entry is the least recently used.
      this.bodies.delete(key);
      this.bodies.set(key, kept);
      return { body: kept, hit: true };
    }
    const body = JSON.stringify(await compute());
    // Another request may have seen a newer version meanwhile; this answer then belongs to none.
    if (version === this.version) this.keep(key, body);
    return { body, hit: false };
  }

  private restart(version: string | null): void {
    this.version = version;
    this.bodies.clear();
    this.bytes = 0;
  }

  private keep(key: string, body: string): void {
    // V8 keeps non-Latin text (Arabic names) at two bytes a character.
    const size = 2 * body.length;
    if (size > this.maxBytes) return;
    this.bodies.set(key, body);
    this.bytes += size;
    for (const [oldest, oldBody] of this.bodies) {
      if (this.bytes <= this.maxBytes) break;
      this.bodies.delete(oldest);
      this.bytes -= 2 * oldBody.length;
    }
  }
}

/**
 * One read shared by everyone who asks while it runs: under load, a request that arrives while the
 * graph's version is being read waits for that answer instead of sending another query.
 */
export class SharedRead<T> {
  private pending: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }
}
