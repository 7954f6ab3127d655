import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import type { ChatResponse } from '../src/chat/chat.types';
import { FakeWeChatApiServer } from '../src/channels/wechat/testing/fake-wechat-api-server';
import { InMemoryKeyValueStore } from '../src/common/state/in-memory-key-value.store';
import { KeyValueStore } from '../src/common/state/key-value.store';
import { createApp } from './create-app';
import { APP_ID, newMsgId, readReply, signedQuery, textMessage, TOKEN } from './wechat-kit';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A chat whose answers wait until the test releases them: "the LLM is slow", without any timing. */
class GatedChat {
  readonly calls: { message: string; sessionId?: string }[] = [];
  private releases: (() => void)[] = [];

  async chat(request: { message: string; sessionId?: string }): Promise<ChatResponse> {
    this.calls.push(request);
    await new Promise<void>((resolve) => this.releases.push(resolve));
    return {
      sessionId: request.sessionId ?? 's',
      turnId: `t${this.calls.length}`,
      answer: `## 测算结果\n**可获60万元**（问题：${request.message}）`,
      citations: [{ clauseId: 'art.2', label: '第2条 培育高价值发明专利', quote: '…' }],
      calculations: [],
      totalYuan: null,
      needsInfo: [],
      mode: 'openai',
      outcome: 'answered',
    };
  }

  releaseAll(): void {
    this.releases.splice(0).forEach((release) => release());
  }
}

const SECRET = 'test-secret';

