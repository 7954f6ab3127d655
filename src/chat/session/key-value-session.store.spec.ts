import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { KeyValueSessionStore } from './key-value-session.store';

describe('KeyValueSessionStore', () => {
  let now = 0;
  const setup = () => {
    const kv = new InMemoryKeyValueStore({ maxKeys: 10, now: () => now });
    return { kv, sessions: new KeyValueSessionStore<{ n: number; facts: Record<string, unknown> }>(kv, 1_000) };
  };
  beforeEach(() => (now = 0));

  it('round-trips a session as a copy, so later edits need a set to persist', async () => {
    const { sessions } = setup();
    const s = { n: 1, facts: { count: 35 } };
    await sessions.set('a', s);
    const read = await sessions.get('a');
    expect(read).toEqual(s);
    read!.n = 2;
    expect(await sessions.get('a')).toEqual(s);
  });

  it('expires a session a TTL after its last write and renews on write', async () => {
    const { sessions } = setup();
    await sessions.set('a', { n: 1, facts: {} });
    now = 900;
    await sessions.set('a', { n: 2, facts: {} });
    now = 1_800;
    expect(await sessions.get('a')).toEqual({ n: 2, facts: {} });
    now = 1_900;
    expect(await sessions.get('a')).toBeUndefined();
  });

  it('deletes, and treats a damaged entry as no session', async () => {
    const { kv, sessions } = setup();
    await sessions.set('a', { n: 1, facts: {} });
    await sessions.delete('a');
    expect(await sessions.get('a')).toBeUndefined();
    await kv.set('session:b', '{not json', 1_000);
    expect(await sessions.get('b')).toBeUndefined();
  });
});

describe('KeyValueSessionStore per-client cap', () => {
  let now = 0;
  beforeEach(() => (now = 0));
  const fact = (n: number) => ({ n, facts: { count: n } });

  it('one client flooding new sessions evicts only its own oldest, never another client’s', async () => {
    // A store as small as the real one is large, relative to the cap: without the cap the flood evicts the victim.
    const kv = new InMemoryKeyValueStore({ maxKeys: 20, now: () => now });
    const sessions = new KeyValueSessionStore<{ n: number; facts: Record<string, unknown> }>(kv, 1_000, { sessionsPerClient: 3 });
    await sessions.create('victim', fact(35), '203.0.113.7');
    for (let i = 0; i < 100; i++) await sessions.create(`flood-${i}`, fact(i), '198.51.100.9');
    expect(await sessions.get('victim')).toEqual(fact(35));
    // The flooding client keeps its newest three, in order; its older ones are gone.
    expect(await sessions.get('flood-99')).toEqual(fact(99));
    expect(await sessions.get('flood-97')).toEqual(fact(97));
    expect(await sessions.get('flood-96')).toBeUndefined();
    expect(await sessions.get('flood-0')).toBeUndefined();
    expect(kv.size).toBeLessThanOrEqual(1 + 1 + 3 + 1);
  });

  it('counts a session once however often it is created, and parallel starts do not slip past the cap', async () => {
    const kv = new InMemoryKeyValueStore({ maxKeys: 1_000, now: () => now });
    const sessions = new KeyValueSessionStore<{ n: number; facts: Record<string, unknown> }>(kv, 1_000, { sessionsPerClient: 2 });
    await sessions.create('a', fact(1), 'c1');
    await sessions.create('a', fact(1), 'c1');
    await sessions.create('b', fact(2), 'c1');
    expect(await sessions.get('a')).toEqual(fact(1));
    await Promise.all(Array.from({ length: 20 }, (_, i) => sessions.create(`p${i}`, fact(i), 'c2')));
    const alive = (await Promise.all(Array.from({ length: 20 }, (_, i) => sessions.get(`p${i}`)))).filter(Boolean);
    expect(alive).toHaveLength(2);
  });

  it('groups an IPv6 client by its /64 and an IPv4-mapped address with its IPv4 form', async () => {
    const kv = new InMemoryKeyValueStore({ maxKeys: 1_000, now: () => now });
    const sessions = new KeyValueSessionStore<{ n: number; facts: Record<string, unknown> }>(kv, 1_000, { sessionsPerClient: 1 });
    await sessions.create('v6-a', fact(1), '2001:db8:1:2::1');
    await sessions.create('v6-b', fact(2), '2001:0db8:0001:0002:ffff:1:2:3');
    expect(await sessions.get('v6-a')).toBeUndefined();
    await sessions.create('v4-a', fact(3), '::ffff:192.0.2.1');
    await sessions.create('v4-b', fact(4), '192.0.2.1');
    expect(await sessions.get('v4-a')).toBeUndefined();
    expect(await sessions.get('v6-b')).toEqual(fact(2));
    expect(await sessions.get('v4-b')).toEqual(fact(4));
  });

  it('without a client (WeChat: a session per follower) simply stores the session', async () => {
    const kv = new InMemoryKeyValueStore({ maxKeys: 1_000, now: () => now });
    const sessions = new KeyValueSessionStore<{ n: number; facts: Record<string, unknown> }>(kv, 1_000, { sessionsPerClient: 1 });
    await sessions.create('wx-a', fact(1));
    await sessions.create('wx-b', fact(2));
    expect(await sessions.get('wx-a')).toEqual(fact(1));
    expect(kv.size).toBe(2);
  });
});
