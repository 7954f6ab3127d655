import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { CONSOLE_LOGIN_ATTEMPTS, CONSOLE_LOGIN_WINDOW_MS, ConsoleLoginLimiter } from './console-login-limiter';

describe('ConsoleLoginLimiter', () => {
  let now = 0;
  beforeEach(() => (now = 0));

  it(`allows ${CONSOLE_LOGIN_ATTEMPTS} attempts per address and window, then says how long to wait`, async () => {
    const limiter = new ConsoleLoginLimiter(new InMemoryKeyValueStore({ maxKeys: 100, now: () => now }));
    for (let i = 0; i < CONSOLE_LOGIN_ATTEMPTS; i++) expect(await limiter.attempt('203.0.113.7')).toEqual({ allowed: true });
    now = 60_000;
    expect(await limiter.attempt('203.0.113.7')).toEqual({ allowed: false, waitMs: CONSOLE_LOGIN_WINDOW_MS - 60_000 });
    expect(await limiter.attempt('198.51.100.1')).toEqual({ allowed: true });
  });

  it('fails closed: while the store cannot count, every attempt is refused as unavailable', async () => {
    class Down extends InMemoryKeyValueStore {
      override async increment(): Promise<{ count: number; ttlMs: number }> {
        throw new Error('connection refused');
      }
    }
    const limiter = new ConsoleLoginLimiter(new Down({ maxKeys: 1 }));
    expect(await limiter.attempt('203.0.113.7')).toEqual({ allowed: false, unavailable: true });
  });
});
