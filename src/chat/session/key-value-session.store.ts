import type { KeyValueStore } from '../../common/state/key-value.store';
import { clientKey } from './client-key';
import { SessionStore } from './session-store.port';

export interface KeyValueSessionOptions {
  /** Most sessions one client address keeps (SESSIONS_PER_CLIENT); past it, that client's oldest go. */
  sessionsPerClient?: number;
}

/** Without a setting (unit tests, tools): the documented default. */
export const DEFAULT_SESSIONS_PER_CLIENT = 50;

/**
 * Sessions as JSON in the shared KeyValueStore (Redis when scaled out), so a conversation started on one
 * instance continues on another, and survives an instance being killed. Every turn writes the session
 * back, which renews its expiry: a session expires after `ttlMs` without a turn.
 *
 * Each client address has a list of the sessions it started, oldest first (`session-client:<address>`).
 * The in-memory store drops its least recently written keys when full, so without that list one address
 * starting sessions in a loop would push everyone else's conversations out.
 */
export class KeyValueSessionStore<S> extends SessionStore<S> {
  private readonly perClient: number;
  /** Starting a session is read-modify-write of the client's list: one at a time per client in this process, so parallel starts cannot slip past the cap. */
  private readonly starting = new Map<string, Promise<void>>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlMs: number,
    options: KeyValueSessionOptions = {},
  ) {
    super();
    this.perClient = Math.max(1, options.sessionsPerClient ?? DEFAULT_SESSIONS_PER_CLIENT);
  }

  async get(id: string): Promise<S | undefined> {
    const raw = await this.store.get(sessionKey(id));
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as S;
    } catch {
      // A damaged entry is a lost conversation, not a failed request: start afresh.
      return undefined;
    }
  }

  async set(id: string, session: S): Promise<void> {
    await this.store.set(sessionKey(id), JSON.stringify(session), this.ttlMs);
  }

  async delete(id: string): Promise<void> {
    await this.store.delete(sessionKey(id));
  }

  async create(id: string, session: S, client?: string): Promise<void> {
    if (client === undefined) return this.set(id, session);
    const key = clientListKey(clientKey(client));
    const previous = this.starting.get(key) ?? Promise.resolve();
    const mine = previous.then(() => this.createCounted(key, id, session));
    // The chain continues past a failure (Redis down for one request), and is forgotten when it runs dry.
    const tail = mine.catch(() => undefined);
    this.starting.set(key, tail);
    void tail.then(() => {
      if (this.starting.get(key) === tail) this.starting.delete(key);
    });
    return mine;
  }

  /**
   * The client's oldest sessions go before the new one is written, so a client at its cap never adds a key.
   * With Redis, two instances starting sessions for one client at the same moment may each miss the
   * other's id; such a session escapes the cap but still expires with its TTL.
   */
  private async createCounted(key: string, id: string, session: S): Promise<void> {
    const ids = readList(await this.store.get(key)).filter((other) => other !== id);
    ids.push(id);
    const evicted = ids.splice(0, Math.max(0, ids.length - this.perClient));
    await Promise.all(evicted.map((old) => this.store.delete(sessionKey(old))));
    await this.store.set(key, JSON.stringify(ids), this.ttlMs);
    await this.set(id, session);
  }
}

function sessionKey(id: string): string {
  return `session:${id}`;
}

function clientListKey(client: string): string {
  return `session-client:${client}`;
}

function readList(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
