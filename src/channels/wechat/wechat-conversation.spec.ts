import { ChatService } from '../../chat/chat.service';
import type { ChatResponse } from '../../chat/chat.types';
import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { RateLimiter } from '../../common/state/rate-limiter';
import { DisabledWeChatApi, WeChatApi } from './wechat-api.port';
import { WeChatConversation } from './wechat-conversation';
import { DEFAULT_MENU } from './wechat-menu';
import { WeChatMessage } from './wechat-message.schema';

class RecordingApi extends WeChatApi {
  readonly enabled = true;
  readonly sent: [string, string][] = [];
  async sendText(openid: string, text: string): Promise<void> {
    this.sent.push([openid, text]);
  }
}

const answer = (text: string): ChatResponse => ({
  sessionId: 's', turnId: 't', answer: text, citations: [], calculations: [], totalYuan: null, needsInfo: [], mode: 'offline', outcome: 'answered',
});

let msgId = 1;
const event = (Event: string, EventKey: string | undefined, from: string, CreateTime = '1700000000'): WeChatMessage => ({
  kind: 'event', ToUserName: 'gh', FromUserName: from, CreateTime, MsgType: 'event', Event, EventKey,
});
const textMessage = (content: string, from = 'o1'): WeChatMessage => ({
  kind: 'text', ToUserName: 'gh', FromUserName: from, CreateTime: '1700000000', MsgType: 'text', Content: content, MsgId: String(msgId++),
});

