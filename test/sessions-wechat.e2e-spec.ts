import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { createApp } from './create-app';
import { readReply, signedQuery, textMessage, TOKEN } from './wechat-kit';

/**
 * Only ids the server issued continue a conversation; the WeChat channel's id (a keyed hash of the openid,
 * computed on the server) is one of them, so a follower's follow-up is still understood, and the id the
 * chat answers under is the very one the channel asked for.
 */
describe('WeChat sessions under server-issued ids (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createApp({ env: { WECHAT_TOKEN: TOKEN, RATE_LIMIT_WECHAT_PER_MINUTE: '0', SESSIONS_PER_CLIENT: '1' } })));
  afterAll(() => app.close());

  const push = (content: string, from: string) =>
    request(app.getHttpServer())
      .post('/wechat')
      .query(signedQuery())
      .set('content-type', 'text/xml')
      .send(textMessage({ content, from }))
      .expect(200)
      .then((res) => readReply(res.text).Content as string);

  it('a follower’s follow-up continues the conversation, facts and all', async () => {
    const spy = jest.spyOn(app.get(ChatService), 'chat');
    expect(await push('今年新增高价值发明专利35件，能奖励多少？', 'oFollower_facts')).toContain('60万元');
    expect(await push('如果只有28件呢？', 'oFollower_facts')).toContain('20万元');
    const asked = spy.mock.calls.map((c) => c[0].sessionId);
    const answered = await Promise.all(spy.mock.results.map((r) => r.value as Promise<{ sessionId: string }>));
    expect(answered.map((a) => a.sessionId)).toEqual(asked);
    spy.mockRestore();
  });

  it('followers are not capped together: many followers behind WeChat’s few addresses keep their own sessions', async () => {
    for (let i = 0; i < 5; i++) await push('今年新增高价值发明专利35件，能奖励多少？', `oFollower_many_${i}`);
    for (let i = 0; i < 5; i++) expect(await push('如果只有28件呢？', `oFollower_many_${i}`)).toContain('20万元');
  });
});
