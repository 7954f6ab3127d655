import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';

const TOKEN = 'feedback-e2e-console-token-0123456789';

describe('POST /api/feedback (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createApp({ env: { CONSOLE_TOKEN: TOKEN } })));
  afterAll(() => app.close());

  const send = (body: unknown) => request(app.getHttpServer()).post('/api/feedback').send(body as object);

  it('stores a rating on an answer (204) and a later thumbs-down with a masked comment shows up for staff', async () => {
    const chat = await request(app.getHttpServer()).post('/api/chat').send({ message: '专利导航项目有什么支持' }).expect(200);
    const { sessionId, turnId } = chat.body;
    await send({ sessionId, turnId, rating: 'up' }).expect(204);
    const gapsBefore = await request(app.getHttpServer()).get('/api/console/gaps').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(gapsBefore.body.items.find((g: { turnId: string }) => g.turnId === turnId)).toBeUndefined();

    await send({ sessionId, turnId, rating: 'down', comment: '  没有写申报时间，请回电 13912345678 ' }).expect(204);
    const gaps = await request(app.getHttpServer()).get('/api/console/gaps').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(gaps.body.items[0]).toMatchObject({
      turnId,
      sessionId,
      reasons: ['thumbs-down'],
      question: '专利导航项目有什么支持',
      comment: '没有写申报时间，请回电 139****5678',
      channel: 'api',
    });
  });

  it.each([
    [{}, '会话编号 sessionId'],
    [{ sessionId: 's1', turnId: 't1' }, '评价 rating 只能是 up（有帮助）或 down（没帮助）'],
    [{ sessionId: 's1', turnId: 't1', rating: 'meh' }, '评价 rating 只能是 up（有帮助）或 down（没帮助）'],
    [{ sessionId: 's1', turnId: 't1', rating: 'down', comment: '长'.repeat(501) }, '意见 comment 不能超过 500 个字'],
    [{ sessionId: 's1', turnId: 't1', rating: 'down', comment: 42 }, '意见 comment 应为文字'],
    [{ sessionId: '../etc', turnId: 't1', rating: 'up' }, '会话编号 sessionId格式不正确'],
    [{ sessionId: 's1', turnId: 'x'.repeat(65), rating: 'up' }, '答复编号 turnId格式不正确'],
  ])('%j → 400 in Chinese', async (body, message) => {
    const res = await send(body).expect(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.message).toContain('反馈无效');
    expect(res.body.error.message).toContain(message);
  });

  it('accepts a comment of exactly 500 characters', async () => {
    const { sessionId, turnId } = (await request(app.getHttpServer()).post('/api/chat').send({ message: '专利导航项目有什么支持' }).expect(200)).body;
    await send({ sessionId, turnId, rating: 'down', comment: '长'.repeat(500) }).expect(204);
  });

  it('refuses feedback on an answer that was never given, or with another session id (404 in Chinese), and staff never see it', async () => {
    const chat = await request(app.getHttpServer()).post('/api/chat').send({ message: '知识产权保险保费补助怎么算' }).expect(200);
    const invented = await send({ sessionId: chat.body.sessionId, turnId: 'made-up-turn-id', rating: 'down', comment: '刷负面评价' }).expect(404);
    expect(invented.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('找不到要评价的答复') } });
    const otherSession = await send({ sessionId: 'someone-elses-session', turnId: chat.body.turnId, rating: 'down' }).expect(404);
    expect(otherSession.body.error.message).toContain('不属于该会话');
    const gaps = await request(app.getHttpServer()).get('/api/console/gaps').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(gaps.body.items.map((g: { turnId: string }) => g.turnId)).not.toEqual(expect.arrayContaining(['made-up-turn-id']));
    expect(gaps.body.items.find((g: { turnId: string }) => g.turnId === chat.body.turnId)).toBeUndefined();
    // The real pair still works.
    await send({ sessionId: chat.body.sessionId, turnId: chat.body.turnId, rating: 'up' }).expect(204);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await request(app.getHttpServer()).post('/api/feedback').set('content-type', 'text/plain').send('rating=down').expect(400);
    expect(res.body.error.message).toContain('反馈无效');
  });
});
