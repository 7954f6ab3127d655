import { InMemoryKeyValueStore } from './in-memory-key-value.store';

describe('InMemoryKeyValueStore', () => {
  let now = 0;
  const store = () => new InMemoryKeyValueStore({ maxKeys: 3, now: () => now });
  beforeEach(() => (now = 1_000));

  it('forgets a value after its ttl', async () => {
    const s = store();
    await s.set('a', '1', 100);
    expect(await s.get('a')).toBe('1');
    now += 100;
    expect(await s.get('a')).toBeUndefined();
  });

  it('setIfAbsent claims a key once until it expires', async () => {
    const s = store();
    expect(await s.setIfAbsent('msg', 'x', 50)).toBe(true);
    expect(await s.setIfAbsent('msg', 'y', 50)).toBe(false);
    expect(await s.get('msg')).toBe('x');
    now += 50;
    expect(await s.setIfAbsent('msg', 'z', 50)).toBe(true);
  });

  it('counts within a fixed window and starts a new one after it', async () => {
    const s = store();
    expect(await s.increment('ip', 1_000)).toEqual({ count: 1, ttlMs: 1_000 });
    now += 400;
    expect(await s.increment('ip', 1_000)).toEqual({ count: 2, ttlMs: 600 });
    now += 600;
    expect(await s.increment('ip', 1_000)).toEqual({ count: 1, ttlMs: 1_000 });
  });

  it('stays bounded, dropping the least recently written key', async () => {
    const s = store();
    for (const k of ['a', 'b', 'c', 'd']) await s.set(k, k, 10_000);
    expect(s.size).toBe(3);
    expect(await s.get('a')).toBeUndefined();
    expect(await s.get('d')).toBe('d');
    await s.delete('d');
    expect(await s.get('d')).toBeUndefined();
  });
});
