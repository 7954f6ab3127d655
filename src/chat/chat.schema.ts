import { z } from 'zod';
import { stripInvisible } from '../common/text-sanitize';

export const MESSAGE_MAX_CHARS = 2000;

/** `POST /api/chat` and `/api/chat/stream` (docs/api.md); also what the WeChat channel builds. */
export const chatRequestSchema = z.object({
  message: z
    .string({ error: '请提供问题内容 message（字符串）' })
    .transform((s) => stripInvisible(s).trim())
    .pipe(
      z
        .string()
        .min(1, { error: '问题内容 message 不能为空' })
        .max(MESSAGE_MAX_CHARS, { error: `问题内容 message 不能超过 ${MESSAGE_MAX_CHARS} 个字` }),
    )
    .describe('用户的问题，1–2000 字'),
  // Any string: an id the server did not issue (or no longer holds) starts a new conversation under a new
  // id rather than failing, since the web page keeps ids across the server's expiry (chat.service.ts).
  sessionId: z
    .string({ error: 'sessionId 应为字符串' })
    .optional()
    .describe('上一轮返回的会话编号；不传、未知、已过期或格式不符时开始新会话，以响应中的 sessionId 为准'),
});

export type ChatRequest = z.output<typeof chatRequestSchema>;
