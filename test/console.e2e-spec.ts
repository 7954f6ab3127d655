import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadSettings, SettingsError } from '../src/config/settings';
import { CONSOLE_LOGIN_ATTEMPTS, CONSOLE_LOGIN_WINDOW_MS } from '../src/channels/console/console-login-limiter';
import { createApp } from './create-app';
import { DomainError, DOMAIN_ERROR_CODES } from '../src/common/domain-error';
import { InMemoryKeyValueStore } from '../src/common/state/in-memory-key-value.store';
import { KeyValueStore } from '../src/common/state/key-value.store';

const TOKEN = 'console-e2e-token-0123456789abcdef';

describe('staff console access (e2e)', () => {
  describe('without CONSOLE_TOKEN', () => {
    let app: INestApplication;
    beforeAll(async () => (app = await createApp({ env: { CONSOLE_TOKEN: undefined } })));
    afterAll(() => app.close());

    it('says the console is not enabled, on the page and the APIs, even with a bearer token', async () => {
      const page = await request(app.getHttpServer()).get('/console').expect(404);
      expect(page.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(page.text).toContain('坐席工作台未启用');
      expect(page.text).not.toContain('<form');
      const api = await request(app.getHttpServer()).get('/api/console/gaps').set('authorization', 'Bearer whatever-whatever-whatever').expect(404);
      expect(api.body.error.message).toContain('坐席工作台未启用');
      await request(app.getHttpServer()).get('/api/console/export.csv?kind=turns').expect(404);
      await request(app.getHttpServer()).post('/console/login').type('form').send({ token: 'x' }).expect(404);
    });
  });

  describe('with CONSOLE_TOKEN', () => {
    let app: INestApplication;
    const server = () => app.getHttpServer();
    beforeAll(async () => (app = await createApp({ env: { CONSOLE_TOKEN: TOKEN } })));
    afterAll(() => app.close());

    async function login(): Promise<string> {
      const res = await request(server()).post('/console/login').type('form').send({ token: TOKEN }).expect(303);
      expect(res.headers.location).toBe('/console');
      const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
      expect(cookie).toMatch(/^jd_console=\d+\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; Expires=.+; HttpOnly; SameSite=Strict$/);
      return cookie.split(';')[0];
    }

    it('shows only a login form without a session, naming no console API', async () => {
      const res = await request(server()).get('/console').expect(200);
      expect(res.text).toContain('action="/console/login"');
      expect(res.text).not.toMatch(/api\/console|console\.js/);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it.each([
      ['no credentials', {}],
      ['a wrong bearer token', { authorization: 'Bearer console-e2e-token-0123456789abcdeX' }],
      ['the token without "Bearer"', { authorization: TOKEN }],
      ['a forged cookie', { cookie: `jd_console=9999999999.${'A'.repeat(22)}.${'A'.repeat(43)}` }],
      ['a cookie of the earlier, unrevocable format', { cookie: 'jd_console=9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ])('refuses the console APIs and assets with %s (401)', async (_, headers) => {
      for (const path of ['/api/console/gaps', '/api/console/export.csv?kind=turns', '/api/console/clauses', '/console/assets/console.js']) {
        const res = await request(server()).get(path).set(headers).expect(401);
        expect(res.body.error).toMatchObject({ code: 'UNAUTHORIZED' });
      }
    });

    it('refuses a wrong token at login with the form again and no cookie', async () => {
      const res = await request(server()).post('/console/login').type('form').send({ token: 'wrong-token-wrong-token' }).expect(401);
      expect(res.text).toContain('令牌不正确');
      expect(res.headers['set-cookie']).toBeUndefined();
      await request(server()).post('/console/login').send({ token: 'wrong-token-wrong-token' }).expect(401);
    });

    it('a login sets a session cookie that opens the console page and its APIs', async () => {
      const cookie = await login();
      const page = await request(server()).get('/console').set('cookie', cookie).expect(200);
      expect(page.text).toContain('/console/assets/console.js');
      await request(server()).get('/console/assets/console.js').set('cookie', cookie).expect(200).expect('content-type', 'text/javascript; charset=utf-8');
      const gaps = await request(server()).get('/api/console/gaps').set('cookie', cookie).expect(200);
      expect(Array.isArray(gaps.body.items)).toBe(true);
      const tree = await request(server()).get('/api/console/clauses').set('cookie', cookie).expect(200);
      expect(tree.body.map((c: { clauseId: string }) => c.clauseId)).toEqual(expect.arrayContaining(['title', 'art.4', 'art.4.2', 'final.stacking']));
    });

    it('accepts a JSON login body too, and logging out clears the cookie', async () => {
      await request(server()).post('/console/login').send({ token: TOKEN }).expect(303);
      const out = await request(server()).post('/console/logout').expect(303);
      expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^jd_console=; Path=\/; Expires=Thu, 01 Jan 1970/);
    });

    const channelOfTurn = async (turnId: string) => {
      const res = await request(server()).get('/api/console/gaps?limit=200').set('authorization', `Bearer ${TOKEN}`).expect(200);
      return res.body.items.find((g: { turnId: string }) => g.turnId === turnId)?.channel;
    };

    it('records a turn as the console’s only through the console’s own route, never on a header', async () => {
      const claimed = await request(server()).post('/api/chat').set('x-chat-channel', 'console').send({ message: '帮我写一首诗' }).expect(200);
      expect(await channelOfTurn(claimed.body.turnId)).toBe('api');
      const web = await request(server()).post('/api/chat').set('x-chat-channel', 'web').send({ message: '帮我写一首诗' }).expect(200);
      expect(await channelOfTurn(web.body.turnId)).toBe('web');

      await request(server()).post('/api/console/chat').send({ message: '帮我写一首诗' }).expect(401);
      await request(server()).post('/api/console/chat/stream').send({ message: '帮我写一首诗' }).expect(401);
      const cookie = await login();
      const staff = await request(server()).post('/api/console/chat').set('cookie', cookie).send({ message: '帮我写一首诗' }).expect(200);
      expect(staff.body).toMatchObject({ outcome: 'out-of-scope', mode: 'offline' });
      expect(await channelOfTurn(staff.body.turnId)).toBe('console');
      // The same session continues on the console route, like on /api/chat.
      const next = await request(server()).post('/api/console/chat').set('authorization', `Bearer ${TOKEN}`).send({ message: '今天天气怎么样', sessionId: staff.body.sessionId }).expect(200);
      expect(next.body.sessionId).toBe(staff.body.sessionId);

      const stream = await request(server())
        .post('/api/console/chat/stream')
        .set('cookie', cookie)
        .send({ message: '帮我写一首诗' })
        .buffer(true)
        .parse((r, cb) => {
          let data = '';
          r.on('data', (c: Buffer) => (data += c.toString('utf8')));
          r.on('end', () => cb(null, data));
        })
        .expect(200)
        .expect('content-type', /text\/event-stream/);
      const done = JSON.parse(/event: done\ndata: (.+)/.exec(stream.body as string)![1]);
      expect(await channelOfTurn(done.turnId)).toBe('console');
      const bad = await request(server()).post('/api/console/chat').set('cookie', cookie).send({ message: '' }).expect(400);
      expect(bad.body.error.code).toBe('VALIDATION');
    });

    it('logging out revokes the session: a cookie captured before is refused after', async () => {
      const cookie = await login();
      await request(server()).get('/api/console/gaps').set('cookie', cookie).expect(200);
      await request(server()).post('/console/logout').set('cookie', cookie).expect(303);
      const after = await request(server()).get('/api/console/gaps').set('cookie', cookie).expect(401);
      expect(after.body.error.code).toBe('UNAUTHORIZED');
      await request(server()).post('/api/console/chat').set('cookie', cookie).send({ message: '你好' }).expect(401);
      const page = await request(server()).get('/console').set('cookie', cookie).expect(200);
      expect(page.text).toContain('action="/console/login"');
      // Another staff member's session is not affected.
      const other = await login();
      await request(server()).get('/api/console/gaps').set('cookie', other).expect(200);
    });

    it('lists unanswered questions for staff, newest first', async () => {
      const ask = (message: string) => request(server()).post('/api/chat').set('x-chat-channel', 'web').send({ message }).expect(200);
      const silent = await ask('高价值发明专利怎么认定？');
      const scope = await ask('帮我写一首诗');
      await ask('专利导航项目有什么支持');
      const res = await request(server()).get('/api/console/gaps?limit=2').set('authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.items.map((g: { turnId: string; reasons: string[] }) => [g.turnId, g.reasons])).toEqual([
        [scope.body.turnId, ['out-of-scope']],
        [silent.body.turnId, ['policy-silent']],
      ]);
      expect(res.body.items[1]).toMatchObject({ question: '高价值发明专利怎么认定？', channel: 'web', outcome: 'policy-silent' });
      const bad = await request(server()).get('/api/console/gaps?limit=0').set('authorization', `Bearer ${TOKEN}`).expect(400);
      expect(bad.body.error.message).toContain('条数 limit应为 1–200 之间的整数');
    });

    it('exports turns and feedback as Excel-friendly CSV', async () => {
      const turn = await request(server()).post('/api/chat').send({ message: '今年新增高价值发明专利35件，能奖励多少？' }).expect(200);
      await request(server()).post('/api/feedback').send({ sessionId: turn.body.sessionId, turnId: turn.body.turnId, rating: 'down', comment: '想知道"申报时间", 谢谢' }).expect(204);

      const res = await request(server()).get('/api/console/export.csv?kind=turns').set('authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="turns-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
      expect(res.text.slice(1, 40)).toMatch(/^时间（北京时间）,渠道,问题,答复/);
      const line = res.text.split('\r\n').find((l) => l.includes(turn.body.turnId)) as string;
      expect(line).toContain(',接口,今年新增高价值发明专利35件，能奖励多少？,"【新增高价值发明专利奖励】测算可获60万元。\n');
      expect(line).toContain(',已答复,offline,art.2 final.stacking,high-value-patents,600000,0,没帮助,');

      const fb = await request(server()).get('/api/console/export.csv?kind=feedback').set('authorization', `Bearer ${TOKEN}`).expect(200);
      expect(fb.text).toContain(',没帮助,"想知道""申报时间"", 谢谢",今年新增高价值发明专利35件，能奖励多少？,');
    });

    it.each([
      ['kind=all', '导出类型 kind 只能是 turns（问答记录）或 feedback（用户评价）'],
      ['kind=turns&from=2024-02-30', '开始日期 from应为 YYYY-MM-DD 格式的日期'],
      ['kind=turns&from=2024-05-02&to=2024-05-01', '开始日期 from 不能晚于结束日期 to'],
    ])('refuses export parameters %s with a Chinese message', async (query, message) => {
      const res = await request(server()).get(`/api/console/export.csv?${query}`).set('authorization', `Bearer ${TOKEN}`).expect(400);
      expect(res.body.error.message).toContain(message);
    });
  });

  describe('login attempts per address', () => {
    let app: INestApplication;
    // TRUST_PROXY lets each test act as a different client address (X-Forwarded-For).
    beforeAll(async () => (app = await createApp({ env: { CONSOLE_TOKEN: TOKEN, TRUST_PROXY: '1' } })));
    afterAll(() => app.close());
    const attempt = (from: string, token: string) =>
      request(app.getHttpServer()).post('/console/login').set('x-forwarded-for', from).type('form').send({ token });

    it(`refuses the attempt after ${CONSOLE_LOGIN_ATTEMPTS} with 429 and a Chinese message, even with the right token`, async () => {
      for (let i = 0; i < CONSOLE_LOGIN_ATTEMPTS; i++) await attempt('203.0.113.7', `wrong-token-number-${i}`).expect(401);
      const limited = await attempt('203.0.113.7', 'wrong-token-once-more').expect(429);
      expect(limited.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(limited.text).toContain('登录尝试过于频繁，请稍后再试');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(CONSOLE_LOGIN_WINDOW_MS / 1000);
      const blocked = await attempt('203.0.113.7', TOKEN).expect(429);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      // Another address is not affected.
      await attempt('198.51.100.20', TOKEN).expect(303);
    });

    it('a successful login starts the count afresh', async () => {
      for (let i = 0; i < CONSOLE_LOGIN_ATTEMPTS - 1; i++) await attempt('192.0.2.44', `typo-${i}-typo-typo`).expect(401);
      await attempt('192.0.2.44', TOKEN).expect(303);
      for (let i = 0; i < CONSOLE_LOGIN_ATTEMPTS; i++) await attempt('192.0.2.44', `typo-again-${i}-typo`).expect(401);
      await attempt('192.0.2.44', 'one-too-many-typos').expect(429);
    });
  });

  describe('when the shared store fails', () => {
    let app: INestApplication;
    /** Counting fails as it does while Redis is down (UNAVAILABLE); everything else still works. */
    class CountingDown extends InMemoryKeyValueStore {
      override async increment(): Promise<{ count: number; ttlMs: number }> {
        throw new DomainError(DOMAIN_ERROR_CODES.UNAVAILABLE, '共享存储（Redis）暂时不可用，请稍后再试');
      }
    }
    beforeAll(
      async () =>
        (app = await createApp({
          env: { CONSOLE_TOKEN: TOKEN },
          override: (b) => b.overrideProvider(KeyValueStore).useValue(new CountingDown({ maxKeys: 1_000 })),
        })),
    );
    afterAll(() => app.close());

    it('refuses login attempts (503, Chinese page) instead of letting unlimited guesses through', async () => {
      for (const token of ['wrong-token-wrong-token', TOKEN]) {
        const res = await request(app.getHttpServer()).post('/console/login').type('form').send({ token }).expect(503);
        expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
        expect(res.text).toContain('登录服务暂时不可用');
        expect(res.headers['set-cookie']).toBeUndefined();
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    });
  });

  describe('CONSOLE_COOKIE_SECURE', () => {
    it('true: the session cookie is Secure even when the request arrived over plain HTTP (TLS ended at a proxy)', async () => {
      const app = await createApp({ env: { CONSOLE_TOKEN: TOKEN, CONSOLE_COOKIE_SECURE: 'true' } });
      try {
        const res = await request(app.getHttpServer()).post('/console/login').type('form').send({ token: TOKEN }).expect(303);
        expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
        const out = await request(app.getHttpServer()).post('/console/logout').expect(303);
        expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure; SameSite=Strict$/);
      } finally {
        await app.close();
      }
    });

    it('auto (the default): Secure when Express sees HTTPS, not over plain HTTP', async () => {
      expect(loadSettings({}).CONSOLE_COOKIE_SECURE).toBe('auto');
      const app = await createApp({ env: { CONSOLE_TOKEN: TOKEN, TRUST_PROXY: '1' } });
      try {
        const plain = await request(app.getHttpServer()).post('/console/login').type('form').send({ token: TOKEN }).expect(303);
        expect((plain.headers['set-cookie'] as unknown as string[])[0]).not.toContain('Secure');
        const https = await request(app.getHttpServer()).post('/console/login').set('x-forwarded-proto', 'https').type('form').send({ token: TOKEN }).expect(303);
        expect((https.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
      } finally {
        await app.close();
      }
    });

    it('accepts only auto or true', () => {
      expect(() => loadSettings({ CONSOLE_COOKIE_SECURE: 'yes' })).toThrow(/环境变量 CONSOLE_COOKIE_SECURE：只能是 auto 或 true/);
      expect(loadSettings({ CONSOLE_COOKIE_SECURE: 'true' }).CONSOLE_COOKIE_SECURE).toBe('true');
    });
  });

  it('CONSOLE_TOKEN must be at least 16 characters', () => {
    expect(() => loadSettings({ CONSOLE_TOKEN: 'short' })).toThrow(SettingsError);
    expect(() => loadSettings({ CONSOLE_TOKEN: 'short' })).toThrow(/环境变量 CONSOLE_TOKEN：坐席工作台令牌至少 16 个字符/);
    expect(loadSettings({ CONSOLE_TOKEN: 'x'.repeat(16) }).CONSOLE_TOKEN).toBe('x'.repeat(16));
  });
});
