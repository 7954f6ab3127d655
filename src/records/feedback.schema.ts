import { z } from 'zod';
import { stripInvisible } from '../common/text-sanitize';

export const FEEDBACK_COMMENT_MAX_CHARS = 500;

const id = (what: string) =>
  z
    .string({ error: `请提供${what}（字符串）` })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `${what}格式不正确` });

/** `POST /api/feedback`: a thumbs up or down on one answer, with an optional comment. */
export const feedbackRequestSchema = z.object({
  sessionId: id('会话编号 sessionId').describe('答复所在的会话编号（对话接口返回的 sessionId）'),
  turnId: id('答复编号 turnId').describe('被评价的答复编号（对话接口返回的 turnId）'),
  rating: z
    .enum(['up', 'down'], { error: '评价 rating 只能是 up（有帮助）或 down（没帮助）' })
    .describe('评价：up 表示有帮助，down 表示没帮助'),
  comment: z
    .string({ error: '意见 comment 应为文字' })
    .transform((s) => stripInvisible(s).trim())
    .pipe(z.string().max(FEEDBACK_COMMENT_MAX_CHARS, { error: `意见 comment 不能超过 ${FEEDBACK_COMMENT_MAX_CHARS} 个字` }))
    .optional()
    .describe(`补充意见（可选，不超过 ${FEEDBACK_COMMENT_MAX_CHARS} 字）`),
});

export type FeedbackRequest = z.output<typeof feedbackRequestSchema>;
