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
  sessionId: z
    .string({ error: 'sessionId 应为字符串' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'sessionId 格式不正确' })
    .optional()
    .describe('上一轮返回的会话编号；不传则开始新会话'),
});

export type ChatRequest = z.output<typeof chatRequestSchema>;
