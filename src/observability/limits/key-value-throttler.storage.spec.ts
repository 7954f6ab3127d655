import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { trustProxyValue } from '../http-observability';
import { isChatPath } from './api-throttler.guard';
import { KeyValueThrottlerStorage } from './key-value-throttler.storage';

describe('KeyValueThrottlerStorage', () => {
  it('counts hits in a fixed window and blocks over the limit until the window ends', async () => {
    let now = 0;
    const storage = new KeyValueThrottlerStorage(new InMemoryKeyValueStore({ maxKeys: 10, now: () => now }));
    expect(await storage.increment('chat:1.2.3.4', 60_000, 2)).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    await storage.increment('chat:1.2.3.4', 60_000, 2);
    now = 45_000;
    expect(await storage.increment('chat:1.2.3.4', 60_000, 2)).toEqual({ totalHits: 3, timeToExpire: 15, isBlocked: true, timeToBlockExpire: 15 });
    now = 60_000;
    expect((await storage.increment('chat:1.2.3.4', 60_000, 2)).isBlocked).toBe(false);
  });
});

describe('limits helpers', () => {
  it('knows the chat routes', () => {
    expect(isChatPath('/api/chat')).toBe(true);
    expect(isChatPath('/api/chat/stream')).toBe(true);
    expect(isChatPath('/api/chatter')).toBe(false);
    expect(isChatPath('/api/clauses')).toBe(false);
  });

  it('reads TRUST_PROXY as Express understands it', () => {
    expect(trustProxyValue(undefined)).toBe(false);
    expect(trustProxyValue('1')).toBe(1);
    expect(trustProxyValue('true')).toBe(true);
    expect(trustProxyValue('10.0.0.0/8, 127.0.0.1')).toBe('10.0.0.0/8, 127.0.0.1');
  });
});
