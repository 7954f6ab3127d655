import { loadSettings, SettingsError } from './settings';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function problems(env: Record<string, string>): string {
  try {
    loadSettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return (e as Error).message;
  }
  throw new Error('expected a SettingsError');
}

describe('loadSettings', () => {
  it('defaults to an offline service on 0.0.0.0:3000', () => {
    expect(loadSettings({})).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      LLM_PROVIDER: 'offline',
      EMBEDDINGS_PROVIDER: 'local',
      WECHAT_MAX_SKEW_SECONDS: 300,
    });
  });

  it('operations defaults: in memory, limits on, 30 s request timeout, 10 s shutdown grace', () => {
    const s = loadSettings({});
    expect(s.REDIS_URL).toBeUndefined();
    expect(s).toMatchObject({
      REDIS_KEY_PREFIX: 'jdip:',
      RATE_LIMIT_CHAT_PER_MINUTE: 60,
      RATE_LIMIT_API_PER_MINUTE: 600,
      RATE_LIMIT_WECHAT_PER_MINUTE: 20,
      REQUEST_TIMEOUT_MS: 30_000,
      SHUTDOWN_GRACE_MS: 10_000,
    });
  });

  it('LLM timeouts nest by default: every model attempt fits in the turn, the turn ends before the request times out', () => {
    const s = loadSettings({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'k' });
    expect(s.OPENAI_TIMEOUT_MS * (1 + s.OPENAI_MAX_RETRIES)).toBeLessThanOrEqual(s.LLM_TURN_TIMEOUT_MS);
    // Room left for the offline answer after the turn gives up.
    expect(s.REQUEST_TIMEOUT_MS - s.LLM_TURN_TIMEOUT_MS).toBeGreaterThanOrEqual(5_000);
  });

  it.each([
    [{ LLM_TURN_TIMEOUT_MS: '30000' }, 'LLM_TURN_TIMEOUT_MS（30000）须小于 REQUEST_TIMEOUT_MS（30000）'],
    [{ LLM_TURN_TIMEOUT_MS: '45000' }, 'LLM_TURN_TIMEOUT_MS（45000）须小于 REQUEST_TIMEOUT_MS（30000）'],
    [{ REQUEST_TIMEOUT_MS: '20000' }, 'LLM_TURN_TIMEOUT_MS（25000）须小于 REQUEST_TIMEOUT_MS（20000）'],
  ])('in LLM mode refuses a turn timeout not below the request timeout: %j', (env, expected) => {
    const message = problems({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'k', ...env });
    expect(message).toContain('环境变量 LLM_TURN_TIMEOUT_MS：大模型模式下');
    expect(message).toContain(expected);
  });

  it('offline, the LLM turn timeout is unused and not checked against the request timeout', () => {
    expect(loadSettings({ REQUEST_TIMEOUT_MS: '1000' }).REQUEST_TIMEOUT_MS).toBe(1000);
    expect(loadSettings({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'k', REQUEST_TIMEOUT_MS: '60000', LLM_TURN_TIMEOUT_MS: '59000' }).LLM_TURN_TIMEOUT_MS).toBe(59_000);
  });

  it('treats empty values as unset', () => {
    const s = loadSettings({ PORT: '', OPENAI_API_KEY: '  ' });
    expect(s.PORT).toBe(3000);
    expect(s.OPENAI_API_KEY).toBeUndefined();
  });

  it('reads valid values', () => {
    const s = loadSettings({
      PORT: '8080',
      LLM_PROVIDER: 'openai',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      WECHAT_TOKEN: 't',
      WECHAT_APP_ID: 'wx123',
      WECHAT_ENCODING_AES_KEY: AES_KEY,
      WECHAT_MAX_SKEW_SECONDS: '0',
    });
    expect(s).toMatchObject({ PORT: 8080, LLM_PROVIDER: 'openai', WECHAT_MAX_SKEW_SECONDS: 0 });
  });

  it('reads valid operations values', () => {
    const s = loadSettings({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2', LOG_LEVEL: 'warn', RATE_LIMIT_CHAT_PER_MINUTE: '0', TRUST_PROXY: '1' });
    expect(s).toMatchObject({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2', LOG_LEVEL: 'warn', RATE_LIMIT_CHAT_PER_MINUTE: 0, TRUST_PROXY: '1' });
  });

  it.each([
    [{ PORT: 'abc' }, '环境变量 PORT'],
    [{ PORT: '70000' }, '环境变量 PORT'],
    [{ LLM_PROVIDER: 'gpt' }, '环境变量 LLM_PROVIDER：只能是 offline 或 openai'],
    [{ LLM_PROVIDER: 'openai' }, '环境变量 OPENAI_API_KEY'],
    [{ OPENAI_BASE_URL: 'localhost:8000' }, '环境变量 OPENAI_BASE_URL'],
    [{ WECHAT_ENCODING_AES_KEY: 'short', WECHAT_APP_ID: 'a', WECHAT_TOKEN: 't' }, '环境变量 WECHAT_ENCODING_AES_KEY'],
    [{ WECHAT_ENCODING_AES_KEY: AES_KEY, WECHAT_TOKEN: 't' }, '环境变量 WECHAT_APP_ID'],
    [{ WECHAT_MAX_SKEW_SECONDS: '-1' }, '环境变量 WECHAT_MAX_SKEW_SECONDS'],
    [{ REDIS_URL: 'localhost:6379' }, '环境变量 REDIS_URL：应为以 redis:// 或 rediss:// 开头的地址'],
    [{ REDIS_KEY_PREFIX: 'has space' }, '环境变量 REDIS_KEY_PREFIX'],
    [{ LOG_LEVEL: 'verbose' }, '环境变量 LOG_LEVEL：只能是'],
    [{ RATE_LIMIT_CHAT_PER_MINUTE: '-1' }, '环境变量 RATE_LIMIT_CHAT_PER_MINUTE'],
    [{ REQUEST_TIMEOUT_MS: '10' }, '环境变量 REQUEST_TIMEOUT_MS'],
    [{ METRICS_TOKEN: 'short' }, '环境变量 METRICS_TOKEN'],
  ])('%j is refused naming the variable', (env, expected) => {
    expect(problems(env)).toContain(expected);
  });

  it('lists every bad variable at once and masks secrets', () => {
    const message = problems({ PORT: 'x', LLM_PROVIDER: 'y', WECHAT_ENCODING_AES_KEY: 'secretvalue' });
    expect(message).toContain('PORT');
    expect(message).toContain('LLM_PROVIDER');
    expect(message).toContain('"sec…"');
    expect(message).not.toContain('secretvalue');
  });
});
