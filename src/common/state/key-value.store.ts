/**
 * Small shared state that must survive across instances once scale-out is configured: WeChat MsgId
 * deduplication, the WeChat access_token, rate-limit counters, sessions. In memory by default; a Redis
 * adapter takes its place when REDIS_URL is set. Values are strings (callers serialise).
 */
export abstract class KeyValueStore {
  abstract get(key: string): Promise<string | undefined>;
  /** Stores the value; it is forgotten after ttlMs. */
  abstract set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Stores the value only if the key is absent; true when this call stored it (an atomic claim). */
  abstract setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  abstract delete(key: string): Promise<void>;
  /** Adds one to a counter that starts a window of ttlMs when created; returns the count and the time left. */
  abstract increment(key: string, ttlMs: number): Promise<{ count: number; ttlMs: number }>;

  /** Where the state lives; `memory` is per process, anything else is shared by every instance. */
  get backend(): 'memory' | 'redis' {
    return 'memory';
  }

  /** True when the backend answers (readiness); a process's own memory always does. */
  async ping(): Promise<boolean> {
    return true;
  }
}
