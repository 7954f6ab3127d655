import { loadSettings, SettingsError } from './settings';

describe('operations settings', () => {
  it('defaults: in memory, limits on, 30 s request timeout, 10 s shutdown grace', () => {
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

  it('reads valid values', () => {
    const s = loadSettings({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2', LOG_LEVEL: 'warn', RATE_LIMIT_CHAT_PER_MINUTE: '0', TRUST_PROXY: '1' });
    expect(s).toMatchObject({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2', LOG_LEVEL: 'warn', RATE_LIMIT_CHAT_PER_MINUTE: 0, TRUST_PROXY: '1' });
  });

  it.each([
    [{ REDIS_URL: 'localhost:6379' }, '环境变量 REDIS_URL：应为以 redis:// 或 rediss:// 开头的地址'],
    [{ REDIS_KEY_PREFIX: 'has space' }, '环境变量 REDIS_KEY_PREFIX'],
    [{ LOG_LEVEL: 'verbose' }, '环境变量 LOG_LEVEL：只能是'],
    [{ RATE_LIMIT_CHAT_PER_MINUTE: '-1' }, '环境变量 RATE_LIMIT_CHAT_PER_MINUTE'],
    [{ REQUEST_TIMEOUT_MS: '10' }, '环境变量 REQUEST_TIMEOUT_MS'],
    [{ METRICS_TOKEN: 'short' }, '环境变量 METRICS_TOKEN'],
  ])('%j is refused naming the variable', (env, expected) => {
    expect(() => loadSettings(env)).toThrow(SettingsError);
    expect(() => loadSettings(env)).toThrow(expected);
  });
});
