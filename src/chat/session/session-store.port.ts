/** Where conversations live between turns. In memory by default; a shared backend comes with scale-out. */
export abstract class SessionStore<S = unknown> {
  abstract get(id: string): Promise<S | undefined>;
  abstract set(id: string, session: S): Promise<void>;
  abstract delete(id: string): Promise<void>;
  /**
   * Stores a new session, counted against the client that started it (its address): past the per-client
   * cap that client's oldest sessions are deleted first, so one client can never push out another's.
   * Without a client (the WeChat channel: one session per follower) it is simply stored.
   */
  abstract create(id: string, session: S, client?: string): Promise<void>;
}
