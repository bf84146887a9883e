/**
 * Who gets to ask Neo4j, and when to stop asking. Under load or while the database is down, a request
 * that cannot be answered soon is refused at once with 503 and Retry-After, instead of joining a queue
 * thousands deep whose every member times out: the browser retries, the server stays responsive.
 */
import { Neo4jUnavailable } from '@entente/store';

export interface AdmissionLimits {
  /** Requests reading Neo4j at once; more wait in line. */
  maxRunning: number;
  /** Requests waiting in line; more are refused. */
  maxWaiting: number;
  /** How long a request may wait in line before it is refused. */
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: AdmissionLimits = { maxRunning: 16, maxWaiting: 512, maxWaitMs: 2_000 };

/** A request refused without asking Neo4j; `retryAfter` is in seconds. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
  }
}

/** A counting semaphore with a bounded line and a bounded wait. */
export class Gate {
  private running = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];

  constructor(private readonly limits: AdmissionLimits) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.limits.maxRunning) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxWaiting) return Promise.reject(new Refused('The server is busy; try again in a moment.', 1));
    return new Promise((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new Refused('The server is busy; try again in a moment.', 1));
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line, so `running` stays as it is.
    if (next) next.admit();
    else this.running--;
  }
}

/**
 * Whether Neo4j is up, as the last reads found it. Once a read finds it unreachable, requests are
 * refused at once while `probe` is asked every `everyMs`; when it answers, `recover` (warming the
 * driver's pool and Neo4j's plans) runs before traffic is let back in.
 */
export class Availability {
  private down: Neo4jUnavailable | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly recover: () => Promise<void>,
    private readonly everyMs = 1_000,
  ) {}

  /** Why Neo4j is down, or null while it answers. */
  get outage(): Neo4jUnavailable | null {
    return this.down;
  }

  /** Throws at once while Neo4j is known to be down. */
  check(): void {
    if (this.down) throw new Refused(this.down.message, Math.ceil(this.everyMs / 1000) + 1);
  }

  /** Reports a read's error; an unreachable database starts the probing. */
  observe(error: unknown): void {
    if (!(error instanceof Neo4jUnavailable) || this.down) return;
    this.down = error;
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.tryAgain(), this.everyMs);
    this.timer.unref();
  }

  private async tryAgain(): Promise<void> {
    try {
      await this.probe();
      await this.recover().catch(() => undefined);
      this.down = null;
      this.timer = undefined;
    } catch (error) {
      if (error instanceof Neo4jUnavailable) this.down = error;
      this.schedule();
    }
  }
}
