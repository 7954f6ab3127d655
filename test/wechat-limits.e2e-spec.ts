import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { WeChatCrypto } from '../src/channels/wechat/wechat-crypto';
import { createApp } from './create-app';
import { ACCOUNT, APP_ID, readReply, sha1Sorted, signedQuery, textMessage, TOKEN } from './wechat-kit';

const KEY = 'Q4n8d2VpZ0R1a2Z3bHVxY2Zpb2hqZm1uZ2Jxb2Zpc2U';

/**
 * RATE_LIMIT_WECHAT_IP_PER_MINUTE: every request to /wechat counts for its client address (TRUST_PROXY=1
 * here, so X-Forwarded-For stands for the address). Over the limit WeChat still gets what it accepts.
 */
describe('WeChat per-address limit (e2e)', () => {
  describe('plain mode', () => {
    let app: INestApplication;
    let chatSpy: jest.SpyInstance;
    beforeAll(async () => {
      app = await createApp({
        env: { WECHAT_TOKEN: TOKEN, RATE_LIMIT_WECHAT_IP_PER_MINUTE: '3', RATE_LIMIT_WECHAT_PER_MINUTE: '0', TRUST_PROXY: '1' },
      });
      chatSpy = jest.spyOn(app.get(ChatService), 'chat');
    });
    afterAll(() => app.close());
    beforeEach(() => chatSpy.mockClear());

    const push = (address: string, xml: string, query: Record<string, string> = signedQuery()) =>
      request(app.getHttpServer()).post('/wechat').set('x-forwarded-for', address).query(query).set('content-type', 'text/xml').send(xml);
    const verify = (address: string, query: Record<string, string>) =>
      request(app.getHttpServer()).get('/wechat').set('x-forwarded-for', address).query(query);
    const unsigned = () => ({ ...signedQuery(), signature: '0'.repeat(40) });

    it('over the limit: an unsigned request gets 429 text, a signed push `success` without being processed', async () => {
      const address = '203.0.113.7';
      for (let i = 0; i < 3; i++) expect((await push(address, textMessage({ content: '你好' }), unsigned())).status).toBe(401);

      const flood = await push(address, textMessage({ content: '你好' }), unsigned());
      expect(flood.status).toBe(429);
      expect(flood.headers['content-type']).toMatch(/^text\/plain/);
      expect(flood.text).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
      expect(Number(flood.headers['retry-after'])).toBeGreaterThan(0);

      const query = signedQuery();
      const fromWeChat = await push(address, textMessage({ content: '驰名商标有什么规定', from: 'oLimited_1' }), query);
      expect(fromWeChat.status).toBe(200);
      expect(fromWeChat.text).toBe('success');
      // Its signature is remembered all the same: not replayable later with another body.
      expect((await push(address, textMessage({ content: '这个政策有效期多久', from: 'oLimited_x' }), query)).status).toBe(403);
      expect(chatSpy).not.toHaveBeenCalled();

      // The URL check stays possible: a signed one is answered, an unsigned one is not.
      expect((await verify(address, { ...signedQuery(), echostr: 'e-1' }).expect(200)).text).toBe('e-1');
      expect((await verify(address, { ...unsigned(), echostr: 'e-2' })).status).toBe(429);
    });

    it('counts each address separately', async () => {
      const res = await push('203.0.113.8', textMessage({ content: '驰名商标有什么规定', from: 'oLimited_2' })).expect(200);
      expect(readReply(res.text).Content).toContain('第16条');
      expect(chatSpy).toHaveBeenCalledTimes(1);
    });
  });

  describe('safe mode', () => {
    let app: INestApplication;
    let chatSpy: jest.SpyInstance;
    beforeAll(async () => {
      app = await createApp({
        env: {
          WECHAT_TOKEN: TOKEN,
          WECHAT_APP_ID: APP_ID,
          WECHAT_ENCODING_AES_KEY: KEY,
          RATE_LIMIT_WECHAT_IP_PER_MINUTE: '2',
          RATE_LIMIT_WECHAT_PER_MINUTE: '0',
          TRUST_PROXY: '1',
        },
      });
      chatSpy = jest.spyOn(app.get(ChatService), 'chat');
    });
    afterAll(() => app.close());

    function encryptedPush(msgSignature?: string) {
      const encrypt = new WeChatCrypto(KEY, APP_ID).encrypt(textMessage({ content: '驰名商标有什么规定', from: 'oLimited_safe' }));
      const q = signedQuery();
      const query = { ...q, encrypt_type: 'aes', msg_signature: msgSignature ?? sha1Sorted(TOKEN, q.timestamp, q.nonce, encrypt) };
      const body = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
      return request(app.getHttpServer()).post('/wechat').set('x-forwarded-for', '198.51.100.3').query(query).set('content-type', 'text/xml').send(body);
    }

    it('over the limit: a wrong msg_signature gets 429, a right one `success` without being decrypted or answered', async () => {
      expect((await encryptedPush(sha1Sorted('x'))).status).toBe(401);
      expect((await encryptedPush(sha1Sorted('y'))).status).toBe(401);
      expect((await encryptedPush(sha1Sorted('z'))).status).toBe(429);
      const signed = await encryptedPush().expect(200);
      expect(signed.text).toBe('success');
      expect(chatSpy).not.toHaveBeenCalled();
    });
  });
});