describe('WeChatConversation', () => {
  let store: InMemoryKeyValueStore;
  let api: WeChatApi & { sent?: [string, string][] };
  let release: () => void;
  const chat = { chat: jest.fn() };
  const conversation = (overrides: { deadlineMs?: number; questionsPerMinute?: number } = {}): WeChatConversation =>
    new WeChatConversation(
      { sessionSecret: 'k', deadlineMs: overrides.deadlineMs ?? 1000, questionsPerMinute: overrides.questionsPerMinute ?? 0, menu: DEFAULT_MENU },
      chat as unknown as ChatService,
      api,
      store,
      new RateLimiter(store),
    );

  beforeEach(() => {
    store = new InMemoryKeyValueStore({ maxKeys: 1000 });
    api = new RecordingApi();
    chat.chat.mockReset();
  });

  it('does not send a late answer once the 48-hour window has closed', async () => {
    chat.chat.mockImplementation(() => new Promise((resolve) => (release = () => resolve(answer('晚到的答复')))));
    const c = conversation({ deadlineMs: 100 });
    expect(await c.respond(textMessage('问题', 'oLate'))).toEqual({ kind: 'success' });
    await store.delete('wechat:last-seen:oLate'); // as if the follower's last message were 48 hours old
    release();
    await c.settled();
    expect((api as RecordingApi).sent).toEqual([]);
  });

  it('sends the late answer while the window is open', async () => {
    chat.chat.mockImplementation(() => new Promise((resolve) => (release = () => resolve(answer('晚到的答复')))));
    const c = conversation({ deadlineMs: 100 });
    await c.respond(textMessage('问题', 'oOpen'));
    release();
    await c.settled();
    expect((api as RecordingApi).sent).toEqual([['oOpen', '晚到的答复']]);
  });

  it('limits questions per follower per minute, with a polite text', async () => {
    chat.chat.mockResolvedValue(answer('答复'));
    const c = conversation({ questionsPerMinute: 2 });
    expect(await c.respond(textMessage('一', 'oBusy'))).toEqual({ kind: 'text', text: '答复' });
    expect(await c.respond(textMessage('二', 'oBusy'))).toEqual({ kind: 'text', text: '答复' });
    const third = await c.respond(textMessage('三', 'oBusy'));
    expect(third).toEqual({ kind: 'text', text: expect.stringContaining('太频繁') });
    expect(await c.respond(textMessage('四', 'oCalm'))).toEqual({ kind: 'text', text: '答复' });
    expect(chat.chat).toHaveBeenCalledTimes(3);
  });

  it('answers a failing chat with a polite text', async () => {
    chat.chat.mockRejectedValue(new Error('model down'));
    expect(await conversation().respond(textMessage('问题'))).toEqual({ kind: 'text', text: expect.stringContaining('暂时无法答复') });
  });

  describe('without a customer-service API (no AppSecret)', () => {
    beforeEach(() => (api = new DisabledWeChatApi()));
    const gated = () => {
      const releases: (() => void)[] = [];
      chat.chat.mockImplementation(
        (req: { message: string }) => new Promise((resolve) => releases.push(() => resolve(answer(`答复：${req.message}`)))),
      );
      return () => releases.splice(0).forEach((r) => r());
    };

    it('keeps an answer that came too late and gives it to the resend (a new MsgId) at once, computed once', async () => {
      const releaseAll = gated();
      const c = conversation({ deadlineMs: 100 });
      expect(await c.respond(textMessage('驰名商标 有什么奖励？', 'oResend'))).toEqual({ kind: 'text', text: expect.stringContaining('请稍后再发送一次') });
      releaseAll();
      await c.settled();
      // Resent as typed again: spacing, width and the question mark may differ.
      expect(await c.respond(textMessage('驰名商标有什么奖励?', 'oResend'))).toEqual({ kind: 'text', text: '答复：驰名商标 有什么奖励？' });
      expect(chat.chat).toHaveBeenCalledTimes(1);
      // Handed out once: asked again later, the question is answered anew.
      releaseAll();
      const again = c.respond(textMessage('驰名商标有什么奖励', 'oResend'));
      await new Promise((r) => setTimeout(r, 20));
      releaseAll();
      expect(await again).toEqual({ kind: 'text', text: '答复：驰名商标有什么奖励' });
      expect(chat.chat).toHaveBeenCalledTimes(2);
    });

    it('a resend while the late answer is still being worked out waits for it instead of asking again', async () => {
      const releaseAll = gated();
      const c = conversation({ deadlineMs: 300 });
      expect((await c.respond(textMessage('有效期多久', 'oEager'))) as { text: string }).toMatchObject({ text: expect.stringContaining('请稍后') });
      const resend = c.respond(textMessage('有效期多久', 'oEager'));
      await new Promise((r) => setTimeout(r, 50));
      releaseAll();
      expect(await resend).toEqual({ kind: 'text', text: '答复：有效期多久' });
      expect(chat.chat).toHaveBeenCalledTimes(1);
    });

    it('keeps the answer per follower and question, in the shared store (so every instance finds it)', async () => {
      const releaseAll = gated();
      const c = conversation({ deadlineMs: 100 });
      await c.respond(textMessage('问题甲', 'oA'));
      releaseAll();
      await c.settled();
      const other = conversation({ deadlineMs: 100 }); // another instance over the same store
      releaseAll();
      const otherFollower = other.respond(textMessage('问题甲', 'oB'));
      const otherQuestion = other.respond(textMessage('问题乙', 'oA'));
      await new Promise((r) => setTimeout(r, 20));
      releaseAll();
      expect(await otherFollower).toEqual({ kind: 'text', text: '答复：问题甲' });
      expect(await otherQuestion).toEqual({ kind: 'text', text: '答复：问题乙' });
      expect(chat.chat).toHaveBeenCalledTimes(3);
      expect(await other.respond(textMessage('问题甲', 'oA'))).toEqual({ kind: 'text', text: '答复：问题甲' });
      expect(chat.chat).toHaveBeenCalledTimes(3);
    });

    it('does not keep a failure notice: the resend asks again', async () => {
      let fail!: () => void;
      chat.chat.mockImplementationOnce(() => new Promise((_resolve, reject) => (fail = () => reject(new Error('model down')))));
      chat.chat.mockResolvedValueOnce(answer('第二次好了'));
      const c = conversation({ deadlineMs: 100 });
      await c.respond(textMessage('问题', 'oFail'));
      fail();
      await c.settled();
      expect(await c.respond(textMessage('问题', 'oFail'))).toEqual({ kind: 'text', text: '第二次好了' });
      expect(chat.chat).toHaveBeenCalledTimes(2);
    });
  });

  it('treats two different menu clicks in the same second as two events', async () => {
    chat.chat.mockImplementation(async (req: { message: string }) => answer(`答复：${req.message}`));
    const c = conversation();
    const overview = await c.respond(event('CLICK', 'POLICY_OVERVIEW', 'oMenu', '1700000100'));
    const validity = await c.respond(event('CLICK', 'POLICY_VALIDITY', 'oMenu', '1700000100'));
    const howto = await c.respond(event('CLICK', 'ASK_HOWTO', 'oMenu', '1700000100'));
    expect(new Set([overview, validity, howto].map((o) => (o as { text: string }).text)).size).toBe(3);
    expect(chat.chat).toHaveBeenCalledTimes(2);
    // A retry of one of them still gets its own answer, without asking again.
    expect(await c.respond(event('CLICK', 'POLICY_VALIDITY', 'oMenu', '1700000100'))).toEqual(validity);
    expect(chat.chat).toHaveBeenCalledTimes(2);
  });

  it('renews the 48-hour window only for interactions: messages, subscribe, SCAN and menu clicks', async () => {
    chat.chat.mockResolvedValue(answer('答复'));
    const c = conversation();
    const seen = (openid: string) => store.get(`wechat:last-seen:${openid}`);
    for (const [name, key] of [['VIEW', 'https://x.cn'], ['LOCATION', undefined], ['TEMPLATESENDJOBFINISH', undefined], ['unsubscribe', undefined], ['MASSSENDJOBFINISH', undefined]] as const) {
      await c.respond(event(name, key, `oPassive_${name}`));
      expect(await seen(`oPassive_${name}`)).toBeUndefined();
    }
    for (const [name, key] of [['subscribe', undefined], ['SCAN', '123'], ['CLICK', 'CALC_HELP'], ['scancode_push', 'S'], ['scancode_waitmsg', 'S']] as const) {
      await c.respond(event(name, key, `oActive_${name}`));
      expect(await seen(`oActive_${name}`)).toBeDefined();
    }
    await c.respond(textMessage('你好', 'oText'));
    expect(await seen('oText')).toBeDefined();
  });
});
