/** A failure reported by the WeChat API (`errcode` ≠ 0) or by the transport (errcode undefined). */
export class WeChatApiError extends Error {
  constructor(
    message: string,
    readonly errcode?: number,
  ) {
    super(message);
    this.name = 'WeChatApiError';
  }
}

/**
 * The part of the WeChat server API this service uses: the customer-service message (客服消息), for
 * answers that were not ready within WeChat's 5-second window. Tests bind a fake or point the HTTP
 * adapter at a local fake server.
 */
export abstract class WeChatApi {
  /** False when WECHAT_APP_SECRET is not configured: nothing can be sent after the passive reply. */
  abstract readonly enabled: boolean;
  abstract sendText(openid: string, text: string): Promise<void>;
}

/** Used when no AppSecret is configured. */
export class DisabledWeChatApi extends WeChatApi {
  readonly enabled = false;

  async sendText(): Promise<void> {
    throw new WeChatApiError('未配置 WECHAT_APP_SECRET，无法发送客服消息');
  }
}
