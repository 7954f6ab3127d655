import { ChatService } from '../../chat/chat.service';
import type { ChatResponse } from '../../chat/chat.types';
import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { RateLimiter } from '../../common/state/rate-limiter';
import { WeChatApi } from './wechat-api.port';
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
const textMessage = (content: string, from = 'o1'): WeChatMessage => ({
  kind: 'text', ToUserName: 'gh', FromUserName: from, CreateTime: '1700000000', MsgType: 'text', Content: content, MsgId: String(msgId++),
});

describe('WeChatConversation', () => {
  let store: InMemoryKeyValueStore;
  let api: RecordingApi;
  let release: () => void;
  const chat = { chat: jest.fn() };
  const conversation = (overrides: { deadlineMs?: number; questionsPerMinute?: number } = {}) =>
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
    expect(api.sent).toEqual([]);
  });

  it('sends the late answer while the window is open', async () => {
    chat.chat.mockImplementation(() => new Promise((resolve) => (release = () => resolve(answer('晚到的答复')))));
    const c = conversation({ deadlineMs: 100 });
    await c.respond(textMessage('问题', 'oOpen'));
    release();
    await c.settled();
    expect(api.sent).toEqual([['oOpen', '晚到的答复']]);
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
});
