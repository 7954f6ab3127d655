/** Where conversations live between turns. In memory by default; a shared backend comes with scale-out. */
export abstract class SessionStore<S = unknown> {
  abstract get(id: string): Promise<S | undefined>;
  abstract set(id: string, session: S): Promise<void>;
  abstract delete(id: string): Promise<void>;
}
