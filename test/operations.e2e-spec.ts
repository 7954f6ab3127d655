import { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import { AddressInfo, connect } from 'node:net';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { DrainState } from '../src/observability/lifecycle/drain-state';
import { createRootLogger, ROOT_LOGGER } from '../src/observability/logging/root-logger';
import { createApp } from './create-app';

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

describe('operations: logs, request ids, metrics, health (e2e)', () => {
  let app: INestApplication;
  const logs = captureLogs();
  beforeAll(async () => {
    app = await createApp({ override: (b) => b.overrideProvider(ROOT_LOGGER).useValue(logs.logger) });
  });
  afterAll(() => app.close());
  const http = () => request(app.getHttpServer());

  it('echoes a sane incoming x-request-id and replaces anything else', async () => {
    const kept = await http().get('/api/health/live').set('x-request-id', 'lb-7f3a.42').expect(200);
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42');
    const replaced = await http().get('/api/health/live').set('x-request-id', 'bad id <script>').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await http().get('/api/health/live').expect(200);
    expect(fresh.headers['x-request-id']).not.toBe(replaced.headers['x-request-id']);
  });

  it('logs one JSON line per request with its id and masked personal data, never the body', async () => {
    const res = await http()
      .get('/api/clauses')
      .query({ q: '我的手机13812345678，身份证330102199001011234，专利质押' })
      .set('x-request-id', 'req-mask-1')
      .expect(200);
    expect(res.headers['x-request-id']).toBe('req-mask-1');
    await http().post('/api/chat').set('x-request-id', 'req-body-1').send({ message: '联系电话13987654321，专利导航有什么支持' }).expect(200);
    const line = logs.lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'req-mask-1');
    expect(line).toMatchObject({ level: 'info', res: { statusCode: 200 }, req: { method: 'GET' } });
    // The query string is not logged at all (it may carry a question, a phone number, a WeChat signature).
    expect(line).toMatchObject({ req: { url: '/api/clauses' } });
    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('330102199001011234');
    expect(text).not.toContain('13987654321');
    expect(logs.lines.some((l) => (l.req as { id?: string } | undefined)?.id === 'req-body-1')).toBe(true);
  });

  it('keeps probes and scrapes out of the request log', async () => {
    const before = logs.lines.length;
    await http().get('/api/health').expect(200);
    await http().get('/metrics').expect(200);
    expect(logs.lines.slice(before).filter((l) => l.req)).toEqual([]);
  });

  it('serves Prometheus metrics: latency per route pattern, answers by outcome', async () => {
    await http().get('/api/clauses/art.4.2').expect(200);
    await http().post('/api/chat').send({ message: '帮我写一首诗' }).expect(200);
    const res = await http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/clauses\/:clauseId",status="200"\} \d+/);
    expect(res.text).not.toContain('art.4.2');
    expect(res.text).toMatch(/chat_answers_total\{outcome="out-of-scope",mode="offline"\} [1-9]/);
    expect(res.text).toContain('process_resident_memory_bytes');
  });

  it('without METRICS_TOKEN, metrics are for this machine only: a forwarded request is refused', async () => {
    await http().get('/metrics').expect(200);
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const res = await http().get('/metrics').set(header, header === 'forwarded' ? 'for=203.0.113.9' : '203.0.113.9').expect(401);
      expect(res.body.error.message).toContain('只允许本机直接读取指标');
    }
  });

  it('liveness is always 200; readiness turns 503 “stopping” while draining', async () => {
    const ready = await http().get('/api/health').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', state: { backend: 'memory', ok: true } });
    app.get(DrainState).start();
    const draining = await http().get('/api/health').expect(503);
    expect(draining.body.status).toBe('stopping');
    expect(draining.headers.connection).toBe('close');
    await http().get('/api/health/live').expect(200);
  });
});

