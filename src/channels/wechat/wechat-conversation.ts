import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { chatRequestSchema, MESSAGE_MAX_CHARS } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { KeyValueStore } from '../../common/state/key-value.store';
import { RateLimiter } from '../../common/state/rate-limiter';
import { WeChatApi } from './wechat-api.port';
import { WeChatDedup, WeChatOutcome } from './wechat-dedup';
import { WeChatInteractionWindow } from './wechat-interaction-window';
import { WeChatLateAnswers } from './wechat-late-answers';
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
 * Events that open (renew) the window for customer-service messages, per WeChat's rules: following the
 * account, scanning a QR code, and the menu buttons that push an event (click, scancode_push,
 * scancode_waitmsg). VIEW, LOCATION, TEMPLATESENDJOBFINISH, unsubscribe … do not. (Every message a
 * follower sends does.)
 */
const INTERACTION_EVENTS = new Set(['subscribe', 'scan', 'click', 'scancode_push', 'scancode_waitmsg']);

/** An answer for the follower; `keep` when it is worth handing out again on a resend (not a failure notice). */
interface Reply {
  text: string;
  keep: boolean;
}

/**
 * What the assistant says to a follower: answers to text (the chat service; the openid is the session),
 * the welcome on subscribe, menu clicks, a note for other message types. Each message is handled once
 * (WeChat's retries share the reply); an answer that misses WeChat's window goes out as a
 * customer-service message when an AppSecret is configured; without one the follower is asked to send
 * the question again, and that resend gets the finished answer (WeChatLateAnswers).
 */
export class WeChatConversation {
  private readonly logger = new Logger('WeChat');
  private readonly dedup: WeChatDedup;
  private readonly window: WeChatInteractionWindow;
  private readonly lateAnswers: WeChatLateAnswers;
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
    this.lateAnswers = new WeChatLateAnswers(store);
  }

  async respond(message: WeChatMessage): Promise<WeChatOutcome> {
    const openid = message.FromUserName;
    if (message.kind === 'event') return this.onEvent(message);
    await this.window.touch(openid);
    if (message.kind === 'text') return this.ask(`m:${message.MsgId}`, openid, message.Content);
    const id = message.MsgId ? `m:${message.MsgId}` : `e:${openid}:${message.CreateTime}:${message.MsgType}`;
    return this.once(id, openid, async () => WECHAT_TEXTS.onlyText);
  }

  /** Resolves when every late answer so far has been sent as a customer-service message, or kept for a resend, or has failed. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.deliveries]);
  }

  private async onEvent(event: EventMessage): Promise<WeChatOutcome> {
    const openid = event.FromUserName;
    // Two menu clicks in the same second are two events: the key is part of the id.
    const id = `e:${openid}:${event.CreateTime}:${event.Event}:${event.EventKey ?? ''}`;
    const name = event.Event.toLowerCase();
    if (name === 'unsubscribe') return SUCCESS;
    if (INTERACTION_EVENTS.has(name)) await this.window.touch(openid);
    if (name === 'subscribe') return this.once(id, openid, async () => this.config.menu.welcome);
    if (name !== 'click') return SUCCESS; // VIEW, LOCATION, SCAN, TEMPLATESENDJOBFINISH …: nothing to say
    const items = this.config.menu.items;
    const item = event.EventKey && Object.hasOwn(items, event.EventKey) ? items[event.EventKey] : undefined;
    if (!item) return this.once(id, openid, async () => WECHAT_TEXTS.unknownMenu);
    if ('answer' in item) return this.once(id, openid, async () => item.answer);
    return this.ask(id, openid, item.prompt);
  }

  /**
   * A question for the assistant. When its answer misses the deadline and there is no customer-service
   * API, the follower is told to send it again, and the answer is kept for that resend.
   */
  private ask(id: string, openid: string, question: string): Promise<WeChatOutcome> {
    let reply: Promise<Reply> | undefined;
    const work = () => (reply = this.answer(openid, question)).then((r) => r.text);
    return this.once(id, openid, work, () => {
      const finished = reply;
      if (!finished) return;
      this.track(
        this.lateAnswers
          .expect(openid, question)
          .then(() => finished)
          .then((r) => (r.keep ? this.lateAnswers.keep(openid, question, r.text) : this.lateAnswers.forget(openid, question)))
          .catch((error: Error) => this.logger.error(`晚到的答复未能保存（用户 ${shortId(openid)}）：${error.message}`)),
      );
    });
  }

  private once(id: string, openid: string, work: () => Promise<string>, onLateWithoutApi?: () => void): Promise<WeChatOutcome> {
    return this.dedup.handle(id, work, {
      deadlineMs: this.config.deadlineMs,
      onLate: (running) => {
        if (!this.api.enabled) {
          onLateWithoutApi?.();
          return { outcome: text(WECHAT_TEXTS.late), handedOff: false };
        }
        this.track(running.then((answer) => this.deliver(openid, answer)));
        return { outcome: SUCCESS, handedOff: true };
      },
    });
  }

  /** Never throws: whatever goes wrong, the follower gets a polite text. */
  private async answer(openid: string, content: string): Promise<Reply> {
    const parsed = chatRequestSchema.safeParse({ message: content, sessionId: this.sessionId(openid) });
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
      return { text: tooLong ? WECHAT_TEXTS.tooLong(MESSAGE_MAX_CHARS) : WECHAT_TEXTS.empty, keep: false };
    }
    // The resend of a question whose answer came too late for its own reply: that answer, at once.
    const kept = this.api.enabled ? undefined : await this.lateAnswers.take(openid, content);
    if (kept !== undefined) return { text: kept, keep: true };
    const limit = await this.limiter.consume(`wx:${openid}`, this.config.questionsPerMinute);
    if (!limit.allowed) return { text: WECHAT_TEXTS.tooFrequent(Math.max(1, Math.ceil(limit.retryAfterMs / 1000))), keep: false };
    try {
      const response = await this.chat.chat(parsed.data, { channel: 'wechat' });
      return { text: renderWeChatText(response, { webPageUrl: this.config.webPageUrl, question: parsed.data.message }), keep: true };
    } catch (error) {
      this.logger.error(`公众号消息答复失败：${(error as Error).message}`);
      return { text: WECHAT_TEXTS.failed, keep: false };
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
