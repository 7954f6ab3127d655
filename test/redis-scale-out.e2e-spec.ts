import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { KeyValueStore } from '../src/common/state/key-value.store';
import { RedisKeyValueStore } from '../src/common/state/redis-key-value.store';
import { createApp } from './create-app';
import { freePort, startChildApp } from './support/child-app';
import { RedisServer, startRedis } from './support/redis-server';
import { describeIfPresent, redisServer } from './support/system-service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Needs no redis-server: nothing listens on the port. Runs on every machine.
// A refused connection leaves a socket timer of ioredis's connectTimeout (2 s) behind.
it('when Redis is unreachable: readiness 503, liveness 200, chat a Chinese 503', async () => {
  const app = await createApp({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}/0`, RATE_LIMIT_CHAT_PER_MINUTE: '0' } });
  try {
    const ready = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', state: { backend: 'redis', ok: false } });
    await request(app.getHttpServer()).get('/api/health/live').expect(200);
    const chat = await request(app.getHttpServer()).post('/api/chat').send({ message: '你好' }).expect(503);
    expect(chat.body.error).toEqual({ code: 'UNAVAILABLE', message: '共享存储（Redis）暂时不可用，请稍后再试' });
  } finally {
    await app.close();
  }
});

describeIfPresent(redisServer(), 'scale-out on Redis (real redis-server, several instances)', () => {
  let redis: RedisServer;
  let a: INestApplication;
  let b: INestApplication;
  let prefix: string;

  beforeAll(async () => {
    redis = await startRedis();
    prefix = `t${process.pid}:`;
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_CHAT_PER_MINUTE: '0' };
    [a, b] = await Promise.all([createApp({ env }), createApp({ env })]);
  }, 20_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  const ask = (app: INestApplication | string, message: string, sessionId?: string) =>
    request(typeof app === 'string' ? app : app.getHttpServer())
      .post('/api/chat')
      .send(sessionId ? { message, sessionId } : { message })
      .expect(200)
      .then((r) => r.body);

  it('readiness names the shared backend', async () => {
    // Ready once the Redis connection is (503 until then, as a load balancer should see it).
    let res = await request(a.getHttpServer()).get('/api/health');
    for (let i = 0; i < 50 && res.status !== 200; i++) {
      await sleep(100);
      res = await request(a.getHttpServer()).get('/api/health');
    }
    expect(res.status).toBe(200);
    expect(res.body.state).toEqual({ backend: 'redis', ok: true });
  });

  it('a conversation started on one instance continues on the other, facts and all', async () => {
    const first = await ask(a, '今年新增高价值发明专利35件，能奖励多少？');
    expect(first.totalYuan).toBe(600_000);
    const second = await ask(b, '如果只有28件呢？', first.sessionId);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.totalYuan).toBe(200_000);
    const third = await ask(a, '不对，是52件', first.sessionId);
    expect(third.totalYuan).toBe(1_000_000);
  });

  it('a message id claimed on one instance is already taken on the other (WeChat deduplication, tokens)', async () => {
    const [kvA, kvB] = [a.get(KeyValueStore), b.get(KeyValueStore)];
    expect(kvA.backend).toBe('redis');
    expect(await kvA.setIfAbsent('wx:msg:123', '1', 60_000)).toBe(true);
    expect(await kvB.setIfAbsent('wx:msg:123', '1', 60_000)).toBe(false);
    await kvB.set('wx:access_token', 'TOKEN', 60_000);
    expect(await kvA.get('wx:access_token')).toBe('TOKEN');
  });

  it('keeps the conversation when the instance serving it is killed mid-conversation', async () => {
    const child = await startChildApp({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_CHAT_PER_MINUTE: '0' });
    try {
      const first = await ask(child.url, '我们在美国打专利官司最终胜诉');
      const second = await ask(child.url, '维权代理费花了200万元，能补多少？', first.sessionId);
      expect(second.totalYuan).toBe(300_000);
      child.process.kill('SIGKILL');
      expect(await child.exited).toBeNull();
      // The next turn lands on the surviving instance and still knows the case (abroad, won, 200万):
      // it answers exactly as an instance that served the whole conversation does.
      const third = await ask(b, '那如果代理费是100万呢？', first.sessionId);
      const a1 = await ask(a, '我们在美国打专利官司最终胜诉');
      await ask(a, '维权代理费花了200万元，能补多少？', a1.sessionId);
      const uninterrupted = await ask(a, '那如果代理费是100万呢？', a1.sessionId);
      expect(third.calculations.length).toBeGreaterThan(0);
      expect(third.calculations).toEqual(uninterrupted.calculations);
      expect(third.totalYuan).toBe(uninterrupted.totalYuan);
      expect(third.answer).toBe(uninterrupted.answer);
    } finally {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    }
  }, 30_000);

  it('counts one client together across instances: the limit holds however requests are balanced', async () => {
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `${prefix}rl:`, RATE_LIMIT_CHAT_PER_MINUTE: '3' };
    const [c, d] = await Promise.all([createApp({ env }), createApp({ env })]);
    try {
      const statuses: number[] = [];
      for (const app of [c, d, c, d]) statuses.push((await request(app.getHttpServer()).post('/api/chat').send({ message: '你好' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await request(d.getHttpServer()).post('/api/chat').send({ message: '你好' }).expect(429);
      expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED' });
      expect(limited.body.error.message).toMatch(/请求过于频繁，请 \d+ 秒后再试/);
      expect(Number(limited.headers['retry-after-chat'])).toBeGreaterThan(0);
    } finally {
      await Promise.all([c.close(), d.close()]);
    }
  });

  describe('the KeyValueStore contract on Redis', () => {
    let s1: RedisKeyValueStore;
    let s2: RedisKeyValueStore;
    let other: RedisKeyValueStore;
    beforeAll(() => {
      s1 = new RedisKeyValueStore({ url: redis.url, keyPrefix: `${prefix}c:` });
      s2 = new RedisKeyValueStore({ url: redis.url, keyPrefix: `${prefix}c:` });
      other = new RedisKeyValueStore({ url: redis.url, keyPrefix: `${prefix}other:` });
    });
    afterAll(() => Promise.all([s1.onApplicationShutdown(), s2.onApplicationShutdown(), other.onApplicationShutdown()]));

    it('forgets a value after its ttl, and deletes', async () => {
      await s1.set('ttl', 'v', 60);
      expect(await s2.get('ttl')).toBe('v');
      await sleep(120);
      expect(await s2.get('ttl')).toBeUndefined();
      await s1.set('del', 'v', 10_000);
      await s2.delete('del');
      expect(await s1.get('del')).toBeUndefined();
    });

    it('lets exactly one of many concurrent claims win', async () => {
      const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? s1 : s2).setIfAbsent('claim', String(i), 10_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('counts concurrent increments exactly, within one window that expires', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? s1 : s2).increment('count', 200)));
      expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const r of results) expect(r.ttlMs).toBeLessThanOrEqual(200);
      await sleep(250);
      expect((await s1.increment('count', 200)).count).toBe(1);
    });

    it('keeps deployments with different key prefixes apart', async () => {
      await s1.set('shared-name', 'mine', 10_000);
      expect(await other.get('shared-name')).toBeUndefined();
    });
  });

});
