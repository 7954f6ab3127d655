import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';
import { signedQuery, textMessage } from './wechat-kit';

describe('WeChat without WECHAT_TOKEN (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createApp({ env: { WECHAT_TOKEN: undefined, WECHAT_ENCODING_AES_KEY: undefined } })));
  afterAll(() => app.close());

  it('answers /wechat with a clear Chinese 503 while the rest of the service works', async () => {
    const get = await request(app.getHttpServer()).get('/wechat').query({ ...signedQuery(), echostr: '1' });
    expect(get.status).toBe(503);
    expect(get.text).toContain('WECHAT_TOKEN');
    const post = await request(app.getHttpServer()).post('/wechat').query(signedQuery()).set('content-type', 'text/xml').send(textMessage({ content: '你好' }));
    expect(post.status).toBe(503);
    await request(app.getHttpServer()).get('/api/health').expect(200);
  });
});
