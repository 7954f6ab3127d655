import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ChatService } from '../../chat/chat.service';
import { KeyValueStore } from '../../common/state/key-value.store';
import { RateLimitDecision, RateLimiter, rateLimitedError } from '../../common/state/rate-limiter';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { WeChatApi } from './wechat-api.port';
import { WeChatConversation } from './wechat-conversation';
import { WeChatOutcome } from './wechat-dedup';
import { Sealing, WeChatEnvelope, WeChatQuery, WeChatRejection } from './wechat-envelope';
import { WECHAT_MENU } from './wechat-menu.provider';
import type { WeChatMenu } from './wechat-menu';
import { readWeChatMessage, WeChatMessage } from './wechat-message.schema';
import { WeChatReplayGuard } from './wechat-replay-guard';
import { webPageLink } from './wechat-reply-text';
import { buildWeChatXml, WeChatXmlError } from './wechat-xml';

/** What the controller sends back. */
export interface WeChatHttpReply {
  status: number;
  contentType: 'text/plain; charset=utf-8' | 'application/xml; charset=utf-8';
  body: string;
  headers?: Record<string, string>;
}

const plain = (status: number, body: string): WeChatHttpReply => ({ status, contentType: 'text/plain; charset=utf-8', body });
/** WeChat's "received, no reply": it shows nothing and does not retry. */
const SUCCESS = plain(200, 'success');
const NOT_CONFIGURED = plain(503, '公众号接口未启用：服务器未设置 WECHAT_TOKEN');
const MAX_ECHOSTR_CHARS = 256;
const REPLAYED = new WeChatRejection(403, '该签名已用于另一条内容（疑似重放），已拒绝');
/** Late answers still being written or sent at shutdown get this long; the rest of the shutdown waits. */
const SHUTDOWN_WAIT_MS = 5_000;
/** WeChat gives up on a reply after 5 s; whatever is still running then (a store that hangs …), it gets `success`. */
const WECHAT_WAITS_MS = 4_900;
/** After the reply deadline, time to record the outcome before the backstop answers `success`. */
const BACKSTOP_MARGIN_MS = 400;

/** Only for what failed the signature check over the per-address limit: WeChat never gets it. */
function tooMany(decision: RateLimitDecision): WeChatHttpReply {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return { ...plain(429, rateLimitedError(decision.retryAfterMs).message), headers: { 'retry-after': String(seconds) } };
}

/** The check's result, or the rejection it threw (anything else is a bug and propagates). */
function verified<T>(check: () => T): T | WeChatRejection {
  try {
    return check();
  } catch (error) {
    if (error instanceof WeChatRejection) return error;
    throw error;
  }
}

/**
 * The WeChat Official Account server URL. Before the signature is verified no XML is parsed (401/403
 * otherwise) — in safe mode, where msg_signature covers the Encrypt field, only that field is cut out of
 * the body; after it, WeChat always gets valid XML or `success`, never an error page, and within its
 * 5 seconds. A plain signature used again with other content is a replay (403).
 */
@Injectable()
export class WeChatService implements OnApplicationShutdown {
  private readonly logger = new Logger('WeChat');
  private readonly envelope?: WeChatEnvelope;
  private readonly conversation?: WeChatConversation;
  private readonly replay?: WeChatReplayGuard;
  private readonly backstopMs: number;
  private readonly addressLimit: number;

  constructor(
    @Inject(SETTINGS) settings: Settings,
    @Inject(WECHAT_MENU) menu: WeChatMenu,
    chat: ChatService,
    api: WeChatApi,
    store: KeyValueStore,
    private readonly limiter: RateLimiter,
  ) {
    this.addressLimit = settings.RATE_LIMIT_WECHAT_IP_PER_MINUTE;
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
    this.replay = new WeChatReplayGuard(store, { maxSkewSeconds: settings.WECHAT_MAX_SKEW_SECONDS });
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
  async verifyUrl(query: WeChatQuery, clientAddress?: string): Promise<WeChatHttpReply> {
    const envelope = this.envelope;
    if (!envelope || !this.replay) return NOT_CONFIGURED;
    const flood = await this.overAddressLimit(clientAddress);
    const checked = verified(() => envelope.checkSignature(query));
    if (checked instanceof WeChatRejection) return flood ? tooMany(flood) : this.reject(checked);
    // Over the limit, a signed check is still answered: it is rare, cheap, and WeChat's setup needs it.
    const echostr = query.echostr;
    if (!echostr || echostr.length > MAX_ECHOSTR_CHARS) return plain(400, '缺少或无效的 echostr');
    if (!(await this.replay.admit(query, `GET\n${echostr}`))) return this.reject(REPLAYED);
    return plain(200, echostr);
  }

  /** POST: a message or event from a follower. */
  async receive(query: WeChatQuery, body: unknown, clientAddress?: string): Promise<WeChatHttpReply> {
    const envelope = this.envelope;
    if (!envelope || !this.conversation || !this.replay) return NOT_CONFIGURED;
    const flood = await this.overAddressLimit(clientAddress);
    const text = typeof body === 'string' ? body : '';
    const push = verified(() => envelope.verifyPush(query, text));
    if (push instanceof WeChatRejection) return flood ? tooMany(flood) : this.reject(push);
    // Plain mode signs no body: the signature is bound to this body, so WeChat's retry (same body) passes
    // on to the MsgId deduplication and the same signature with another body is refused. Claimed even
    // over the limit, so that a push answered `success` below cannot be replayed later with other content.
    if (push.mode === 'plain' && !(await this.replay.admit(query, `POST\n${text}`))) return this.reject(REPLAYED);
    // WeChat signed it: over the limit it gets `success` (taken as delivered, not retried), never an error.
    if (flood) return SUCCESS;
    if (!text.trim()) {
      this.logger.warn('公众号消息体为空或不是 XML（Content-Type 应为 text/xml）');
      return SUCCESS;
    }

    let opened: { fields: Record<string, string>; sealing: Sealing };
    try {
      opened = envelope.open(push);
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

  /**
   * Every request counts for its client address (RATE_LIMIT_WECHAT_IP_PER_MINUTE, shared through the
   * store), before anything else. Over the limit the signature is still checked — cheap now that nothing
   * is parsed before it — because the answer depends on it: what WeChat signed gets what WeChat accepts,
   * never an error (an error would only make it retry, three times); what fails the check gets 429, which
   * WeChat itself never sees. Logged once per address and window, not per request of a flood.
   */
  private async overAddressLimit(address: string | undefined): Promise<RateLimitDecision | undefined> {
    const decision = await this.limiter.consume(`wx-ip:${address ?? 'unknown'}`, this.addressLimit);
    if (decision.allowed) return undefined;
    if (decision.count === decision.limit + 1) {
      this.logger.warn(`地址 ${address ?? '未知'} 对 /wechat 的请求超过每分钟 ${decision.limit} 次，本窗口内不再处理消息`);
    }
    return decision;
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
