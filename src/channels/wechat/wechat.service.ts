import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ChatService } from '../../chat/chat.service';
import { KeyValueStore } from '../../common/state/key-value.store';
import { RateLimiter } from '../../common/state/rate-limiter';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { WeChatApi } from './wechat-api.port';
import { WeChatConversation } from './wechat-conversation';
import { WeChatOutcome } from './wechat-dedup';
import { Sealing, WeChatEnvelope, WeChatQuery, WeChatRejection } from './wechat-envelope';
import { WECHAT_MENU } from './wechat-menu.provider';
import type { WeChatMenu } from './wechat-menu';
import { readWeChatMessage, WeChatMessage } from './wechat-message.schema';
import { webPageLink } from './wechat-reply-text';
import { buildWeChatXml, WeChatXmlError } from './wechat-xml';

/** What the controller sends back. */
export interface WeChatHttpReply {
  status: number;
  contentType: 'text/plain; charset=utf-8' | 'application/xml; charset=utf-8';
  body: string;
}

const plain = (status: number, body: string): WeChatHttpReply => ({ status, contentType: 'text/plain; charset=utf-8', body });
/** WeChat's "received, no reply": it shows nothing and does not retry. */
const SUCCESS = plain(200, 'success');
const NOT_CONFIGURED = plain(503, '公众号接口未启用：服务器未设置 WECHAT_TOKEN');
const MAX_ECHOSTR_CHARS = 256;
/** Late answers still being written or sent at shutdown get this long; the rest of the shutdown waits. */
const SHUTDOWN_WAIT_MS = 5_000;
/** WeChat gives up on a reply after 5 s; whatever is still running then (a store that hangs …), it gets `success`. */
const WECHAT_WAITS_MS = 4_900;
/** After the reply deadline, time to record the outcome before the backstop answers `success`. */
const BACKSTOP_MARGIN_MS = 400;

/**
 * The WeChat Official Account server URL. Before the signature is verified nothing of the body is read
 * (401/403 otherwise) — in safe mode, where msg_signature covers the Encrypt field, only that envelope;
 * after it, WeChat always gets valid XML or `success`, never an error page, and within its 5 seconds.
 */
@Injectable()
export class WeChatService implements OnApplicationShutdown {
  private readonly logger = new Logger('WeChat');
  private readonly envelope?: WeChatEnvelope;
  private readonly conversation?: WeChatConversation;
  private readonly backstopMs: number;

  constructor(
    @Inject(SETTINGS) settings: Settings,
    @Inject(WECHAT_MENU) menu: WeChatMenu,
    chat: ChatService,
    api: WeChatApi,
    store: KeyValueStore,
    limiter: RateLimiter,
  ) {
    this.backstopMs = Math.min(settings.WECHAT_REPLY_DEADLINE_MS + BACKSTOP_MARGIN_MS, WECHAT_WAITS_MS);
    const token = settings.WECHAT_TOKEN;
    if (!token) return;
    this.envelope = new WeChatEnvelope({
      token,
      appId: settings.WECHAT_APP_ID,
      encodingAesKey: settings.WECHAT_ENCODING_AES_KEY,
      previousEncodingAesKey: settings.WECHAT_PREVIOUS_ENCODING_AES_KEY,
      maxSkewSeconds: settings.WECHAT_MAX_SKEW_SECONDS,
    });
    this.conversation = new WeChatConversation(
      {
        sessionSecret: `${token}:${settings.WECHAT_APP_ID ?? ''}`,
        deadlineMs: settings.WECHAT_REPLY_DEADLINE_MS,
        questionsPerMinute: settings.RATE_LIMIT_WECHAT_PER_MINUTE,
        webPageUrl: settings.PUBLIC_BASE_URL ? webPageLink(settings.PUBLIC_BASE_URL) : undefined,
        menu,
      },
      chat,
      api,
      store,
      limiter,
    );
    this.logger.log(`公众号接口已启用（${this.envelope.safeMode ? '安全模式' : '明文模式'}${api.enabled ? '，可发送客服消息' : ''}）`);
  }

