import { InMemoryKeyValueStore } from './in-memory-key-value.store';
import { KeyValueStore } from './key-value.store';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  let now = 0;
  const limiter = () => new RateLimiter(new InMemoryKeyValueStore({ maxKeys: 100, now: () => now }));
  beforeEach(() => (now = 0));

  it('allows up to the limit per key and window, then says how long to wait', async () => {
    const rl = limiter();
    for (let i = 1; i <= 3; i++) expect(await rl.consume('wx:openid-a', 3, 60_000)).toMatchObject({ allowed: true, count: i });
    now = 20_000;
    expect(await rl.consume('wx:openid-a', 3, 60_000)).toEqual({ allowed: false, count: 4, limit: 3, retryAfterMs: 40_000 });
    expect((await rl.consume('wx:openid-b', 3, 60_000)).allowed).toBe(true);
    now = 60_000;
    expect((await rl.consume('wx:openid-a', 3, 60_000)).allowed).toBe(true);
  });

  it('assert throws RATE_LIMITED with a Chinese message naming the wait', async () => {
    const rl = limiter();
    await rl.assert('k', 1, 10_000);
    await expect(rl.assert('k', 1, 10_000)).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请 10 秒后再试' });
  });

  it('a limit of 0 means no limit', async () => {
    const rl = limiter();
    for (let i = 0; i < 5; i++) expect((await rl.consume('k', 0)).allowed).toBe(true);
  });

  it('lets requests through when its store fails, rather than refusing everyone', async () => {
    class Broken extends InMemoryKeyValueStore {
      override async increment(): Promise<{ count: number; ttlMs: number }> {
        throw new Error('down');
      }
    }
    const rl = new RateLimiter(new Broken({ maxKeys: 1 }) as KeyValueStore);
    expect(await rl.consume('k', 1)).toMatchObject({ allowed: true });
  });
});