describe('limits (e2e)', () => {
  it('limits chat per address with a Chinese 429, separately from the other API routes, and never health', async () => {
    const app = await createApp({ env: { RATE_LIMIT_CHAT_PER_MINUTE: '2', RATE_LIMIT_API_PER_MINUTE: '3' } });
    try {
      const http = () => request(app.getHttpServer());
      await http().post('/api/chat').send({ message: '你好' }).expect(200);
      await http().post('/api/chat/stream').send({ message: '你好' }).expect(200);
      const limited = await http().post('/api/chat').send({ message: '你好' }).expect(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(limited.body.error.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
      for (let i = 0; i < 3; i++) await http().get('/api/clauses/art.1').expect(200);
      await http().get('/api/rules').expect(429);
      for (let i = 0; i < 5; i++) await http().get('/api/health').expect(200);
    } finally {
      await app.close();
    }
  });

  it('counts a route however its path is spelt: Express matches /API/CHAT as /api/chat', async () => {
    const app = await createApp({ env: { RATE_LIMIT_CHAT_PER_MINUTE: '3', RATE_LIMIT_API_PER_MINUTE: '2' } });
    try {
      const http = () => request(app.getHttpServer());
      await http().post('/API/CHAT').send({ message: '你好' }).expect(200);
      await http().post('/Api/chat').send({ message: '你好' }).expect(200);
      await http().post('/API/CHAT/STREAM').send({ message: '你好' }).expect(200);
      expect((await http().post('/api/Chat').send({ message: '你好' }).expect(429)).body.error.code).toBe('RATE_LIMITED');
      // Chats did not use up the other routes' allowance, whatever their spelling.
      await http().get('/API/RULES').expect(200);
      await http().get('/Api/Clauses/art.1').expect(200);
      await http().post('/API/FEEDBACK').send({}).expect(429);
      await http().get('/API/HEALTH').expect(200);
    } finally {
      await app.close();
    }
  });

  it('with TRUST_PROXY, counts the client address the load balancer reports', async () => {
    const app = await createApp({ env: { RATE_LIMIT_CHAT_PER_MINUTE: '1', TRUST_PROXY: '1' } });
    try {
      const ask = (ip: string) => request(app.getHttpServer()).post('/api/chat').set('x-forwarded-for', ip).send({ message: '你好' });
      expect((await ask('203.0.113.7')).status).toBe(200);
      expect((await ask('203.0.113.8')).status).toBe(200);
      expect((await ask('203.0.113.7')).status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('answers 408 and closes the connection when a body trickles in, well before the 503 of slow work', async () => {
    const app = await createApp({ env: { REQUEST_TIMEOUT_MS: '2000' } });
    await app.listen(0, '127.0.0.1');
    try {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const started = Date.now();
      const reply = await new Promise<string>((resolve) => {
        let got = '';
        const socket = connect(port, '127.0.0.1', () => {
          socket.write('POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"message":"');
        });
        const drip = setInterval(() => socket.writable && socket.write('a'), 200);
        socket.on('data', (d) => (got += d.toString()));
        socket.on('close', () => (clearInterval(drip), resolve(got)));
      });
      const elapsed = Date.now() - started;
      expect(reply).toMatch(/^HTTP\/1\.1 408 /);
      expect(reply).toMatch(/connection: close/i);
      expect(reply).toContain('请求内容接收超时，请检查网络后重试');
      expect(elapsed).toBeLessThan(2_000);
    } finally {
      await app.close();
    }
  });

  it('answers a Chinese 503 when a request runs past REQUEST_TIMEOUT_MS', async () => {
    const slow = { chat: () => new Promise((resolve) => setTimeout(() => resolve({}), 1_500)) };
    const app = await createApp({
      env: { REQUEST_TIMEOUT_MS: '1000' },
      override: (b) => b.overrideProvider(ChatService).useValue(slow),
    });
    try {
      const res = await request(app.getHttpServer()).post('/api/chat').send({ message: '你好' }).expect(503);
      expect(res.body.error).toMatchObject({ code: 'TIMEOUT' });
      expect(res.body.error.message).toContain('处理超时');
    } finally {
      await app.close();
    }
  });

  it('rejects an oversized body with a Chinese 413 and strips invisible characters before anything reads input', async () => {
    const app = await createApp();
    try {
      const big = await request(app.getHttpServer()).post('/api/chat').send({ message: '专'.repeat(100_000) }).expect(413);
      expect(big.body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
      const clean = await request(app.getHttpServer()).get('/api/clauses').query({ q: '专利导航', k: 3 }).expect(200);
      const hidden = await request(app.getHttpServer())
        .get('/api/clauses')
        .query({ q: '专\u200b利\u{E0041}\u{E0042}导\u202e航\u0007', k: 3 })
        .expect(200);
      expect(hidden.body).toEqual(clean.body);
    } finally {
      await app.close();
    }
  });
});
