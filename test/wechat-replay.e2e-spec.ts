import { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { createRootLogger, ROOT_LOGGER } from '../src/observability/logging/root-logger';
import { createApp } from './create-app';
import { newMsgId, readReply, signedQuery, textMessage, TOKEN } from './wechat-kit';

/** Log lines written by the app, parsed. */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createRootLogger('info', stream) };
}

/**
 * Plain mode signs only token, timestamp and nonce, not the body: a signed query seen once (in a log, a
 * proxy) must not carry another body within the timestamp window, while WeChat's own retries go through.
 */
describe('WeChat plain mode: replayed signatures and logged query strings (e2e)', () => {
  let app: INestApplication;
  let chatSpy: jest.SpyInstance;
  const logs = captureLogs();
  beforeAll(async () => {
    app = await createApp({
      env: { WECHAT_TOKEN: TOKEN, RATE_LIMIT_WECHAT_PER_MINUTE: '0' },
      override: (b) => b.overrideProvider(ROOT_LOGGER).useValue(logs.logger),
    });
    chatSpy = jest.spyOn(app.get(ChatService), 'chat');
  });
  afterAll(() => app.close());
  beforeEach(() => chatSpy.mockClear());

  const push = (xml: string, query: Record<string, string>, requestId?: string) => {
    const req = request(app.getHttpServer()).post('/wechat').query(query).set('content-type', 'text/xml');
    return (requestId ? req.set('x-request-id', requestId) : req).send(xml);
  };

  it('refuses a signature already used with another body (403), without reading that body', async () => {
    const query = signedQuery();
    await push(textMessage({ content: '驰名商标有什么规定', from: 'oReplay_1' }), query).expect(200);
    const replay = await push(textMessage({ content: '这个政策有效期多久', from: 'oReplay_attacker' }), query);
    expect(replay.status).toBe(403);
    expect(replay.headers['content-type']).toMatch(/^text\/plain/);
    expect(replay.text).toContain('重放');
    expect(chatSpy).toHaveBeenCalledTimes(1);
  });

  it('lets WeChat retry the same message under the same query: one answer, given twice', async () => {
    const query = signedQuery();
    const xml = textMessage({ content: '驰名商标有什么规定', msgId: newMsgId(), from: 'oReplay_retry' });
    const first = readReply((await push(xml, query).expect(200)).text);
    const retry = readReply((await push(xml, query).expect(200)).text);
    expect(retry.Content).toBe(first.Content);
    expect(first.Content).toContain('第16条');
    expect(chatSpy).toHaveBeenCalledTimes(1);
  });

  it('does not accept the signature of a URL check as the signature of a push', async () => {
    const query = signedQuery();
    await request(app.getHttpServer()).get('/wechat').query({ ...query, echostr: 'echo-1' }).expect(200);
    expect((await request(app.getHttpServer()).get('/wechat').query({ ...query, echostr: 'echo-1' })).text).toBe('echo-1');
    expect((await request(app.getHttpServer()).get('/wechat').query({ ...query, echostr: 'echo-2' })).status).toBe(403);
    expect((await push(textMessage({ content: '你好', from: 'oReplay_get' }), query)).status).toBe(403);
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('logs the path of a push, never its signed query string', async () => {
    const query = signedQuery();
    await push(textMessage({ content: '你好', from: 'oReplay_log' }), query, 'wx-log-1').expect(200);
    const line = logs.lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'wx-log-1');
    expect(line).toMatchObject({ req: { method: 'POST', url: '/wechat' }, res: { statusCode: 200 }, msg: 'POST /wechat → 200' });
    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain(query.signature);
    expect(text).not.toContain(query.nonce);
  });

  it('logs no query string of any route (they may carry questions and personal data)', async () => {
    await request(app.getHttpServer()).get('/').query({ q: '我的手机13812345678，专利质押怎么办' }).set('x-request-id', 'web-log-1');
    const line = logs.lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'web-log-1');
    expect(line).toMatchObject({ req: { method: 'GET', url: '/' }, msg: expect.stringMatching(/^GET \/ → \d{3}$/) });
    expect(JSON.stringify(line)).not.toContain('5678');
    expect(JSON.stringify(line)).not.toContain('质押');
  });
});
