import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';

/**
 * Issue 13: 10,000 `你好` from one address evicted other users' conversations from the in-memory session
 * store (10,000 sessions). Each address may now hold SESSIONS_PER_CLIENT sessions; past that its own
 * oldest go, so one client can never push out another's.
 */
describe('sessions per client address (e2e)', () => {
  let app: INestApplication;
  // TRUST_PROXY lets the test act as several client addresses (X-Forwarded-For).
  beforeAll(async () => (app = await createApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_CHAT_PER_MINUTE: '0', SESSIONS_PER_CLIENT: '3' } })));
  afterAll(() => app.close());

  const ask = (from: string, message: string, sessionId?: string) =>
    request(app.getHttpServer())
      .post('/api/chat')
      .set('x-forwarded-for', from)
      .send(sessionId ? { message, sessionId } : { message })
      .expect(200)
      .then((r) => r.body as { sessionId: string; totalYuan: number | null });

  it('a client past its cap loses its own oldest conversation, not another client’s', async () => {
    const victim = await ask('203.0.113.7', '今年新增高价值发明专利35件，能奖励多少？');
    const own = await ask('198.51.100.9', '今年新增高价值发明专利35件，能奖励多少？');
    for (let i = 0; i < 3; i++) await ask('198.51.100.9', '你好');
    const lost = await ask('198.51.100.9', '如果只有28件呢？', own.sessionId);
    expect(lost.sessionId).not.toBe(own.sessionId);
    const kept = await ask('203.0.113.7', '如果只有28件呢？', victim.sessionId);
    expect(kept).toMatchObject({ sessionId: victim.sessionId, totalYuan: 200_000 });
  });

  it('10,000 new conversations from one address leave another user’s facts in place', async () => {
    const victim = await ask('203.0.113.50', '今年新增高价值发明专利35件，能奖励多少？');
    expect(victim.totalYuan).toBe(600_000);
    for (let i = 0; i < 10_000; i += 20) {
      await Promise.all(Array.from({ length: 20 }, () => ask('198.51.100.77', '你好')));
    }
    const followUp = await ask('203.0.113.50', '如果只有28件呢？', victim.sessionId);
    expect(followUp).toMatchObject({ sessionId: victim.sessionId, totalYuan: 200_000 });
  }, 180_000);
});
