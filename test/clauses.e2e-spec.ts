import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';

describe('clauses and health API (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('GET /api/health is ok once the index is loaded', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      mode: 'offline',
      corpus: { clauses: 44, documents: [{ id: 'jindong-ip-2023', status: '征求意见稿' }] },
      retrieval: { ready: true, indexedClauses: 39 },
    });
    expect(res.body.prompts.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('GET /api/clauses?q= puts the pledge-loan clause first', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/clauses')
      .query({ q: '专利权质押贷款贴息怎么算' })
      .expect(200)
      .expect('content-type', /application\/json/);
    expect(res.body).toHaveLength(5);
    expect(res.body[0]).toMatchObject({ clauseId: 'art.4.1', label: '第4条第1款 深化知识产权金融发展' });
    expect(res.body[0].text).toContain('单个企业每种权项质押每年最高补助30万元');
    expect(typeof res.body[0].score).toBe('number');
    expect(res.body[0].score).toBeGreaterThanOrEqual(res.body[1].score);
  });

  it('honours k', async () => {
    const res = await request(app.getHttpServer()).get('/api/clauses').query({ q: '地理标志', k: 2 }).expect(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0].clauseId).toBe('art.16.2');
  });

  it.each([
    [{ q: '' }, 'q：检索内容 q 不能为空'],
    [{ q: '   ' }, 'q：检索内容 q 不能为空'],
    [{}, 'q'],
    [{ q: '专'.repeat(501) }, '不能超过 500 个字'],
    [{ q: '专利', k: '0' }, 'k 应为 1–20 的整数'],
    [{ q: '专利', k: 'abc' }, 'k 应为 1–20 的整数'],
  ])('GET /api/clauses %j → 400 in Chinese', async (query, message) => {
    const res = await request(app.getHttpServer()).get('/api/clauses').query(query).expect(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.message).toContain(message);
  });

  it('GET /api/clauses/art.16.2 returns the 地理标志 paragraph', async () => {
    const res = await request(app.getHttpServer()).get('/api/clauses/art.16.2').expect(200);
    expect(res.body).toMatchObject({
      clauseId: 'art.16.2',
      label: '第16条第2款 实施品牌标准培育战略',
      parentId: 'art.16',
      headingPath: ['二、主要任务', '（四）加强知识产权服务', '16.实施品牌标准培育战略', '第2款'],
      document: { id: 'jindong-ip-2023', status: '征求意见稿' },
    });
    expect(res.body.text.startsWith('推进地理标志富农集成改革，对成功注册地理标志证明商标或集体商标的，每件给予一次性资助10万元。')).toBe(true);
  });

  it('GET /api/clauses/art.4 returns the whole item with its paragraphs', async () => {
    const res = await request(app.getHttpServer()).get('/api/clauses/art.4').expect(200);
    expect(res.body.childIds).toEqual(['art.4.1', 'art.4.2', 'art.4.3']);
    expect(res.body.text.split('\n')).toHaveLength(3);
  });

  it('unknown clause → 404 with a Chinese message', async () => {
    const res = await request(app.getHttpServer()).get('/api/clauses/art.99').expect(404);
    expect(res.body.error).toEqual({
      code: 'CLAUSE_NOT_FOUND',
      message: expect.stringContaining('未找到条款“art.99”'),
    });
  });

  it('unknown route and malformed JSON get Chinese JSON errors', async () => {
    const notFound = await request(app.getHttpServer()).get('/api/nope').expect(404);
    expect(notFound.body.error.message).toBe('接口不存在，请检查请求地址');
    const badJson = await request(app.getHttpServer())
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"message": ')
      .expect(400);
    expect(badJson.body.error.message).toContain('JSON');
  });
});
