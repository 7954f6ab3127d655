import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { WeChatCrypto } from '../src/channels/wechat/wechat-crypto';
import { createApp } from './create-app';
import { ACCOUNT, APP_ID, newMsgId, nowSeconds, readReply, sha1Sorted, signedQuery, textMessage, TOKEN } from './wechat-kit';

// Two EncodingAESKeys as the WeChat backend generates them (43 characters); the second is the one
// replaced by the last key change, still accepted during the change-over.
const KEY = 'Q4n8d2VpZ0R1a2Z3bHVxY2Zpb2hqZm1uZ2Jxb2Zpc2U';
const PREVIOUS_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** What WeChat posts in safe mode: only ToUserName and Encrypt in the body; msg_signature over Encrypt. */
function encryptedPush(innerXml: string, options: { key?: string; appId?: string; msgSignature?: string } = {}) {
  const encrypt = new WeChatCrypto(options.key ?? KEY, options.appId ?? APP_ID).encrypt(innerXml);
  const query = signedQuery();
  const msgSignature = options.msgSignature ?? sha1Sorted(TOKEN, query.timestamp, query.nonce, encrypt);
  const body = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  return { query: { ...query, openid: 'oFollower_0001', encrypt_type: 'aes', msg_signature: msgSignature }, body };
}

