import { WeChatCrypto } from './wechat-crypto';
import { WeChatEnvelope, WeChatRejection } from './wechat-envelope';
import { wechatSignature } from './wechat-signature';
import { parseWeChatXml } from './wechat-xml';

const TOKEN = 'tok';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const NOW_S = 1_700_000_000;
const signed = (timestamp: number, nonce = '42') => ({ signature: wechatSignature(TOKEN, String(timestamp), nonce), timestamp: String(timestamp), nonce });
const rejection = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof WeChatRejection) return e.status;
    throw e;
  }
  return 'accepted';
};

describe('WeChatEnvelope', () => {
  const envelope = (maxSkewSeconds: number) => new WeChatEnvelope({ token: TOKEN, maxSkewSeconds, now: () => NOW_S * 1000 });

  it('accepts timestamps within the window and refuses older or future ones', () => {
    expect(rejection(() => envelope(300).checkSignature(signed(NOW_S - 300)))).toBe('accepted');
    expect(rejection(() => envelope(300).checkSignature(signed(NOW_S + 300)))).toBe('accepted');
    expect(rejection(() => envelope(300).checkSignature(signed(NOW_S - 301)))).toBe(403);
    expect(rejection(() => envelope(300).checkSignature(signed(NOW_S + 301)))).toBe(403);
  });

  it('with WECHAT_MAX_SKEW_SECONDS=0 does not check the time (the official samples date from 2014)', () => {
    expect(rejection(() => envelope(0).checkSignature(signed(1409735669)))).toBe('accepted');
  });

  it('checks the signature before the time, and a signature over another timestamp fails', () => {
    expect(rejection(() => envelope(300).checkSignature({ ...signed(NOW_S), timestamp: String(NOW_S + 1) }))).toBe(401);
    expect(rejection(() => envelope(300).checkSignature({ ...signed(NOW_S), signature: undefined }))).toBe(401);
  });

  it('refuses at construction a key that is not 43 Base64 characters', () => {
    expect(() => new WeChatEnvelope({ token: TOKEN, appId: 'wx1', encodingAesKey: 'short', maxSkewSeconds: 0 })).toThrow('EncodingAESKey');
  });

  it('in safe mode checks msg_signature over the Encrypt text before any XML is parsed, then the time', () => {
    const safe = new WeChatEnvelope({ token: TOKEN, appId: 'wx1', encodingAesKey: KEY, maxSkewSeconds: 300, now: () => NOW_S * 1000 });
    const encrypt = new WeChatCrypto(KEY, 'wx1').encrypt('<xml><MsgType>text</MsgType></xml>');
    const query = (timestamp: number, value = encrypt) => ({
      timestamp: String(timestamp),
      nonce: '42',
      encrypt_type: 'aes',
      msg_signature: wechatSignature(TOKEN, String(timestamp), '42', value),
    });
    const dtd = `<!DOCTYPE xml [<!ENTITY a "b">]><xml><Encrypt>${encrypt}</Encrypt></xml>`;
    expect(rejection(() => safe.verifyPush({ ...query(NOW_S), msg_signature: 'f'.repeat(40) }, dtd))).toBe(401);
    expect(rejection(() => safe.verifyPush(query(NOW_S - 301), `<xml><Encrypt>${encrypt}</Encrypt><unclosed>`))).toBe(403);
    expect(rejection(() => safe.verifyPush(query(NOW_S, ''), '<xml><Encrypt></Encrypt></xml>'))).toBe(401);
    expect(safe.verifyPush(query(NOW_S), dtd)).toEqual({ mode: 'aes', encrypted: encrypt });
    expect(rejection(() => safe.verifyPush(signed(NOW_S), '<xml><MsgType>text</MsgType></xml>'))).toBe(403);
  });

  it('seals a reply so that WeChat can check and open it with the key that opened the message', () => {
    const safe = new WeChatEnvelope({ token: TOKEN, appId: 'wx1', encodingAesKey: KEY, maxSkewSeconds: 0, now: () => NOW_S * 1000 });
    const crypto = new WeChatCrypto(KEY, 'wx1');
    const inner = '<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content></xml>';
    const encrypt = crypto.encrypt(inner);
    const query = { ...signed(NOW_S), encrypt_type: 'aes', msg_signature: wechatSignature(TOKEN, String(NOW_S), '42', encrypt) };
    const opened = safe.open(safe.verifyPush(query, `<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`));
    expect(opened.fields).toEqual({ MsgType: 'text', Content: 'hi' });

    const sealed = parseWeChatXml(safe.seal('<xml><Content><![CDATA[reply]]></Content></xml>', opened.sealing));
    expect(sealed.TimeStamp).toBe(String(NOW_S));
    expect(sealed.MsgSignature).toBe(wechatSignature(TOKEN, sealed.TimeStamp, sealed.Nonce, sealed.Encrypt));
    expect(crypto.decrypt(sealed.Encrypt)).toBe('<xml><Content><![CDATA[reply]]></Content></xml>');
  });
});
