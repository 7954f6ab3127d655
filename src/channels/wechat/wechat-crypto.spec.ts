import { decodeEncodingAesKey, pkcs7Pad, pkcs7Unpad, WeChatCrypto, WeChatCryptoError } from './wechat-crypto';
import { wechatSignature } from './wechat-signature';
import { parseWeChatXml } from './wechat-xml';

/*
 * Known-answer tests. Every token, key, appid, ciphertext and signature below is copied verbatim from the
 * source named above it; none was produced by this code.
 */

describe('WeChatCrypto — Tencent official Official Account sample (WXBizMsgCrypt, Python Sample.py)', () => {
  // Source: the sample code of https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Message_encryption_and_decryption_instructions.html
  // ("WXBizMsgCrypt 使用demo文件", author jonyqin, 2014); verbatim copy in the repository
  // charlesXu86/Chatbot_CN, path Chatbot_Web/impl/weixin/Sample.py.
  const token = 'spamtest';
  const encodingAesKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const appid = 'wx2c2769f8efd9abc2';
  const timestamp = '1409735669';
  const nonce = '1320562132';
  const msgSign = '5d197aaffba7e9b25a30732f161a50dee96bd5fa';
  const encrypt =
    'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=';

  it('msg_signature is the published one', () => {
    expect(wechatSignature(token, timestamp, nonce, encrypt)).toBe(msgSign);
  });

  it('decrypts the published ciphertext to the plaintext fields the sample shows beside it', () => {
    const fields = parseWeChatXml(new WeChatCrypto(encodingAesKey, appid).decrypt(encrypt));
    // The sample's from_xml (compatible mode) carries the same message in clear text.
    expect(fields).toMatchObject({
      ToUserName: 'gh_10f6c3c3ac5a',
      FromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
      CreateTime: '1409735668',
      MsgType: 'text',
      Content: 'abcdteT',
      MsgId: '6054768590064713728',
    });
  });

  it('rejects the same ciphertext for another appid', () => {
    expect(() => new WeChatCrypto(encodingAesKey, 'wx0000000000000000').decrypt(encrypt)).toThrow(
      expect.objectContaining({ reason: 'wrong-appid' }),
    );
  });
});

describe('WeChatCrypto — Tencent official WeCom (企业微信) example, the same scheme with corpid as receiver', () => {
  // Source: https://developer.work.weixin.qq.com/document/path/90968 (加解密方案说明, "举例说明"), also in
  // Tencent's C# sample Sample.cs (sToken "QDG6eK").
  const token = 'QDG6eK';
  const encodingAesKey = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
  const corpId = 'wx5823bf96d3bd56c7';
  const timestamp = '1409659813';
  const nonce = '1372623149';
  const msgSignature = '477715d11cdb4164915debcba66cb864d751f3e6';
  const encrypt =
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';

  it('msg_signature is the published one', () => {
    expect(wechatSignature(token, timestamp, nonce, encrypt)).toBe(msgSignature);
  });

  it('decrypts to a message addressed to that corpid, ending with the corpid', () => {
    const { message, appId } = new WeChatCrypto(encodingAesKey, corpId).open(encrypt);
    expect(appId).toBe(corpId);
    expect(parseWeChatXml(message)).toMatchObject({ ToUserName: corpId, MsgType: 'text' });
  });
});

describe('WeChatCrypto — wechatpy (Python) tests/test_crypto.py', () => {
  // Source: repository wechatpy/wechatpy, path tests/test_crypto.py (CryptoTestCase: test_decrypt_message,
  // test_encrypt_message with PrpCryptoMock.get_random_string() = "1234567890123456").
  const token = '123456';
  const encodingAesKey = 'kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR';
  const corpId = 'wx49f0ab532d5d035a';
  const crypto = new WeChatCrypto(encodingAesKey, corpId);

  it('verifies msg_signature and decrypts the published ciphertext', () => {
    const encrypt =
      'RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=';
    expect(wechatSignature(token, '1411525903', '461056294', encrypt)).toBe('74d92dfeb87ba7c714f89d98870ae5eb62dff26d');
    expect(parseWeChatXml(crypto.decrypt(encrypt))).toMatchObject({ Content: 'test', FromUserName: 'messense' });
  });

  it('encrypts with the fixed random to the published ciphertext and MsgSignature', () => {
    const reply = `<xml>
<MsgType><![CDATA[text]]></MsgType>
<Content><![CDATA[test]]></Content>
<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>
<ToUserName><![CDATA[messense]]></ToUserName>
<AgentID>1</AgentID>
<CreateTime>1411525903</CreateTime>
</xml>`;
    const encrypted = crypto.encrypt(reply, Buffer.from('1234567890123456', 'utf8'));
    expect(encrypted).toBe(
      '9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3',
    );
    expect(wechatSignature(token, '1411525903', '461056294', encrypted)).toBe('407518b7649e86ef23978113f92d27afa9296533');
  });
});