describe('WeChat Official Account, safe mode (e2e)', () => {
  let app: INestApplication;
  let chatSpy: jest.SpyInstance;
  beforeAll(async () => {
    app = await createApp({
      env: {
        WECHAT_TOKEN: TOKEN,
        WECHAT_APP_ID: APP_ID,
        WECHAT_ENCODING_AES_KEY: KEY,
        WECHAT_PREVIOUS_ENCODING_AES_KEY: PREVIOUS_KEY,
        RATE_LIMIT_WECHAT_PER_MINUTE: '0',
      },
    });
    chatSpy = jest.spyOn(app.get(ChatService), 'chat');
  });
  afterAll(() => app.close());
  beforeEach(() => chatSpy.mockClear());

  const post = ({ query, body }: { query: Record<string, string>; body: string }) =>
    request(app.getHttpServer()).post('/wechat').query(query).set('content-type', 'application/xml').send(body);

  /** Checks the reply envelope as WeChat would, and returns the decrypted reply fields. */
  function openReply(text: string, key = KEY): Record<string, string> {
    const envelope = readReply(text);
    expect(Object.keys(envelope).sort()).toEqual(['Encrypt', 'MsgSignature', 'Nonce', 'TimeStamp']);
    expect(envelope.MsgSignature).toBe(sha1Sorted(TOKEN, envelope.TimeStamp, envelope.Nonce, envelope.Encrypt));
    expect(Math.abs(Number(envelope.TimeStamp) - nowSeconds())).toBeLessThan(60);
    return readReply(new WeChatCrypto(key, APP_ID).decrypt(envelope.Encrypt));
  }

  it('URL verification still uses the plain signature and echoes echostr', async () => {
    const res = await request(app.getHttpServer()).get('/wechat').query({ ...signedQuery(), echostr: '1616140317555161061' }).expect(200);
    expect(res.text).toBe('1616140317555161061');
  });

  it('decrypts a text message, answers it, and replies encrypted', async () => {
    const res = await post(encryptedPush(textMessage({ content: '驰名商标有什么规定', from: 'oSafe_1' }))).expect(200);
    const reply = openReply(res.text);
    expect(reply).toMatchObject({ ToUserName: 'oSafe_1', FromUserName: ACCOUNT, MsgType: 'text' });
    expect(reply.Content).toContain('第16条');
    expect(res.text).not.toContain('第16条');
    expect(chatSpy).toHaveBeenCalledTimes(1);
  });

  it('deduplicates encrypted retries by the MsgId inside the ciphertext', async () => {
    const inner = textMessage({ content: '这个政策有效期多久', msgId: newMsgId() });
    const a = openReply((await post(encryptedPush(inner)).expect(200)).text);
    const b = openReply((await post(encryptedPush(inner)).expect(200)).text);
    expect(b.Content).toBe(a.Content);
    expect(chatSpy).toHaveBeenCalledTimes(1);
  });

  it('accepts a message under the previous key during a key change and replies under that key', async () => {
    const res = await post(encryptedPush(textMessage({ content: '你好', from: 'oSafe_2' }), { key: PREVIOUS_KEY })).expect(200);
    expect(openReply(res.text, PREVIOUS_KEY).ToUserName).toBe('oSafe_2');
  });

  it('refuses a wrong msg_signature with 401, even when the plain signature is right', async () => {
    const res = await post(encryptedPush(textMessage({ content: '你好' }), { msgSignature: sha1Sorted('x') }));
    expect(res.status).toBe(401);
    expect(res.text).toContain('msg_signature');
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('needs only msg_signature in safe mode: a push without `signature`, or with a wrong one, is answered', async () => {
    for (const signature of [undefined, sha1Sorted('not-the-token')]) {
      const push = encryptedPush(textMessage({ content: '驰名商标有什么规定', from: 'oSafe_nosig' }));
      const query: Record<string, string> = { ...push.query };
      if (signature === undefined) delete query.signature;
      else query.signature = signature;
      const res = await post({ query, body: push.body }).expect(200);
      expect(openReply(res.text).Content).toContain('第16条');
    }
    expect(chatSpy).toHaveBeenCalledTimes(2);
  });

  it('still refuses a safe-mode push without msg_signature (401) or with a stale timestamp (403)', async () => {
    const push = encryptedPush(textMessage({ content: '你好' }));
    const withoutMsgSignature: Record<string, string> = { ...push.query };
    delete withoutMsgSignature.msg_signature;
    expect((await post({ query: withoutMsgSignature, body: push.body })).status).toBe(401);

    const stale = String(nowSeconds() - 301);
    const encrypt = /<Encrypt><!\[CDATA\[([^\]]+)\]\]>/.exec(push.body)?.[1] ?? '';
    const staleQuery: Record<string, string> = { ...push.query, timestamp: stale };
    staleQuery.msg_signature = sha1Sorted(TOKEN, stale, staleQuery.nonce, encrypt);
    delete staleQuery.signature;
    const res = await post({ query: staleQuery, body: push.body });
    expect(res.status).toBe(403);
    expect(res.text).toContain('时间戳');
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('refuses a message encrypted for another appid with 403', async () => {
    const res = await post(encryptedPush(textMessage({ content: '你好' }), { appId: 'wx-another-account' }));
    expect(res.status).toBe(403);
    expect(res.text).toBe('消息的 AppID 与本公众号不符');
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('refuses a message under an unknown key with 403', async () => {
    const res = await post(encryptedPush(textMessage({ content: '你好' }), { key: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut' }));
    expect(res.status).toBe(403);
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('refuses plain messages once safe mode is configured', async () => {
    const res = await request(app.getHttpServer())
      .post('/wechat')
      .query(signedQuery())
      .set('content-type', 'text/xml')
      .send(textMessage({ content: '你好' }));
    expect(res.status).toBe(403);
    expect(res.text).toContain('只接受加密消息');
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('checks msg_signature before reading any XML: a wrong one is 401 whatever the envelope holds', async () => {
    const encrypt = new WeChatCrypto(KEY, APP_ID).encrypt(textMessage({ content: '你好' }));
    const field = `<Encrypt><![CDATA[${encrypt}]]></Encrypt>`;
    const query = { ...signedQuery(), encrypt_type: 'aes', msg_signature: sha1Sorted('not-the-signature') };
    const bodies = [
      `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml>${field}</xml>`,
      `<xml>${field}<unclosed>`,
      `<xml><!--${'-'.repeat(30_000)} -->${field}</xml>`,
      `<xml>${field}${field}</xml>`,
      `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName></xml>`,
      '',
    ];
    for (const body of bodies) {
      const res = await post({ query, body });
      expect([body.slice(0, 24), res.status, res.text]).toEqual([body.slice(0, 24), 401, '消息签名（msg_signature）校验失败']);
    }
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('takes only exactly one <Encrypt> of Base64 characters: anything else is refused like a wrong signature, even when signed', async () => {
    const encrypt = new WeChatCrypto(KEY, APP_ID).encrypt(textMessage({ content: '驰名商标有什么规定', from: 'oSafe_strict' }));
    const q = signedQuery();
    const signedOver = (value: string) => ({ ...q, encrypt_type: 'aes', msg_signature: sha1Sorted(TOKEN, q.timestamp, q.nonce, value) });
    const withEntity = `${encrypt.slice(0, 8)}&#${encrypt.charCodeAt(8)};${encrypt.slice(9)}`;
    const cases: Array<[string, string]> = [
      [`<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`, encrypt],
      [`<xml><Encrypt>${withEntity}</Encrypt></xml>`, encrypt],
      [`<xml><Encrypt><![CDATA[\n${encrypt}\n]]></Encrypt></xml>`, encrypt],
      [`<xml><Encrypt><![CDATA[${encrypt}]]><!-- --></Encrypt></xml>`, encrypt],
      [`<xml><Encrypt></Encrypt></xml>`, ''],
    ];
    for (const [body, signedValue] of cases) {
      const res = await post({ query: signedOver(signedValue), body });
      expect([body.slice(0, 40), res.status, res.text]).toEqual([body.slice(0, 40), 401, '消息签名（msg_signature）校验失败']);
    }
    expect(chatSpy).not.toHaveBeenCalled();
  });

  it('reads Encrypt with or without CDATA, ignoring the rest of the envelope', async () => {
    const encrypt = new WeChatCrypto(KEY, APP_ID).encrypt(textMessage({ content: '驰名商标有什么规定', from: 'oSafe_bare' }));
    const q = signedQuery();
    const query = { ...q, encrypt_type: 'aes', msg_signature: sha1Sorted(TOKEN, q.timestamp, q.nonce, encrypt) };
    const res = await post({ query, body: `<xml><ToUserName>${ACCOUNT}</ToUserName><Encrypt>${encrypt}</Encrypt></xml>` }).expect(200);
    expect(openReply(res.text).Content).toContain('第16条');
  });

  it('refuses a DOCTYPE inside the ciphertext without processing it', async () => {
    const inner = `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>${textMessage({ content: '&x;' })}`;
    expect((await post(encryptedPush(inner)).expect(200)).text).toBe('success');
    expect(chatSpy).not.toHaveBeenCalled();
  });
});
