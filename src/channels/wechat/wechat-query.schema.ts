import { z } from 'zod';
import type { WeChatQuery } from './wechat-envelope';

/** Only a single string value is WeChat's; anything else (repeated or nested parameters) counts as absent. */
const param = (description: string) => z.string().optional().catch(undefined).describe(description);

/** The query string WeChat adds to the server URL (verification and every push). */
export const weChatQuerySchema = z.object({
  signature: param('sha1(排序后的 Token、timestamp、nonce)；安全模式的消息推送不用它'),
  timestamp: param('时间戳（秒）；与服务器时间相差超过 WECHAT_MAX_SKEW_SECONDS 时拒绝'),
  nonce: param('随机数'),
  echostr: param('URL 验证时原样返回的随机字符串'),
  encrypt_type: param('安全模式为 aes'),
  msg_signature: param('安全模式：sha1(排序后的 Token、timestamp、nonce、Encrypt)'),
}) satisfies z.ZodType<WeChatQuery>;
