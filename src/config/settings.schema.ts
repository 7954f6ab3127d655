import { z } from 'zod';

/** Environment variables read at start-up. Empty strings count as "not set". */
const optionalString = z.string().trim().min(1).optional();

/** An integer from the environment; every way of being wrong (not a number, not whole, out of range) gets `error`. */
const int = (error: string) => z.coerce.number({ error }).int({ error });

const positiveInt = (error: string) => int(error).min(1, { error });

const nonNegativeInt = (error: string) => int(error).min(0, { error });

const intBetween = (min: number, max: number, error: string, maxError = error) =>
  int(error).min(min, { error }).max(max, { error: maxError });

const port = intBetween(1, 65535, '应为 1–65535 之间的整数');

const aesKey = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}$/, { error: '应为 43 个字符的 Base64 字符（A–Z、a–z、0–9、+、/），不含末尾的 =' })
  .optional();

/** One CSP frame-ancestors source: `*`, `'self'`, or a host with optional scheme, wildcard subdomain and port. */
const FRAME_SOURCE = /^(?:\*|'self'|(?:https?:\/\/)?(?:\*\.)?[A-Za-z0-9.-]+(?::\d{1,5})?)$/;

const httpUrl = z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' });

export const settingsSchema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    LLM_PROVIDER: z.enum(['offline', 'openai'], { error: '只能是 offline 或 openai' }).default('offline'),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: httpUrl.optional(),
    OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
    // Timeouts nest: one model request (OPENAI_TIMEOUT_MS) × its attempts (1 + OPENAI_MAX_RETRIES) fits in
    // one turn (LLM_TURN_TIMEOUT_MS), which ends well before the request's (REQUEST_TIMEOUT_MS), so a slow
    // model ends in the offline answer, not a 503. The turn timeout is what bounds it (an abort signal).
    OPENAI_TIMEOUT_MS: positiveInt('应为正整数（毫秒）').default(12_000),
    OPENAI_MAX_RETRIES: intBetween(0, 5, '应为 0–5 之间的整数').default(1),
    OPENAI_TEMPERATURE: z.coerce
      .number({ error: '应为 0–2 之间的数' })
      .min(0, { error: '应为 0–2 之间的数' })
      .max(2, { error: '应为 0–2 之间的数' })
      .default(0),
    LLM_TURN_TIMEOUT_MS: positiveInt('应为正整数（毫秒）').default(25_000),
    LLM_MAX_MODEL_CALLS: positiveInt('应为正整数').default(6),
    /** Longest the reading of one message may take before the turn is answered from clause search alone. */
    UNDERSTANDING_BUDGET_MS: intBetween(1, 10_000, '应为 1–10000 之间的整数（毫秒）').default(250),
    EMBEDDINGS_PROVIDER: z.enum(['local', 'openai'], { error: '只能是 local 或 openai' }).default('local'),
    OPENAI_EMBEDDINGS_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
    WECHAT_TOKEN: optionalString,
    WECHAT_APP_ID: optionalString,
    WECHAT_ENCODING_AES_KEY: aesKey,
    WECHAT_APP_SECRET: optionalString,
    WECHAT_MAX_SKEW_SECONDS: nonNegativeInt('应为不小于 0 的整数（秒）').default(300),
    WECHAT_PREVIOUS_ENCODING_AES_KEY: aesKey,
    WECHAT_API_BASE_URL: httpUrl.default('https://api.weixin.qq.com'),
    WECHAT_REPLY_DEADLINE_MS: intBetween(100, 4800, '应为 100–4800 之间的整数（毫秒）', '应为 100–4800 之间的整数（毫秒），微信只等待 5 秒').default(4500),
    WECHAT_MENU_FILE: optionalString,
    PUBLIC_BASE_URL: httpUrl.optional(),
    // Scale-out and operations (README “部署与扩展”).
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: '应为以 redis:// 或 rediss:// 开头的地址，如 redis://127.0.0.1:6379/0' }).optional(),
    REDIS_KEY_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9:_.-]{1,32}$/, { error: '应为 1–32 个字母、数字或 : _ . -' })
      .default('jdip:'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: '只能是 fatal、error、warn、info、debug、trace 或 silent',
      })
      .optional(),
    RATE_LIMIT_CHAT_PER_MINUTE: nonNegativeInt('应为不小于 0 的整数（0 表示不限制）').default(60),
    RATE_LIMIT_API_PER_MINUTE: nonNegativeInt('应为不小于 0 的整数（0 表示不限制）').default(600),
    RATE_LIMIT_WECHAT_PER_MINUTE: nonNegativeInt('应为不小于 0 的整数（0 表示不限制）').default(20),
    // Per client address on /wechat; generous, because all of WeChat's pushes come from a few Tencent addresses.
    RATE_LIMIT_WECHAT_IP_PER_MINUTE: nonNegativeInt('应为不小于 0 的整数（0 表示不限制）').default(600),
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^(?:\d{1,2}|true|false|[A-Za-z0-9.:/, ]+)$/, { error: '应为代理层数（如 1）、true/false，或以逗号分隔的代理地址/网段' })
      .optional(),
    // 50: a browser keeps one conversation (the page stores its id), an office or NAT behind one address
    // starts a few dozen in two hours; one address then holds at most 0.5 % of the 10,000 in-memory sessions.
    SESSIONS_PER_CLIENT: intBetween(1, 10_000, '应为 1–10000 之间的整数').default(50),
    REQUEST_TIMEOUT_MS: intBetween(1000, 600_000, '应为 1000–600000 之间的整数（毫秒）').default(30_000),
    SHUTDOWN_GRACE_MS: nonNegativeInt('应为不小于 0 的整数（毫秒）').default(10_000),
    METRICS_TOKEN: z.string().trim().min(16, { error: '至少 16 个字符（建议用 openssl rand -hex 24 生成）' }).optional(),
    CORPUS_DIR: optionalString,
    CACHE_DIR: optionalString,
    CONSOLE_TOKEN: z
      .string()
      .trim()
      .min(16, { error: '坐席工作台令牌至少 16 个字符（建议用 openssl rand -hex 24 生成）' })
      .optional(),
    // `true` behind a proxy that ends TLS but is not trusted (TRUST_PROXY) or sends no X-Forwarded-Proto.
    CONSOLE_COOKIE_SECURE: z.enum(['auto', 'true'], { error: '只能是 auto 或 true' }).default('auto'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    RECORDS_RETENTION_DAYS: intBetween(1, 3650, '应为 1–3650 之间的整数（天）').default(180),
    // Bounds the disk a flood of chat turns can fill (per kind, per day): 200 MB is ~150,000 turns.
    RECORDS_MAX_MB_PER_DAY: intBetween(1, 102_400, '应为 1–102400 之间的整数（MB）').default(200),
    WEB_FRAME_ANCESTORS: z
      .string()
      .trim()
      .refine((v) => v.split(/\s+/).every((source) => FRAME_SOURCE.test(source)), {
        error: "应为以空格分隔的来源列表，如 https://www.jindong.gov.cn 'self'",
      })
      // Only this site by default: a portal that embeds the page is named explicitly.
      .default("'self'"),
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
    if (s.LLM_PROVIDER === 'openai' && s.LLM_TURN_TIMEOUT_MS >= s.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_TURN_TIMEOUT_MS'],
        message:
          `大模型模式下 LLM_TURN_TIMEOUT_MS（${s.LLM_TURN_TIMEOUT_MS}）须小于 REQUEST_TIMEOUT_MS（${s.REQUEST_TIMEOUT_MS}），` +
          '并留出几秒给离线引擎作答；否则模型迟迟不答时请求先以 503 超时，用户拿不到离线答复',
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
    if (s.WECHAT_PREVIOUS_ENCODING_AES_KEY && !s.WECHAT_ENCODING_AES_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_PREVIOUS_ENCODING_AES_KEY'],
        message: '旧密钥只在更换密钥期间使用：须同时设置新的 WECHAT_ENCODING_AES_KEY',
      });
    }
    if (s.WECHAT_APP_SECRET && !s.WECHAT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_ID'],
        message: '设置了 WECHAT_APP_SECRET（客服消息接口）时必须同时设置 WECHAT_APP_ID',
      });
    }
  });

export type Settings = z.output<typeof settingsSchema>;
