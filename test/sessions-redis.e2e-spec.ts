import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';
import { freePort } from './support/child-app';
import { RedisServer, startRedis } from './support/redis-server';
import { describeIfPresent, redisServer } from './support/system-service';

const TOKEN = 'sessions-redis-console-token-0123456789';

// Needs no redis-server: nothing listens on the port. Runs on every machine.
it('when Redis is unreachable the console login fails closed: 503 in Chinese, no cookie, even with the right token', async () => {
  const app = await createApp({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}/0`, CONSOLE_TOKEN: TOKEN } });
  try {
    for (const token of ['wrong-token-wrong-token', TOKEN]) {
      const res = await request(app.getHttpServer()).post('/console/login').type('form').send({ token }).expect(503);
      expect(res.text).toContain('登录服务暂时不可用');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // Scripts with the bearer token do not depend on the store for access.
    await request(app.getHttpServer()).get('/api/console/clauses').set('authorization', `Bearer ${TOKEN}`).expect(200);
  } finally {
    await app.close();
  }
});

describeIfPresent(redisServer(), 'sessions and console sessions on Redis (real redis-server, two instances)', () => {
  let redis: RedisServer;
  let a: INestApplication;
  let b: INestApplication;

  beforeAll(async () => {
    redis = await startRedis();
    const env = {
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: `s${process.pid}:`,
      RATE_LIMIT_CHAT_PER_MINUTE: '0',
      TRUST_PROXY: '1',
      SESSIONS_PER_CLIENT: '2',
      CONSOLE_TOKEN: TOKEN,
    };
    [a, b] = await Promise.all([createApp({ env }), createApp({ env })]);
  }, 20_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  const ask = (app: INestApplication, from: string, message: string, sessionId?: string) =>
    request(app.getHttpServer())
      .post('/api/chat')
      .set('x-forwarded-for', from)
      .send(sessionId ? { message, sessionId } : { message })
      .expect(200)
      .then((r) => r.body as { sessionId: string; totalYuan: number | null });

  it('caps sessions per client across instances, evicting only that client’s oldest', async () => {
    const victim = await ask(a, '203.0.113.7', '今年新增高价值发明专利35件，能奖励多少？');
    const oldest = await ask(a, '198.51.100.9', '今年新增高价值发明专利35件，能奖励多少？');
    await ask(b, '198.51.100.9', '你好');
    await ask(a, '198.51.100.9', '你好');
    const lost = await ask(b, '198.51.100.9', '如果只有28件呢？', oldest.sessionId);
    expect(lost.sessionId).not.toBe(oldest.sessionId);
    expect(await ask(b, '203.0.113.7', '如果只有28件呢？', victim.sessionId)).toMatchObject({ sessionId: victim.sessionId, totalYuan: 200_000 });
  });

  it('a logout on one instance revokes the cookie on every instance', async () => {
    const login = await request(a.getHttpServer()).post('/console/login').type('form').send({ token: TOKEN }).expect(303);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    await request(b.getHttpServer()).get('/api/console/gaps').set('cookie', cookie).expect(200);
    await request(b.getHttpServer()).post('/console/logout').set('cookie', cookie).expect(303);
    await request(a.getHttpServer()).get('/api/console/gaps').set('cookie', cookie).expect(401);
  });
});
