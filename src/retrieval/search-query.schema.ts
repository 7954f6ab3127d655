import { z } from 'zod';

export const SEARCH_QUERY_MAX_CHARS = 500;

/** Input of clause search: used by the HTTP query string and, later, by the chat tools. */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: '请提供检索内容 q' })
    .trim()
    .min(1, { error: '检索内容 q 不能为空' })
    .max(SEARCH_QUERY_MAX_CHARS, { error: `检索内容 q 不能超过 ${SEARCH_QUERY_MAX_CHARS} 个字` })
    .describe('要在政策原文中检索的问题或关键词，如“专利权质押贷款贴息”'),
  k: z.coerce
    .number({ error: 'k 应为 1–20 的整数' })
    .int({ error: 'k 应为 1–20 的整数' })
    .min(1, { error: 'k 应为 1–20 的整数' })
    .max(20, { error: 'k 应为 1–20 的整数' })
    .default(5)
    .describe('返回的条款数量，1–20，默认 5'),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;
