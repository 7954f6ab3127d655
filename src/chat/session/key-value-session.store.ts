import type { KeyValueStore } from '../../common/state/key-value.store';
import { SessionStore } from './session-store.port';

/**
 * Sessions as JSON in the shared KeyValueStore (Redis when scaled out), so a conversation started on one
 * instance continues on another, and survives an instance being killed. Every turn writes the session
 * back, which renews its expiry: a session expires after `ttlMs` without a turn.
 */
export class KeyValueSessionStore<S> extends SessionStore<S> {
  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlMs: number,
  ) {
    super();
  }

  async get(id: string): Promise<S | undefined> {
    const raw = await this.store.get(key(id));
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as S;
    } catch {
      // A damaged entry is a lost conversation, not a failed request: start afresh.
      return undefined;
    }
  }

  async set(id: string, session: S): Promise<void> {
    await this.store.set(key(id), JSON.stringify(session), this.ttlMs);
  }

  async delete(id: string): Promise<void> {
    await this.store.delete(key(id));
  }
}

function key(id: string): string {
  return `session:${id}`;
}
