import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { HttpWeChatApi } from './http-wechat-api';
import { WeChatApiError } from './wechat-api.port';
import { FakeWeChatApiServer } from './testing/fake-wechat-api-server';

describe('HttpWeChatApi (against a local fake of the WeChat API)', () => {
  let server: FakeWeChatApiServer;
  let store: InMemoryKeyValueStore;
  let now: number;
  const api = (secret = 'test-secret') =>
    new HttpWeChatApi({ baseUrl: server.baseUrl, appId: 'wx-test-app', appSecret: secret, store });

  beforeEach(async () => {
    server = await new FakeWeChatApiServer().start();
    now = Date.now();
    store = new InMemoryKeyValueStore({ maxKeys: 100, now: () => now });
  });
  afterEach(() => server.stop());

  it('sends a text customer-service message with a token fetched once and then cached', async () => {
    const client = api();
    await client.sendText('openid-1', '答复一');
    await client.sendText('openid-2', '答复二');
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.tokenRequests[0].get('appid')).toBe('wx-test-app');
    expect(server.sent.map((s) => s.body)).toEqual([
      { touser: 'openid-1', msgtype: 'text', text: { content: '答复一' } },
      { touser: 'openid-2', msgtype: 'text', text: { content: '答复二' } },
    ]);
  });

  it('shares the token between instances through the store, and refreshes it before WeChat expires it', async () => {
    await api().sendText('o', 'a');
    await api().sendText('o', 'b');
    expect(server.tokenRequests).toHaveLength(1);
    now += (7200 - 5 * 60) * 1000; // five minutes before expiry
    await api().sendText('o', 'c');
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.sent.map((s) => s.accessToken)).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('fetches a new token once when WeChat says the cached one is invalid (40001) and resends', async () => {
    const client = api();
    await client.sendText('o', 'a');
    server.revokeAllTokens();
    await client.sendText('o', 'b');
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.sent.map((s) => [s.accessToken, s.body.text.content])).toEqual([
      ['token-1', 'a'],
      ['token-2', 'b'],
    ]);
  });

  it('refreshes at most once: a second 42001 is reported, not retried forever', async () => {
    server.sendErrors.push(42001, 42001);
    await expect(api().sendText('o', 'a')).rejects.toMatchObject({ errcode: 42001 });
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.sent).toHaveLength(0);
  });

  it('reports other WeChat errors (45015: outside the 48-hour window) without refreshing', async () => {
    server.sendErrors.push(45015);
    await expect(api().sendText('o', 'a')).rejects.toEqual(expect.any(WeChatApiError));
    expect(server.tokenRequests).toHaveLength(1);
  });

  it('reports a wrong AppSecret', async () => {
    await expect(api('wrong').sendText('o', 'a')).rejects.toMatchObject({ errcode: 40125 });
  });

  it('reports an unreachable server', async () => {
    const client = api();
    await server.stop();
    await expect(client.sendText('o', 'a')).rejects.toThrow(WeChatApiError);
    server = await new FakeWeChatApiServer().start();
  });
});
