import { Injectable, Logger } from '@nestjs/common';
import { KeyValueStore } from '../../common/state/key-value.store';

/** Login attempts one address may make per window before it must wait (a success starts the count afresh). */
export const CONSOLE_LOGIN_ATTEMPTS = 10;
export const CONSOLE_LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type LoginAttempt = { allowed: true } | { allowed: false; waitMs: number } | { allowed: false; unavailable: true };

/**
 * Guessing the console token: every POST /console/login counts against the client's address (as Express
 * sees it, so TRUST_PROXY applies) in the shared KeyValueStore, so with Redis all instances count together
 * and the counts survive a restart; in memory a restart starts them afresh (docs/web-and-console.md).
 * The count is taken before the token is checked, atomically, so parallel guesses cannot slip past it.
 */
@Injectable()
export class ConsoleLoginLimiter {
  private readonly logger = new Logger('ConsoleLogin');

  constructor(private readonly store: KeyValueStore) {}

  /** Counts one attempt: allowed, over this address's budget (wait), or not countable (store down). */
  async attempt(address: string): Promise<LoginAttempt> {
    try {
      const { count, ttlMs } = await this.store.increment(this.key(address), CONSOLE_LOGIN_WINDOW_MS);
      return count > CONSOLE_LOGIN_ATTEMPTS ? { allowed: false, waitMs: Math.max(1000, ttlMs) } : { allowed: true };
    } catch (e) {
      // Fail closed: an attempt that cannot be counted is refused, else an outage of the store would
      // allow unlimited guesses. Scripts with the bearer token do not need the store.
      this.logger.warn(`登录计数失败，本次拒绝：${(e as Error).message}`);
      return { allowed: false, unavailable: true };
    }
  }

  /** A correct token: the failed guesses before it no longer count. */
  async succeeded(address: string): Promise<void> {
    await this.store.delete(this.key(address)).catch(() => undefined);
  }

  private key(address: string): string {
    return `console-login:${address}`;
  }
}
