import { loadSettings, SettingsError } from '../../config/settings';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const problems = (env: Record<string, string>) => {
  try {
    loadSettings(env);
  } catch (e) {
    if (e instanceof SettingsError) return e.message;
    throw e;
  }
  return '';
};

describe('WeChat settings', () => {
  it('defaults: the real WeChat API, a 4.5-second reply deadline', () => {
    expect(loadSettings({})).toMatchObject({ WECHAT_API_BASE_URL: 'https://api.weixin.qq.com', WECHAT_REPLY_DEADLINE_MS: 4500 });
  });

  it('limits each client address to 600 requests a minute by default; 0 turns it off', () => {
    expect(loadSettings({}).RATE_LIMIT_WECHAT_IP_PER_MINUTE).toBe(600);
    expect(loadSettings({ RATE_LIMIT_WECHAT_IP_PER_MINUTE: '0' }).RATE_LIMIT_WECHAT_IP_PER_MINUTE).toBe(0);
  });

  it.each([
    [{ RATE_LIMIT_WECHAT_IP_PER_MINUTE: '-1' }, '环境变量 RATE_LIMIT_WECHAT_IP_PER_MINUTE'],
    [{ WECHAT_TOKEN: 't', WECHAT_APP_ID: 'wx1', WECHAT_PREVIOUS_ENCODING_AES_KEY: KEY }, '环境变量 WECHAT_PREVIOUS_ENCODING_AES_KEY'],
    [{ WECHAT_TOKEN: 't', WECHAT_APP_ID: 'wx1', WECHAT_ENCODING_AES_KEY: KEY, WECHAT_PREVIOUS_ENCODING_AES_KEY: `${KEY}=` }, '环境变量 WECHAT_PREVIOUS_ENCODING_AES_KEY'],
    [{ WECHAT_APP_SECRET: 's' }, '环境变量 WECHAT_APP_ID'],
    [{ WECHAT_REPLY_DEADLINE_MS: '5000' }, '环境变量 WECHAT_REPLY_DEADLINE_MS'],
    [{ WECHAT_API_BASE_URL: 'api.weixin.qq.com' }, '环境变量 WECHAT_API_BASE_URL'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, '环境变量 PUBLIC_BASE_URL'],
  ])('%j is refused naming the variable', (env, expected) => {
    expect(problems(env)).toContain(expected);
  });
});