describe('WeChatCrypto — WxJava (Java) WxCryptUtilTest', () => {
  // Source: repository chanjarster/weixin-java-tools (the project continued as binarywang/WxJava), path
  // weixin-java-common/src/test/java/me/chanjar/weixin/common/util/crypto/WxCryptUtilTest.java
  // (testAesEncrypt, testAesEncrypt2 with randomStr "aaaabbbbccccdddd").
  const crypto = new WeChatCrypto('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'wxb11529c136998cb6');
  const random = Buffer.from('aaaabbbbccccdddd', 'utf8');

  it('encrypts a short Chinese text to the published ciphertext (length counted in UTF-8 bytes)', () => {
    expect(crypto.encrypt('我是中文abcd123', random)).toBe(
      'jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==',
    );
  });

  it('encrypts a reply XML to the published ciphertext, and decrypts it back', () => {
    const replyMsg2 =
      '<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>';
    const published =
      'jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb';
    expect(crypto.encrypt(replyMsg2, random)).toBe(published);
    expect(crypto.decrypt(published)).toBe(replyMsg2);
  });
});

describe('WeChatCrypto — EasyWeChat (PHP) tests/Kernel/EncryptorTest.php', () => {
  // Source: repository w7corp/easywechat, path tests/Kernel/EncryptorTest.php (testDecrypt,
  // testDecryptWithErrorSignature, testDecryptWithErrorAppId).
  const token = 'pamtest';
  const encodingAesKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const encrypt =
    'rTNFcsut4LfGuAFKEUVVpwcaCOTJzOd9twZdIW910jb3k+iicx2uvhttIZ3Qg9Qgty3BEF2xbOrz6boTfb30dMomcgrkTqdFPwnhqbk+kIQ7rZiwny9D7NUrTgA5kpX3KsZvrXzUZyP2x9YOlxbgm572lmxKvM7HAQQhIQ/p6HBmoY30bGXFK0BtIu1pW9TjhOYrLQoU18nWYjWqDA1ynkmOytpv7QRI1P1+0NoxL0q2zO1DgeSvnE8CZGo/o5Ap/WHK5W2RAsinpzN4/LjPnmB6U01I5XCoJoC0GK/yMZycd2Oh8Nq6+wBkC1U85oy0ktOY4nLvsQMLrourmMGdZHuTbqpeJ8Ao/5PRYJ+WBvRUwPfGKBL2+2IKZF49vAJqkcGWSHGE76ZN2erXeuNazf/o9o3lIE3q739o4c8t9QGPe31GT2Go/rOz1BsrASwvauNulCh+++yz+CQzBIuikA==';

  it('msg_signature over (token, nonce 260774613, timestamp 1458300676, Encrypt) is the published one', () => {
    expect(wechatSignature(token, '1458300676', '260774613', encrypt)).toBe('4f3ad57b6989f09f4eb392acce4f9e93942ed890');
  });

  it('decrypts to the published fields', () => {
    const fields = parseWeChatXml(new WeChatCrypto(encodingAesKey, 'wxb11529c136998cb6').decrypt(encrypt));
    expect(fields).toMatchObject({ ToUserName: 'asdasdasd', FromUserName: 'asdasdasdsadasd', CreateTime: '1234567898', Content: 'hello' });
  });

  it('refuses it for an invalid appid', () => {
    expect(() => new WeChatCrypto(encodingAesKey, 'invalid appid').decrypt(encrypt)).toThrow(WeChatCryptoError);
  });
});

describe('WeChatCrypto — properties', () => {
  const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

  it('decodes a 43-character key to 32 bytes and refuses other shapes', () => {
    expect(decodeEncodingAesKey(key)).toHaveLength(32);
    expect(() => decodeEncodingAesKey(key.slice(1))).toThrow(WeChatCryptoError);
    expect(() => decodeEncodingAesKey(`${key.slice(1)}=`)).toThrow(WeChatCryptoError);
    expect(() => decodeEncodingAesKey(`${key.slice(1)}-`)).toThrow(WeChatCryptoError);
  });

  it('pads to whole 32-byte blocks, a full block when already aligned', () => {
    expect(pkcs7Pad(Buffer.alloc(31))).toHaveLength(32);
    expect(pkcs7Pad(Buffer.alloc(32))).toEqual(Buffer.concat([Buffer.alloc(32), Buffer.alloc(32, 32)]));
    expect(pkcs7Unpad(pkcs7Pad(Buffer.from('abc')))).toEqual(Buffer.from('abc'));
  });

  it('refuses padding that is zero, longer than a block, or inconsistent', () => {
    const block = (last: number, fill = last) => Buffer.concat([Buffer.alloc(31, fill), Buffer.from([last])]);
    expect(() => pkcs7Unpad(block(0))).toThrow(WeChatCryptoError);
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(63), Buffer.from([33])]))).toThrow(WeChatCryptoError);
    expect(() => pkcs7Unpad(Buffer.concat([Buffer.alloc(30, 7), Buffer.from([1, 3])]))).toThrow(WeChatCryptoError);
  });

  it('round-trips any text with a random prefix, and a wrong key cannot open it', () => {
    const a = new WeChatCrypto(key, 'wx1');
    const text = '<xml><Content><![CDATA[专利]]]]><![CDATA[>😀]]></Content></xml>';
    const encrypted = a.encrypt(text);
    expect(encrypted).not.toBe(a.encrypt(text));
    expect(a.decrypt(encrypted)).toBe(text);
    const other = new WeChatCrypto('ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', 'wx1');
    expect(() => other.decrypt(encrypted)).toThrow(WeChatCryptoError);
  });

  it('refuses ciphertext that is not Base64 or not whole blocks', () => {
    const a = new WeChatCrypto(key, 'wx1');
    expect(() => a.decrypt('not base64!')).toThrow(WeChatCryptoError);
    expect(() => a.decrypt(Buffer.alloc(48).toString('base64'))).toThrow(WeChatCryptoError);
  });
});
