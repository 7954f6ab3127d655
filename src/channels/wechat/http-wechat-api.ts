import { Logger } from '@nestjs/common';
import { KeyValueStore } from '../../common/state/key-value.store';
import { WeChatApi, WeChatApiError } from './wechat-api.port';

/** access_token invalid (40001), expired (42001) or not the latest (40014): fetch a new one, once. */
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001]);
/** Refresh this long before WeChat's expiry, so a token is never used in its last minutes. */
const REFRESH_EARLY_MS = 5 * 60_000;
const MIN_CACHE_MS = 30_000;

export interface HttpWeChatApiOptions {
  baseUrl: string;
  appId: string;
  appSecret: string;
  store: KeyValueStore;
  timeoutMs?: number;
}

interface WeChatJson {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

/**
 * The WeChat API over HTTPS with global fetch. The access_token is shared through the KeyValueStore
 * (one token per AppID across instances: WeChat invalidates the previous token on each fetch).
 */
export class HttpWeChatApi extends WeChatApi {
  readonly enabled = true;
  private readonly logger = new Logger('WeChatApi');
  private readonly tokenKey: string;
  private fetching?: Promise<string>;

  constructor(private readonly options: HttpWeChatApiOptions) {
    super();
    this.tokenKey = `wechat:access-token:${options.appId}`;
  }

  async sendText(openid: string, text: string): Promise<void> {
    const body = { touser: openid, msgtype: 'text', text: { content: text } };
    let token = await this.accessToken();
    let result = await this.post('/cgi-bin/message/custom/send', token, body);
    if (result.errcode !== undefined && STALE_TOKEN_CODES.has(result.errcode)) {
      this.logger.warn(`access_token 已失效（${result.errcode}），重新获取后重试一次`);
      token = await this.accessToken(token);
      result = await this.post('/cgi-bin/message/custom/send', token, body);
    }
    if (result.errcode) throw new WeChatApiError(`客服消息发送失败：${result.errcode} ${result.errmsg ?? ''}`.trim(), result.errcode);
  }

  /** The cached token, or a fresh one; `stale` is a token WeChat just refused, never handed out again. */
  async accessToken(stale?: string): Promise<string> {
    const cached = await this.options.store.get(this.tokenKey);
    if (cached && cached !== stale) return cached;
    // One fetch at a time per instance: concurrent callers share it.
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const { appId, appSecret } = this.options;
    const query = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret: appSecret });
    const json = await this.request(`/cgi-bin/token?${query}`, { method: 'GET' });
    if (!json.access_token || json.errcode) {
      throw new WeChatApiError(`获取 access_token 失败：${json.errcode ?? ''} ${json.errmsg ?? ''}`.trim(), json.errcode);
    }
    const lifetimeMs = (json.expires_in ?? 7200) * 1000;
    await this.options.store.set(this.tokenKey, json.access_token, Math.max(MIN_CACHE_MS, lifetimeMs - REFRESH_EARLY_MS));
    return json.access_token;
  }

  private post(path: string, token: string, body: unknown): Promise<WeChatJson> {
    return this.request(`${path}?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
    });
  }

  private async request(pathAndQuery: string, init: RequestInit): Promise<WeChatJson> {
    // Joined rather than resolved, so a base URL with a path (a forwarding proxy) keeps it.
    const url = this.options.baseUrl.replace(/\/+$/, '') + pathAndQuery;
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000) });
    } catch (e) {
      throw new WeChatApiError(`微信接口请求失败：${(e as Error).message}`);
    }
    if (!response.ok) throw new WeChatApiError(`微信接口返回 HTTP ${response.status}`);
    try {
      return (await response.json()) as WeChatJson;
    } catch {
      throw new WeChatApiError('微信接口返回的不是 JSON');
    }
  }
}
