import { buildWeChatXml, cdata, decodeXmlEntities, MAX_ENCRYPT_CHARS, parseWeChatXml, readEncryptField, readXmlFields, WeChatXmlError } from './wechat-xml';

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
    expect(parseWeChatXml('<xml><Content><![CDATA[<!-- <?x <!ENTITY a "b"> ?> -->]]></Content></xml>').Content).toBe(
      '<!-- <?x <!ENTITY a "b"> ?> -->',
    );
  });

  // A "<![CDATA[" inside a comment or processing instruction opens no CDATA section: the DOCTYPE between
  // two of them is outside everything and must be seen.
  const dtd = '<!DOCTYPE xml [<!ENTITY a "展开的实体文字">]>';
  const msg = '<xml><MsgType>text</MsgType><Content>&a;</Content></xml>';
  it.each([
    ['two processing instructions', `<?x <![CDATA[ ?>${dtd}<?y ]]> ?>${msg}`],
    ['two comments', `<!-- <![CDATA[ -->${dtd}<!-- ]]> -->${msg}`],
    ['a comment and a PI', `<!-- <![CDATA[ -->${dtd}<?y ]]> ?>${msg}`],
    ['a PI and a comment', `<?x <![CDATA[ ?>${dtd}<!-- ]]> -->${msg}`],
    ['an unclosed comment', `<!-- ${dtd}${msg}`],
    ['a CDATA section before it, inside the root', `<xml><Content><![CDATA[x]]></Content><!ENTITY a "b"></xml>`],
  ])('refuses a DOCTYPE hidden by %s', (_what, raw) => {
    expect(reason(raw)).toBe('doctype');
  });

  it('expands no declared entity even when parsing past the check: only the five predefined and numeric references', () => {
    const fields = readXmlFields(`${dtd}<xml><Content>&a; &lt;&#60;&#x3C;&#x1F600; &amp;amp; &nbsp; &#0; &#xD800;</Content></xml>`);
    expect(fields.Content).toBe('&a; <<<😀 &amp; &nbsp; &#0; &#xD800;');
    expect(fields.Content).not.toContain('展开');
  });

  it('decodes references only outside CDATA', () => {
    expect(parseWeChatXml('<xml><Content><![CDATA[&lt;&#60;]]></Content><B>&quot;&apos;&gt;</B></xml>')).toEqual({ Content: '&lt;&#60;', B: '"\'>' });
    expect(decodeXmlEntities('a&b; &#999999999; &#x110000;')).toBe('a&b; &#999999999; &#x110000;');
  });

  it('refuses deep nesting', () => {
    expect(reason(`<xml>${'<a>'.repeat(20)}x${'</a>'.repeat(20)}</xml>`)).toBe('malformed');
  });
});

describe('readEncryptField', () => {
  const B64 = 'pWkDOm0xO3e4mG9b+/Qkz1u3W6zA0n8U2bV9kBq5mFo=';

  it('takes the Base64 of exactly one <Encrypt>, with or without CDATA, and nothing else of the envelope', () => {
    expect(readEncryptField(`<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[${B64}]]></Encrypt></xml>`)).toBe(B64);
    expect(readEncryptField(`<xml><Encrypt>${B64}</Encrypt><AgentID>1</AgentID></xml>`)).toBe(B64);
    expect(readEncryptField(`<!DOCTYPE x [<!ENTITY a "b">]><xml><Encrypt>${B64}</Encrypt>`)).toBe(B64);
  });

  it.each([
    ['no Encrypt', '<xml><ToUserName>gh</ToUserName></xml>'],
    ['an empty body', ''],
    ['two of them', `<xml><Encrypt>${B64}</Encrypt><Encrypt>${B64}</Encrypt></xml>`],
    ['a second one only opened', `<xml><Encrypt>${B64}</Encrypt><Encrypt></xml>`],
    ['an unclosed one', `<xml><Encrypt>${B64}`],
    ['an empty one', '<xml><Encrypt></Encrypt></xml>'],
    ['an empty CDATA', '<xml><Encrypt><![CDATA[]]></Encrypt></xml>'],
    ['whitespace around it', `<xml><Encrypt> ${B64}</Encrypt></xml>`],
    ['whitespace inside CDATA', `<xml><Encrypt><![CDATA[${B64}\n]]></Encrypt></xml>`],
    ['an entity reference', `<xml><Encrypt>${B64.slice(0, 4)}&#65;${B64.slice(4)}</Encrypt></xml>`],
    ['a comment inside', `<xml><Encrypt><![CDATA[${B64}]]><!-- --></Encrypt></xml>`],
    ['padding in the middle', `<xml><Encrypt>AAAA=AAA</Encrypt></xml>`],
    ['three padding characters', `<xml><Encrypt>AAAAA===</Encrypt></xml>`],
    ['attributes', `<xml><Encrypt a="1">${B64}</Encrypt></xml>`],
    ['too many characters', `<xml><Encrypt>${'A'.repeat(MAX_ENCRYPT_CHARS + 4)}</Encrypt></xml>`],
  ])('finds nothing in %s', (_what, raw) => {
    expect(readEncryptField(raw)).toBeUndefined();
  });

  it('takes linear time on 32 KB built to make a pattern backtrack', () => {
    const hostile = [
      '<Encrypt>'.repeat(3_600),
      `<Encrypt><![CDATA[${'A'.repeat(32_700)}`,
      `<Encrypt>${'A'.repeat(32_700)}=]]`,
      `${'<Encrypt><![CDATA[A]]'.repeat(1_500)}`,
    ];
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) for (const raw of hostile) expect(readEncryptField(raw)).toBeUndefined();
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
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
