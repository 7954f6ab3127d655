import { KeyValueStore } from './key-value.store';

export interface InMemoryKeyValueOptions {
  /** Most keys kept; the least recently written go first, so memory stays bounded. */
  maxKeys: number;
  now?: () => number;
}

/** One process's KeyValueStore: a bounded map with expiry. */
export class InMemoryKeyValueStore extends KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: InMemoryKeyValueOptions) {
    super();
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.write(key, value, this.now() + ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, this.now() + ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlMs: number): Promise<{ count: number; ttlMs: number }> {
    const entry = this.live(key);
    const expiresAt = entry?.expiresAt ?? this.now() + ttlMs;
    const count = (entry ? Number(entry.value) : 0) + 1;
    this.write(key, String(count), expiresAt);
    return { count, ttlMs: expiresAt - this.now() };
  }

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, value: string, expiresAt: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.options.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
  }
}
