import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import type { ChatResponse } from '../src/chat/chat.types';
import { FakeWeChatApiServer } from '../src/channels/wechat/testing/fake-wechat-api-server';
import { createApp } from './create-app';
import { APP_ID, newMsgId, readReply, signedQuery, textMessage, TOKEN } from './wechat-kit';

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
      env: { WECHAT_TOKEN: TOKEN, WECHAT_APP_SECRET: undefined, WECHAT_REPLY_DEADLINE_MS: '150' },
      override: (b) => b.overrideProvider(ChatService).useValue(chat),
    });
  });
  afterAll(async () => {
    chat.releaseAll();
    await app.close();
  });

  it('tells the follower to ask again instead of going silent; retries get the same text', async () => {
    const xml = textMessage({ content: '一个很难的问题', msgId: newMsgId() });
    const push = () => request(app.getHttpServer()).post('/wechat').query(signedQuery()).set('content-type', 'text/xml').send(xml);
    const first = readReply((await push().expect(200)).text);
    expect(first.Content).toContain('请稍后再发送一次');
    expect(readReply((await push().expect(200)).text).Content).toBe(first.Content);
    expect(chat.calls).toHaveLength(1);
  });
});
