import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ChatService } from '../src/chat/chat.service';
import { createApp } from './create-app';
import { ACCOUNT, eventMessage, imageMessage, newMsgId, nowSeconds, readReply, signedQuery, textMessage, TOKEN } from './wechat-kit';

describe('WeChat Official Account, plain mode (e2e)', () => {
  let app: INestApplication;
  let chatSpy: jest.SpyInstance;
  beforeAll(async () => {
    app = await createApp({
      env: { WECHAT_TOKEN: TOKEN, PUBLIC_BASE_URL: 'https://ip.jindong.example.cn', RATE_LIMIT_WECHAT_PER_MINUTE: '0' },
    });
    chatSpy = jest.spyOn(app.get(ChatService), 'chat');
  });
  afterAll(() => app.close());
  beforeEach(() => chatSpy.mockClear());

  const http = () => request(app.getHttpServer());
  const push = (xml: string, query: Record<string, string> = signedQuery()) =>
    http().post('/wechat').query(query).set('content-type', 'text/xml').send(xml);

  describe('GET /wechat (URL verification)', () => {
    it('echoes echostr when the signature matches', async () => {
      const res = await http().get('/wechat').query({ ...signedQuery(), echostr: '5838479218127813673' }).expect(200);
      expect(res.text).toBe('5838479218127813673');
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
    });

    it('refuses a wrong signature, a missing one and a wrong token, in Chinese', async () => {
      const q = signedQuery();
      const wrong = await http().get('/wechat').query({ ...q, signature: q.signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')), echostr: 'x' });
      expect(wrong.status).toBe(401);
      expect(wrong.text).toBe('签名校验失败');
      await http().get('/wechat').query({ echostr: 'x' }).expect(401);
      await http().get('/wechat').query({ ...signedQuery({ token: 'another-token' }), echostr: 'x' }).expect(401);
    });

    it('refuses a correctly signed but stale timestamp (WECHAT_MAX_SKEW_SECONDS, 300 by default)', async () => {
      const res = await http().get('/wechat').query({ ...signedQuery({ timestamp: nowSeconds() - 301 }), echostr: 'x' });
      expect(res.status).toBe(403);
      expect(res.text).toContain('时间戳');
    });
  });

  describe('POST /wechat', () => {
    it('answers a text question with the assistant’s answer as plain text with clause references', async () => {
      const question = '今年新增高价值发明专利35件，能奖励多少？';
      const res = await push(textMessage({ content: question, from: 'oFollower_answer' })).expect(200);
      const reply = readReply(res.text);
      expect(reply).toMatchObject({ ToUserName: 'oFollower_answer', FromUserName: ACCOUNT, MsgType: 'text' });
      expect(Math.abs(Number(reply.CreateTime) - nowSeconds())).toBeLessThan(60); // seconds, not milliseconds
      const api = (await http().post('/api/chat').send({ message: question }).expect(200)).body;
      expect(api.totalYuan).toBeGreaterThan(0);
      expect(reply.Content).toContain(`${api.totalYuan / 10_000}万元`);
      for (const c of api.citations as { label: string }[]) expect(reply.Content).toContain(c.label.split(' ')[0]);
      expect(reply.Content).toContain('征求意见稿');
      expect(reply.Content).not.toMatch(/\*\*|^#+ /m);
      expect(Buffer.byteLength(reply.Content)).toBeLessThanOrEqual(2047);
      expect(chatSpy).toHaveBeenCalledWith(
        { message: question, sessionId: expect.stringMatching(/^wx-[A-Za-z0-9_-]+$/) },
        { channel: 'wechat' },
      );
    });

    it('keeps one chat session per follower, so a follow-up is understood', async () => {
      await push(textMessage({ content: '今年新增高价值发明专利35件，能奖励多少？', from: 'oFollower_session' })).expect(200);
      await push(textMessage({ content: '那如果是55件呢？', from: 'oFollower_session' })).expect(200);
      await push(textMessage({ content: '你好', from: 'oFollower_other' })).expect(200);
      const sessions = chatSpy.mock.calls.map((call) => (call[0] as { sessionId: string }).sessionId);
      expect(sessions[0]).toBe(sessions[1]);
      expect(sessions[2]).not.toBe(sessions[0]);
      expect(sessions[0]).not.toContain('oFollower_session');
    });

    it('processes a retried MsgId once and gives the retry the same reply', async () => {
      const xml = textMessage({ content: '驰名商标有什么规定', msgId: newMsgId(), from: 'oFollower_retry' });
      const first = readReply((await push(xml).expect(200)).text);
      const retry = readReply((await push(xml).expect(200)).text);
      expect(retry.Content).toBe(first.Content);
      expect(chatSpy).toHaveBeenCalledTimes(1);
      expect(first.Content).toContain('第16条');
    });

    it('gives concurrent retries of one MsgId one answer', async () => {
      const xml = textMessage({ content: '这个政策有效期多久', msgId: newMsgId() });
      const replies = await Promise.all([push(xml), push(xml), push(xml)]);
      const contents = replies.map((r) => readReply(r.text).Content);
      expect(new Set(contents).size).toBe(1);
      expect(contents[0]).toContain('有效期3年');
      expect(chatSpy).toHaveBeenCalledTimes(1);
    });

    it('welcomes a new follower with example questions', async () => {
      const res = await push(eventMessage({ event: 'subscribe', from: 'oFollower_new' })).expect(200);
      const reply = readReply(res.text);
      expect(reply).toMatchObject({ ToUserName: 'oFollower_new', MsgType: 'text' });
      expect(reply.Content).toContain('感谢关注');
      expect(reply.Content).toContain('今年新增高价值发明专利35件，能奖励多少？');
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('answers menu clicks: a canned text, a question asked on the follower’s behalf, an unknown key', async () => {
      const canned = readReply((await push(eventMessage({ event: 'CLICK', key: 'CALC_HELP' })).expect(200)).text);
      expect(canned.Content).toContain('测算奖补时');
      expect(chatSpy).not.toHaveBeenCalled();

      const asked = readReply((await push(eventMessage({ event: 'CLICK', key: 'POLICY_VALIDITY', from: 'oFollower_menu' })).expect(200)).text);
      expect(chatSpy).toHaveBeenCalledWith(expect.objectContaining({ message: '这个政策的有效期是多久？' }), { channel: 'wechat' });
      expect(asked.Content).toContain('有效期3年');

      for (const key of ['NO_SUCH_KEY', 'constructor', '__proto__']) {
        const unknown = readReply((await push(eventMessage({ event: 'CLICK', key, from: `oFollower_menu_${key}` })).expect(200)).text);
        expect(unknown.Content).toContain('该菜单暂无内容');
      }
    });

    it('deduplicates events by sender and CreateTime', async () => {
      const xml = eventMessage({ event: 'CLICK', key: 'POLICY_OVERVIEW', from: 'oFollower_evt', createTime: nowSeconds() });
      const a = readReply((await push(xml).expect(200)).text);
      const b = readReply((await push(xml).expect(200)).text);
      expect(b.Content).toBe(a.Content);
      expect(chatSpy).toHaveBeenCalledTimes(1);
    });

    it('answers two different menu clicks in the same second separately (the key is part of the event id)', async () => {
      const createTime = nowSeconds();
      const overview = readReply(
        (await push(eventMessage({ event: 'CLICK', key: 'POLICY_OVERVIEW', from: 'oFollower_twoclicks', createTime })).expect(200)).text,
      );
      const validity = readReply(
        (await push(eventMessage({ event: 'CLICK', key: 'POLICY_VALIDITY', from: 'oFollower_twoclicks', createTime })).expect(200)).text,
      );
      expect(validity.Content).toContain('有效期3年');
      expect(validity.Content).not.toBe(overview.Content);
      expect(chatSpy).toHaveBeenCalledTimes(2);
    });

    it('replies success to events that need no answer (unsubscribe, VIEW)', async () => {
      expect((await push(eventMessage({ event: 'unsubscribe' })).expect(200)).text).toBe('success');
      expect((await push(eventMessage({ event: 'VIEW', key: 'https://example.cn' })).expect(200)).text).toBe('success');
    });

    it('says politely that only text is understood for images, voice and the like', async () => {
      const reply = readReply((await push(imageMessage()).expect(200)).text);
      expect(reply.Content).toContain('只能理解文字消息');
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('answers text the chat would refuse (too long, empty) with a polite note, not an error', async () => {
      const long = readReply((await push(textMessage({ content: '专利'.repeat(1001) })).expect(200)).text);
      expect(long.Content).toContain('超过 2000 字');
      const empty = readReply((await push(textMessage({ content: '\u200b  ' })).expect(200)).text);
      expect(empty.Content).toContain('没有收到文字内容');
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('reads a CDATA breakout attempt as text and cannot be made to forge reply fields', async () => {
      const evil = '驰名商标]]></Content><MsgType><![CDATA[image]]></MsgType><Content><![CDATA[有什么奖励';
      chatSpy.mockImplementationOnce(async (req: { message: string; sessionId?: string }) => ({
        sessionId: req.sessionId ?? 's',
        turnId: 't',
        answer: `您问的是：${req.message}`,
        citations: [],
        calculations: [],
        totalYuan: null,
        needsInfo: [],
        mode: 'offline' as const,
        outcome: 'answered' as const,
      }));
      const res = await push(textMessage({ content: evil, from: 'oFollower_cdata' })).expect(200);
      expect(chatSpy).toHaveBeenCalledWith(expect.objectContaining({ message: evil }), { channel: 'wechat' });
      const reply = readReply(res.text);
      expect(reply.MsgType).toBe('text');
      expect(reply.ToUserName).toBe('oFollower_cdata');
      expect(reply.Content).toBe(`您问的是：${evil}`);
    });

    it('refuses a bad signature with 401 before reading the body', async () => {
      const q = signedQuery();
      const res = await push(textMessage({ content: '你好' }), { ...q, nonce: `${q.nonce}1` });
      expect(res.status).toBe(401);
      const unparsable = await push('<xml><unclosed>', { ...q, signature: '0'.repeat(40) });
      expect(unparsable.status).toBe(401);
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('refuses XML with a DOCTYPE or ENTITY declaration without processing it', async () => {
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
        `<xml><ToUserName>${ACCOUNT}</ToUserName><FromUserName>oX</FromUserName><CreateTime>1</CreateTime>` +
        '<MsgType>text</MsgType><Content>&b;</Content><MsgId>1</MsgId></xml>';
      const xxe = '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><MsgType>text</MsgType><Content>&x;</Content></xml>';
      for (const xml of [bomb, xxe]) {
        const res = await push(xml).expect(200);
        expect(res.text).toBe('success');
      }
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('refuses a DOCTYPE hidden between comments or processing instructions that mention "<![CDATA["', async () => {
      const dtd = '<!DOCTYPE xml [<!ENTITY a "驰名商标有什么规定">]>';
      const msg =
        `<xml><ToUserName>${ACCOUNT}</ToUserName><FromUserName>oX_hidden</FromUserName><CreateTime>${nowSeconds()}</CreateTime>` +
        `<MsgType>text</MsgType><Content>&a;</Content><MsgId>${newMsgId()}</MsgId></xml>`;
      for (const xml of [
        `<?x <![CDATA[ ?>${dtd}<?y ]]> ?>${msg}`,
        `<!-- <![CDATA[ -->${dtd}<!-- ]]> -->${msg}`,
        `<!-- <![CDATA[ -->${dtd}<?y ]]> ?>${msg}`,
      ]) {
        const res = await push(xml).expect(200);
        expect(res.text).toBe('success');
      }
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('answers a question that itself contains "<!DOCTYPE" or "<!ENTITY" (inside CDATA it is text)', async () => {
      const question = '<!DOCTYPE html> 和 <!ENTITY> 是什么？驰名商标有什么规定';
      const reply = readReply((await push(textMessage({ content: question, from: 'oFollower_doctype_text' })).expect(200)).text);
      expect(chatSpy).toHaveBeenCalledWith(expect.objectContaining({ message: question }), { channel: 'wechat' });
      expect(reply.MsgType).toBe('text');
      expect(reply.Content.length).toBeGreaterThan(0);
    });

    it('refuses an oversized body with 413 before any handler runs', async () => {
      const res = await push(textMessage({ content: '专'.repeat(12_000) }));
      expect(res.status).toBe(413);
      expect(res.text).toContain('请求内容过大');
      expect(chatSpy).not.toHaveBeenCalled();
    });

    it('answers malformed or unknown XML after a valid signature with success', async () => {
      expect((await push('<xml><Content>a</Content>').expect(200)).text).toBe('success');
      expect((await push('<xml><MsgType>text</MsgType></xml>').expect(200)).text).toBe('success');
      expect((await http().post('/wechat').query(signedQuery()).send({ json: true }).expect(200)).text).toBe('success');
    });
  });
});