describe('WeChat answers that miss the 5-second window (e2e)', () => {
  let server: FakeWeChatApiServer;
  let chat: GatedChat;
  let app: INestApplication;

  beforeAll(async () => {
    server = await new FakeWeChatApiServer(APP_ID, SECRET).start();
    chat = new GatedChat();
    app = await createApp({
      env: {
        WECHAT_TOKEN: TOKEN,
        WECHAT_APP_ID: APP_ID,
        WECHAT_APP_SECRET: SECRET,
        WECHAT_API_BASE_URL: server.baseUrl,
        WECHAT_REPLY_DEADLINE_MS: '150',
      },
      override: (b) => b.overrideProvider(ChatService).useValue(chat),
    });
  });
  afterAll(async () => {
    chat.releaseAll();
    await app.close();
    await server.stop();
  });

  const push = (xml: string) => request(app.getHttpServer()).post('/wechat').query(signedQuery()).set('content-type', 'text/xml').send(xml);

  it('replies success at once, sends the answer later as a customer-service message, once, despite retries', async () => {
    const xml = textMessage({ content: '新增高价值发明专利35件奖励多少', msgId: newMsgId(), from: 'oSlow_1' });
    expect((await push(xml).expect(200)).text).toBe('success');
    expect((await push(xml).expect(200)).text).toBe('success'); // WeChat's retry while the answer is still coming
    expect(chat.calls).toHaveLength(1);

    chat.releaseAll();
    const [sent] = await server.waitForSent(1);
    expect(sent.body.touser).toBe('oSlow_1');
    expect(sent.body.msgtype).toBe('text');
    expect(sent.body.text.content).toContain('可获60万元');
    expect(sent.body.text.content).not.toMatch(/\*\*|##/);
    expect(sent.body.text.content).toContain('第2条');
    expect(sent.body.text.content).toContain('征求意见稿');

    expect((await push(xml).expect(200)).text).toBe('success'); // a late retry: no second answer
    expect(chat.calls).toHaveLength(1);
    expect(server.sent).toHaveLength(1);
    expect(server.tokenRequests).toHaveLength(1);
  });

  it('fetches a new access_token once when WeChat reports the cached one invalid (40001)', async () => {
    server.revokeAllTokens();
    expect((await push(textMessage({ content: '第二个问题', from: 'oSlow_2' })).expect(200)).text).toBe('success');
    chat.releaseAll();
    const sent = await server.waitForSent(2);
    expect(sent[1].body.touser).toBe('oSlow_2');
    expect(sent[1].accessToken).not.toBe(sent[0].accessToken);
    expect(server.tokenRequests).toHaveLength(2);
  });
});

describe('WeChat answers that miss the window, without an AppSecret (e2e)', () => {
  let chat: GatedChat;
  let app: INestApplication;
  beforeAll(async () => {
    chat = new GatedChat();
    app = await createApp({
      env: {
        WECHAT_TOKEN: TOKEN,
        WECHAT_APP_SECRET: undefined,
        WECHAT_REPLY_DEADLINE_MS: '150',
        PUBLIC_BASE_URL: 'https://www.jindong.example.cn/ipzc/',
      },
      override: (b) => b.overrideProvider(ChatService).useValue(chat),
    });
  });
  afterAll(async () => {
    chat.releaseAll();
    await app.close();
  });
  const push = (xml: string) => request(app.getHttpServer()).post('/wechat').query(signedQuery()).set('content-type', 'text/xml').send(xml);
  /** Sends at once (a supertest request otherwise waits until it is awaited). */
  const started = (xml: string) => push(xml).then((res) => res);

  it('tells the follower to ask again instead of going silent; retries get the same text', async () => {
    const xml = textMessage({ content: '一个很难的问题', msgId: newMsgId() });
    const first = readReply((await push(xml).expect(200)).text);
    expect(first.Content).toContain('请稍后再发送一次');
    expect(readReply((await push(xml).expect(200)).text).Content).toBe(first.Content);
    expect(chat.calls).toHaveLength(1);
  });

  it('keeps the late answer for a few minutes: the resend (a new MsgId) gets it at once, not computed again', async () => {
    const asked = chat.calls.length;
    const question = '专利权质押贷款的贴息怎么算？';
    const first = readReply((await push(textMessage({ content: question, from: 'oResend_1' })).expect(200)).text);
    expect(first.Content).toContain('请稍后再发送一次');
    chat.releaseAll();
    await sleep(50);
    const resend = readReply((await push(textMessage({ content: `${question} `, from: 'oResend_1' })).expect(200)).text);
    expect(resend.Content).toContain('可获60万元');
    expect(resend.Content).toContain(`问题：${question}`);
    expect(chat.calls).toHaveLength(asked + 1);
    // Another follower asking the same question is answered for themselves.
    const other = started(textMessage({ content: question, from: 'oResend_2' }));
    await sleep(50);
    chat.releaseAll();
    expect(readReply((await other).text).Content).toContain('可获60万元');
    expect(chat.calls).toHaveLength(asked + 2);
  });

  it('links a shortened answer to the web page under the configured sub-path', async () => {
    const reply = started(textMessage({ content: '专'.repeat(1500), from: 'oLong_1' }));
    await sleep(50);
    chat.releaseAll();
    const content = readReply((await reply).text).Content;
    expect(content).toContain('完整答复请访问：https://www.jindong.example.cn/ipzc/）');
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(2047);
  });
});

describe('WeChat with REQUEST_TIMEOUT_MS below its reply deadline (e2e)', () => {
  let chat: GatedChat;
  let app: INestApplication;
  beforeAll(async () => {
    chat = new GatedChat();
    app = await createApp({
      env: { WECHAT_TOKEN: TOKEN, WECHAT_APP_SECRET: undefined, WECHAT_REPLY_DEADLINE_MS: '1500', REQUEST_TIMEOUT_MS: '1000' },
      override: (b) => b.overrideProvider(ChatService).useValue(chat),
    });
  });
  afterAll(async () => {
    chat.releaseAll();
    await app.close();
  });

  it('never gets the JSON 503: /wechat keeps its own deadline and replies with XML', async () => {
    const res = await request(app.getHttpServer())
      .post('/wechat')
      .query(signedQuery())
      .set('content-type', 'text/xml')
      .send(textMessage({ content: '一个很慢的问题', from: 'oTimeout_1' }))
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(readReply(res.text).Content).toContain('请稍后再发送一次');
    // Everything else still times out as before.
    const api = await request(app.getHttpServer()).post('/api/chat').send({ message: '你好' });
    expect(api.status).toBe(503);
    expect(api.body.error.code).toBe('TIMEOUT');
  });
});

/** A store whose message claims never answer, as a Redis that hangs would. */
class HangingClaims extends InMemoryKeyValueStore {
  override setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return key.startsWith('wechat:msg:') ? new Promise<boolean>(() => undefined) : super.setIfAbsent(key, value, ttlMs);
  }
}

describe('WeChat when the shared store hangs (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createApp({
      env: { WECHAT_TOKEN: TOKEN, WECHAT_REPLY_DEADLINE_MS: '200', REQUEST_TIMEOUT_MS: '10000' },
      override: (b) => b.overrideProvider(KeyValueStore).useValue(new HangingClaims({ maxKeys: 1000 })),
    });
  });
  afterAll(() => app.close());

  it('still replies success within WeChat’s 5 seconds', async () => {
    const started = Date.now();
    const res = await request(app.getHttpServer())
      .post('/wechat')
      .query(signedQuery())
      .set('content-type', 'text/xml')
      .send(textMessage({ content: '你好', from: 'oHang_1' }))
      .timeout(4_000)
      .expect(200);
    expect(res.text).toBe('success');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
