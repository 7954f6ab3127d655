import { Injectable, Logger } from '@nestjs/common';
import { KeyValueStore } from '../../common/state/key-value.store';

/** Login attempts one address may make per window before it must wait (a success starts the count afresh). */
export const CONSOLE_LOGIN_ATTEMPTS = 10;
export const CONSOLE_LOGIN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Guessing the console token: every POST /console/login counts against the client's address (as Express
 * sees it, so TRUST_PROXY applies) in the shared KeyValueStore, so with Redis all instances count together.
 * The count is taken before the token is checked, atomically, so parallel guesses cannot slip past it.
 */
@Injectable()
export class ConsoleLoginLimiter {
  private readonly logger = new Logger('ConsoleLogin');

  constructor(private readonly store: KeyValueStore) {}

  /** Counts one attempt; returns the milliseconds to wait when this address is over its budget, else 0. */
  async attempt(address: string): Promise<number> {
    try {
      const { count, ttlMs } = await this.store.increment(this.key(address), CONSOLE_LOGIN_WINDOW_MS);
      return count > CONSOLE_LOGIN_ATTEMPTS ? Math.max(1000, ttlMs) : 0;
    } catch (e) {
      // The store is down: the token check still protects the console; refusing everyone would not.
      this.logger.warn(`登录计数失败，本次放行：${(e as Error).message}`);
      return 0;
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