  /** GET: the URL check when the server address is saved in the WeChat backend. */
  verifyUrl(query: WeChatQuery): WeChatHttpReply {
    if (!this.envelope) return NOT_CONFIGURED;
    const rejected = this.authenticate(query);
    if (rejected) return rejected;
    const echostr = query.echostr;
    if (!echostr || echostr.length > MAX_ECHOSTR_CHARS) return plain(400, '缺少或无效的 echostr');
    return plain(200, echostr);
  }

  /** POST: a message or event from a follower. */
  async receive(query: WeChatQuery, body: unknown): Promise<WeChatHttpReply> {
    if (!this.envelope || !this.conversation) return NOT_CONFIGURED;
    const rejected = this.authenticate(query, 'push');
    if (rejected) return rejected;
    if (typeof body !== 'string' || !body.trim()) {
      this.logger.warn('公众号消息体为空或不是 XML（Content-Type 应为 text/xml）');
      return SUCCESS;
    }

    let opened: { fields: Record<string, string>; sealing: Sealing };
    try {
      opened = this.envelope.open(query, body);
    } catch (error) {
      if (error instanceof WeChatRejection) return this.reject(error);
      if (error instanceof WeChatXmlError) {
        this.logger.warn(`公众号消息已拒绝：${error.message}`);
        return SUCCESS;
      }
      this.logger.error(`公众号消息无法读取：${(error as Error).message}`);
      return SUCCESS;
    }
    const message = readWeChatMessage(opened.fields);
    if (!message) {
      this.logger.warn(`无法识别的公众号消息（MsgType=${opened.fields.MsgType ?? '无'}）`);
      return SUCCESS;
    }
    try {
      const outcome = await this.withinBackstop(this.conversation.respond(message));
      return this.reply(message, outcome, opened.sealing);
    } catch (error) {
      this.logger.error(`公众号消息处理失败：${(error as Error).message}`);
      return SUCCESS;
    }
  }

  /** Lets customer-service messages already under way finish before the process exits (for a while). */
  async onApplicationShutdown(): Promise<void> {
    if (!this.conversation) return;
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS)));
    await Promise.race([this.conversation.settled(), cap]);
    clearTimeout(timer);
  }

  /**
   * The conversation replies by its own deadline; this is the guarantee that WeChat gets `success` even
   * when something before or after that deadline hangs (the work goes on; its outcome is recorded).
   */
  private async withinBackstop(respond: Promise<WeChatOutcome>): Promise<WeChatOutcome> {
    let timer: NodeJS.Timeout | undefined;
    let passed = false;
    const backstop = new Promise<WeChatOutcome>((resolve) => {
      timer = setTimeout(() => {
        passed = true;
        this.logger.warn(`公众号消息 ${this.backstopMs} 毫秒内未处理完，已回复 success`);
        resolve({ kind: 'success' });
      }, this.backstopMs);
    });
    // A failure before the backstop reaches the caller through the race; one after it is only logged here.
    respond.catch((error: Error) => passed && this.logger.error(`公众号消息处理失败：${error.message}`));
    try {
      return await Promise.race([respond, backstop]);
    } finally {
      clearTimeout(timer);
    }
  }

  private authenticate(query: WeChatQuery, kind: 'verify' | 'push' = 'verify'): WeChatHttpReply | undefined {
    try {
      if (kind === 'push') this.envelope?.checkPush(query);
      else this.envelope?.checkSignature(query);
      return undefined;
    } catch (error) {
      if (error instanceof WeChatRejection) return this.reject(error);
      throw error;
    }
  }

  private reject(error: WeChatRejection): WeChatHttpReply {
    this.logger.warn(`公众号请求已拒绝（${error.status}）：${error.message}`);
    return plain(error.status, error.message);
  }

  private reply(message: WeChatMessage, outcome: WeChatOutcome, sealing: Sealing): WeChatHttpReply {
    // An empty text would make WeChat show its "service unavailable" notice; nothing to say is `success`.
    if (outcome.kind === 'success' || !outcome.text.trim() || !this.envelope) return SUCCESS;
    const xml = buildWeChatXml({
      ToUserName: message.FromUserName,
      FromUserName: message.ToUserName,
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'text',
      Content: outcome.text,
    });
    return { status: 200, contentType: 'application/xml; charset=utf-8', body: this.envelope.seal(xml, sealing) };
  }
}
