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
