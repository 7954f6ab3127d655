import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import request from 'supertest';
import { loadSettings } from '../src/config/settings';
import { createApp } from './create-app';

describe('public web page (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createApp({ env: { CONSOLE_TOKEN: 'web-e2e-console-token-0123456789', RATE_LIMIT_CHAT_PER_MINUTE: '0' } })));
  afterAll(() => app.close());

  it('serves / in UTF-8 with a strict CSP; by default only this site may frame it', async () => {
    const res = await request(app.getHttpServer()).get('/').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.text).toContain('<html lang="zh-CN">');
    expect(res.text).toContain('征求意见稿');
    expect(res.text).not.toMatch(/<script>|\son[a-z]+=|https?:\/\//);
  });

  it('names no console URL or data in the public page and its scripts', async () => {
    for (const path of ['/', '/assets/web/chat-core.js', '/assets/web/chat-page.js', '/embed.js', '/assets/web/chat.css']) {
      const res = await request(app.getHttpServer()).get(path).expect(200);
      expect(res.text).not.toMatch(/\/console|api\/console|CONSOLE_TOKEN/);
    }
  });

  it('serves the assets with types, revalidation and 304s; unknown names are 404', async () => {
    const js = await request(app.getHttpServer()).get('/assets/web/chat-core.js').expect(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('no-cache');
    await request(app.getHttpServer()).get('/assets/web/chat-core.js').set('if-none-match', js.headers.etag).expect(304);
    const css = await request(app.getHttpServer()).get('/assets/web/chat.css').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    for (const path of ['/assets/web/nope.js', '/assets/web/..%2Fweb-page.controller.ts', '/assets/web/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const res = await request(app.getHttpServer()).get(path).expect(404);
      expect(res.body.error.message).toBeTruthy();
    }
  });

  it('serves the launcher script for portals, cacheable and loadable cross-origin', async () => {
    const res = await request(app.getHttpServer()).get('/embed.js').expect(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.text).toContain("'/?embed=1'");
  });

  it('WEB_FRAME_ANCESTORS limits who may frame the page, and is validated', () => {
    expect(loadSettings({}).WEB_FRAME_ANCESTORS).toBe("'self'");
    expect(loadSettings({ WEB_FRAME_ANCESTORS: "https://www.jindong.gov.cn 'self' *.zj.gov.cn" }).WEB_FRAME_ANCESTORS).toBe(
      "https://www.jindong.gov.cn 'self' *.zj.gov.cn",
    );
    expect(() => loadSettings({ WEB_FRAME_ANCESTORS: 'https://a.cn; script-src *' })).toThrow(/环境变量 WEB_FRAME_ANCESTORS/);
  });

  describe('quick replies lead somewhere: each button, sent to the real engine, computes the item or rules it out', () => {
    const page: Record<string, any> = {};
    runInNewContext(readFileSync(join(__dirname, '..', 'src', 'channels', 'web', 'assets', 'chat-core.js'), 'utf8'), { window: page });
    const quickReplies = page.JdChat.quickReplies as (q: string) => string[];
    const chat = (message: string, sessionId?: string) =>
      request(app.getHttpServer()).post('/api/chat').send(sessionId ? { message, sessionId } : { message }).expect(200);

    it.each([
      ['商业秘密保护示范站点奖励怎么算', 'trade-secret-station', ['省级', '市级', '都没有']],
      ['知识产权服务业集聚发展示范区奖励怎么算', 'ip-service-cluster', ['国家级', '省级', '都没有']],
      ['知识产权保护规范化市场奖励怎么算', 'ip-protection-market', ['国家级', '省级', '都没有']],
      // 示范区 alone is the provincial one (a what-if of it); the question names both kinds.
      ['商业秘密保护示范基地（区）奖励怎么算', 'trade-secret-zone', ['国家商业秘密保护示范基地', '省级商业秘密保护示范区', '都没有']],
      ['知识产权示范企业奖励多少', 'ip-demonstration-enterprise', ['国家级知识产权示范企业', '国家级优势企业', '省级知识产权示范企业', '市级知识产权示范企业', '都没有']],
    ])('%s', async (start, ruleId, expected) => {
      const first = await chat(start);
      const options = quickReplies(first.body.needsInfo[0].question);
      expect(options).toEqual(expected);
      for (const option of options) {
        const opened = await chat(start);
        const reply = await chat(option, opened.body.sessionId);
        const calc = reply.body.calculations.find((c: { ruleId: string }) => c.ruleId === ruleId);
        expect([option, calc?.status]).toEqual([option, option === '都没有' ? 'ineligible' : 'eligible']);
        if (option !== '都没有') expect(calc.amountYuan).toBeGreaterThan(0);
      }
    });

    it('asks for the figure, not yes/no, when the follow-up wants a fee', async () => {
      const first = await chat('欧盟、非洲地区组织商标注册补助怎么算');
      expect(first.body.needsInfo[0].fact).toBe('regionalTrademarkRegistrations');
      expect(quickReplies(first.body.needsInfo[0].question)).toEqual([]);
    });
  });
});
