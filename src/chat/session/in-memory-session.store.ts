import { SessionStore } from './session-store.port';

export interface InMemorySessionOptions {
  /** Most sessions kept; the least recently used go first. */
  maxSessions: number;
  /** A session unused for this long is forgotten. */
  ttlMs: number;
  now?: () => number;
}

/** A bounded LRU map with idle expiry: memory stays flat however many people chat. */
export class InMemorySessionStore<S> extends SessionStore<S> {
  private readonly entries = new Map<string, { session: S; touchedAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: InMemorySessionOptions) {
    super();
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(id: string): Promise<S | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.touchedAt > this.options.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    // Re-insert to mark as most recently used (Map keeps insertion order).
    this.entries.delete(id);
    entry.touchedAt = this.now();
    this.entries.set(id, entry);
    return entry.session;
  }

  async set(id: string, session: S): Promise<void> {
    this.entries.delete(id);
    this.entries.set(id, { session, touchedAt: this.now() });
    while (this.entries.size > this.options.maxSessions) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  async delete(id: string): Promise<void> {
    this.entries.delete(id);
  }
}
