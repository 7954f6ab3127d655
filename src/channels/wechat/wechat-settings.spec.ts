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

  it.each([
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
