import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { chatRequestSchema, MESSAGE_MAX_CHARS } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { KeyValueStore } from '../../common/state/key-value.store';
import { RateLimiter } from '../../common/state/rate-limiter';
import { WeChatApi } from './wechat-api.port';
import { WeChatDedup, WeChatOutcome } from './wechat-dedup';
import { WeChatInteractionWindow } from './wechat-interaction-window';
import { WeChatMenu } from './wechat-menu';
import { EventMessage, WeChatMessage } from './wechat-message.schema';
import { renderWeChatText } from './wechat-reply-text';
import { WECHAT_TEXTS } from './wechat-texts';

export interface WeChatConversationConfig {
  /** Keys the session ids, so an outsider who learns an openid cannot open that follower's chat session. */
  sessionSecret: string;
  deadlineMs: number;
  /** Questions per follower per minute (0: no limit); retries of one message count once. */
  questionsPerMinute: number;
  webPageUrl?: string;
  menu: WeChatMenu;
}

const SUCCESS: WeChatOutcome = { kind: 'success' };
const text = (t: string): WeChatOutcome => ({ kind: 'text', text: t });

/**
 * What the assistant says to a follower: answers to text (the chat service; the openid is the session),
 * the welcome on subscribe, menu clicks, a note for other message types. Each message is handled once
 * (WeChat's retries share the reply); an answer that misses WeChat's window goes out as a
 * customer-service message when an AppSecret is configured.
 */
export class WeChatConversation {
  private readonly logger = new Logger('WeChat');
  private readonly dedup: WeChatDedup;
  private readonly window: WeChatInteractionWindow;
  private readonly deliveries = new Set<Promise<void>>();

  constructor(
    private readonly config: WeChatConversationConfig,
    private readonly chat: ChatService,
    private readonly api: WeChatApi,
    store: KeyValueStore,
    private readonly limiter: RateLimiter,
  ) {
    this.dedup = new WeChatDedup(store);
    this.window = new WeChatInteractionWindow(store);
  }

  async respond(message: WeChatMessage): Promise<WeChatOutcome> {
    const openid = message.FromUserName;
    if (message.kind === 'event') return this.onEvent(message);
    await this.window.touch(openid);
    if (message.kind === 'text') return this.once(`m:${message.MsgId}`, openid, () => this.answer(openid, message.Content));
    const id = message.MsgId ? `m:${message.MsgId}` : `e:${openid}:${message.CreateTime}:${message.MsgType}`;
    return this.once(id, openid, async () => WECHAT_TEXTS.onlyText);
  }

  /** Resolves when every customer-service message started so far has been sent or has failed. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.deliveries]);
  }

  private async onEvent(event: EventMessage): Promise<WeChatOutcome> {
    const openid = event.FromUserName;
    const id = `e:${openid}:${event.CreateTime}:${event.Event}`;
    const name = event.Event.toLowerCase();
    if (name === 'unsubscribe') return SUCCESS;
    await this.window.touch(openid);
    if (name === 'subscribe') return this.once(id, openid, async () => this.config.menu.welcome);
    if (name !== 'click') return SUCCESS; // VIEW, LOCATION, SCAN, TEMPLATESENDJOBFINISH …: nothing to say
    const items = this.config.menu.items;
    const item = event.EventKey && Object.hasOwn(items, event.EventKey) ? items[event.EventKey] : undefined;
    if (!item) return this.once(id, openid, async () => WECHAT_TEXTS.unknownMenu);
    if ('answer' in item) return this.once(id, openid, async () => item.answer);
    return this.once(id, openid, () => this.answer(openid, item.prompt));
  }

  private once(id: string, openid: string, work: () => Promise<string>): Promise<WeChatOutcome> {
    return this.dedup.handle(id, work, {
      deadlineMs: this.config.deadlineMs,
      onLate: (running) => {
        if (!this.api.enabled) return { outcome: text(WECHAT_TEXTS.late), handedOff: false };
        this.track(running.then((answer) => this.deliver(openid, answer)));
        return { outcome: SUCCESS, handedOff: true };
      },
    });
  }

  /** Never throws: whatever goes wrong, the follower gets a polite text. */
  private async answer(openid: string, content: string): Promise<string> {
    const parsed = chatRequestSchema.safeParse({ message: content, sessionId: this.sessionId(openid) });
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
      return tooLong ? WECHAT_TEXTS.tooLong(MESSAGE_MAX_CHARS) : WECHAT_TEXTS.empty;
    }
    const limit = await this.limiter.consume(`wx:${openid}`, this.config.questionsPerMinute);
    if (!limit.allowed) return WECHAT_TEXTS.tooFrequent(Math.max(1, Math.ceil(limit.retryAfterMs / 1000)));
    try {
      const response = await this.chat.chat(parsed.data, { channel: 'wechat' });
      return renderWeChatText(response, { webPageUrl: this.config.webPageUrl });
    } catch (error) {
      this.logger.error(`公众号消息答复失败：${(error as Error).message}`);
      return WECHAT_TEXTS.failed;
    }
  }

  private async deliver(openid: string, answer: string): Promise<void> {
    if (!(await this.window.isOpen(openid))) {
      this.logger.warn(`用户 ${shortId(openid)} 超过 48 小时未互动，客服消息未发送`);
      return;
    }
    try {
      await this.api.sendText(openid, answer);
    } catch (error) {
      this.logger.error(`客服消息发送失败（用户 ${shortId(openid)}）：${(error as Error).message}`);
    }
  }

  private track(delivery: Promise<void>): void {
    const tracked = delivery.catch(() => undefined).finally(() => this.deliveries.delete(tracked));
    this.deliveries.add(tracked);
  }

  /** `wx-` + a keyed hash of the openid: fits the chat's sessionId format and cannot be guessed. */
  private sessionId(openid: string): string {
    return `wx-${createHmac('sha256', this.config.sessionSecret).update(`session:${openid}`).digest('base64url').slice(0, 40)}`;
  }
}

function shortId(openid: string): string {
  return `${openid.slice(0, 6)}…`;
}
