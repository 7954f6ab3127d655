import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { KeyValueStore } from '../../common/state/key-value.store';
import { WeChatReplayGuard } from './wechat-replay-guard';

const NOW_S = 1_700_000_000;

describe('WeChatReplayGuard', () => {
  let now = NOW_S * 1000;
  const store = () => new InMemoryKeyValueStore({ maxKeys: 100, now: () => now });
  const signed = (timestamp = NOW_S, nonce = '42') => ({ timestamp: String(timestamp), nonce, signature: `sig-${timestamp}-${nonce}` });
  beforeEach(() => (now = NOW_S * 1000));

  it('admits a signed query once per content: the same content again is a retry, another content a replay', async () => {
    const guard = new WeChatReplayGuard(store(), { maxSkewSeconds: 300, now: () => now });
    expect(await guard.admit(signed(), 'POST\n<xml>a</xml>')).toBe(true);
    expect(await guard.admit(signed(), 'POST\n<xml>a</xml>')).toBe(true);
    expect(await guard.admit(signed(), 'POST\n<xml>b</xml>')).toBe(false);
    expect(await guard.admit(signed(NOW_S, '43'), 'POST\n<xml>b</xml>')).toBe(true);
  });

  it('remembers a query until its timestamp leaves the window, and no longer', async () => {
    const guard = new WeChatReplayGuard(store(), { maxSkewSeconds: 300, now: () => now });
    // Signed 100 s ago: acceptable for 200 s more.
    expect(await guard.admit(signed(NOW_S - 100), 'a')).toBe(true);
    now += 200_000;
    expect(await guard.admit(signed(NOW_S - 100), 'b')).toBe(false);
    now += 1_001;
    expect(await guard.admit(signed(NOW_S - 100), 'b')).toBe(true);
  });

  it('with the timestamp check off (0) still remembers for five minutes', async () => {
    const guard = new WeChatReplayGuard(store(), { maxSkewSeconds: 0, now: () => now });
    expect(await guard.admit(signed(1_409_735_669), 'a')).toBe(true);
    now += 299_000;
    expect(await guard.admit(signed(1_409_735_669), 'b')).toBe(false);
    now += 1_001;
    expect(await guard.admit(signed(1_409_735_669), 'b')).toBe(true);
  });

  it('treats a signature written in capitals as the same signature', async () => {
    const guard = new WeChatReplayGuard(store(), { maxSkewSeconds: 300, now: () => now });
    const query = { ...signed(), signature: 'abcdef0123' };
    expect(await guard.admit(query, 'a')).toBe(true);
    expect(await guard.admit({ ...query, signature: 'ABCDEF0123' }, 'b')).toBe(false);
  });

  it('keeps neither the query nor the content in the store, only digests', async () => {
    const kv = store();
    const setIfAbsent = jest.spyOn(kv, 'setIfAbsent');
    await new WeChatReplayGuard(kv, { maxSkewSeconds: 300, now: () => now }).admit(signed(NOW_S, 'nonce-xyz'), '<xml>我的问题</xml>');
    const [key, value] = setIfAbsent.mock.calls[0];
    expect(key).toMatch(/^wechat:sig:[0-9a-f]{64}$/);
    expect(value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('admits when its store fails, rather than refusing WeChat', async () => {
    class Broken extends InMemoryKeyValueStore {
      override async setIfAbsent(): Promise<boolean> {
        throw new Error('down');
      }
    }
    const guard = new WeChatReplayGuard(new Broken({ maxKeys: 1 }) as KeyValueStore, { maxSkewSeconds: 300, now: () => now });
    expect(await guard.admit(signed(), 'a')).toBe(true);
  });
});
