import { z } from 'zod';

/** Environment variables read at start-up. Empty strings count as "not set". */
const optionalString = z.string().trim().min(1).optional();

const port = z.coerce
  .number({ error: '应为 1–65535 之间的整数' })
  .int({ error: '应为 1–65535 之间的整数' })
  .min(1, { error: '应为 1–65535 之间的整数' })
  .max(65535, { error: '应为 1–65535 之间的整数' });

const httpUrl = z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' });

export const settingsSchema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    LLM_PROVIDER: z.enum(['offline', 'openai'], { error: '只能是 offline 或 openai' }).default('offline'),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: httpUrl.optional(),
    OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
    EMBEDDINGS_PROVIDER: z.enum(['local', 'openai'], { error: '只能是 local 或 openai' }).default('local'),
    OPENAI_EMBEDDINGS_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
    WECHAT_TOKEN: optionalString,
    WECHAT_APP_ID: optionalString,
    WECHAT_ENCODING_AES_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}$/, { error: '应为 43 个字符的 Base64 字符（A–Z、a–z、0–9、+、/），不含末尾的 =' })
      .optional(),
    WECHAT_APP_SECRET: optionalString,
    WECHAT_MAX_SKEW_SECONDS: z.coerce
      .number({ error: '应为不小于 0 的整数（秒）' })
      .int({ error: '应为不小于 0 的整数（秒）' })
      .min(0, { error: '应为不小于 0 的整数（秒）' })
      .default(300),
    CORPUS_DIR: optionalString,
    CACHE_DIR: optionalString,
  })
  .superRefine((s, ctx) => {
    const needsEndpoint =
      (s.LLM_PROVIDER === 'openai' || s.EMBEDDINGS_PROVIDER === 'openai') && !s.OPENAI_API_KEY && !s.OPENAI_BASE_URL;
    if (needsEndpoint) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: '使用 openai 模式时须设置 OPENAI_API_KEY（自建的 vLLM/Ollama 等服务可改为只设置 OPENAI_BASE_URL）',
      });
    }
    if (s.WECHAT_ENCODING_AES_KEY && !s.WECHAT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_ID'],
        message: '设置了 WECHAT_ENCODING_AES_KEY（安全模式）时必须同时设置 WECHAT_APP_ID',
      });
    }
    if (s.WECHAT_ENCODING_AES_KEY && !s.WECHAT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_TOKEN'],
        message: '设置了 WECHAT_ENCODING_AES_KEY（安全模式）时必须同时设置 WECHAT_TOKEN',
      });
    }
  });

export type Settings = z.output<typeof settingsSchema>;
