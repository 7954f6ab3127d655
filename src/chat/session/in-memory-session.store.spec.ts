import { InMemorySessionStore } from './in-memory-session.store';

describe('InMemorySessionStore', () => {
  let now = 0;
  const store = () => new InMemorySessionStore<{ n: number }>({ maxSessions: 2, ttlMs: 1000, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('stores, returns and deletes sessions', async () => {
    const s = store();
    await s.set('a', { n: 1 });
    expect(await s.get('a')).toEqual({ n: 1 });
    await s.delete('a');
    expect(await s.get('a')).toBeUndefined();
  });

  it('evicts the least recently used beyond the bound', async () => {
    const s = store();
    await s.set('a', { n: 1 });
    await s.set('b', { n: 2 });
    await s.get('a');
    await s.set('c', { n: 3 });
    expect(await s.get('b')).toBeUndefined();
    expect(await s.get('a')).toEqual({ n: 1 });
    expect(s.size).toBe(2);
  });

  it('forgets a session idle longer than the TTL, and a read keeps it alive', async () => {
    const s = store();
    await s.set('a', { n: 1 });
    await s.set('b', { n: 2 });
    now = 900;
    await s.get('a');
    now = 1500;
    expect(await s.get('a')).toEqual({ n: 1 });
    expect(await s.get('b')).toBeUndefined();
  });
});
