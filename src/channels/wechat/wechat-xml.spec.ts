import { buildWeChatXml, cdata, parseWeChatXml, WeChatXmlError } from './wechat-xml';

const reason = (raw: string) => {
  try {
    parseWeChatXml(raw);
  } catch (e) {
    return e instanceof WeChatXmlError ? e.reason : 'other';
  }
  return 'parsed';
};

describe('parseWeChatXml', () => {
  it('reads the top-level fields as strings, MsgId with all 19 digits', () => {
    const fields = parseWeChatXml(
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
        '<Content><![CDATA[a < b & c]]></Content><MsgId>6054768590064713728</MsgId><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo></xml>',
    );
    expect(fields).toEqual({ ToUserName: 'gh_1', CreateTime: '1409735668', MsgType: 'text', Content: 'a < b & c', MsgId: '6054768590064713728' });
  });

  it('joins CDATA split around "]]>" back into the text the user typed', () => {
    expect(parseWeChatXml('<xml><Content><![CDATA[x]]]]><![CDATA[></Content>y]]></Content></xml>').Content).toBe('x]]></Content>y');
  });

  it('decodes the predefined entities in plain text', () => {
    expect(parseWeChatXml('<xml><Content>&lt;b&gt; &amp;</Content></xml>').Content).toBe('<b> &');
  });

  it.each([
    ['<!DOCTYPE xml [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>', 'doctype'],
    ['<?xml version="1.0"?><!doctype xml SYSTEM "file:///etc/passwd"><xml/>', 'doctype'],
    ['<xml><!ENTITY x "y"><Content>a</Content></xml>', 'doctype'],
    ['<xml><Content>a</Content>', 'malformed'],
    ['<xml><Content>a</Content><Content>b</Content></xml>', 'malformed'],
    ['<xml><__proto__>a</__proto__></xml>', 'malformed'],
    ['plain text', 'malformed'],
    ['<root><Content>a</Content></root>', 'not-wechat'],
  ])('refuses %s (%s)', (raw, expected) => {
    expect(reason(raw)).toBe(expected);
  });

  it('lets a user write "<!DOCTYPE" inside CDATA: it is text there', () => {
    expect(parseWeChatXml('<xml><Content><![CDATA[<!DOCTYPE html> 是什么]]></Content></xml>').Content).toBe('<!DOCTYPE html> 是什么');
  });

  it('refuses deep nesting', () => {
    expect(reason(`<xml>${'<a>'.repeat(20)}x${'</a>'.repeat(20)}</xml>`)).toBe('malformed');
  });
});

describe('buildWeChatXml', () => {
  it('writes strings as CDATA and numbers as plain integers', () => {
    expect(buildWeChatXml({ MsgType: 'text', CreateTime: 1700000000.7 })).toBe(
      '<xml><MsgType><![CDATA[text]]></MsgType><CreateTime>1700000000</CreateTime></xml>',
    );
  });

  it('keeps "]]>" in the text from closing the CDATA section', () => {
    const evil = ']]></Content><MsgType><![CDATA[image]]></MsgType><Content><![CDATA[';
    expect(cdata(evil)).not.toContain(']]></Content>');
    const xml = buildWeChatXml({ MsgType: 'text', Content: evil });
    expect(parseWeChatXml(xml)).toEqual({ MsgType: 'text', Content: evil });
  });
});
