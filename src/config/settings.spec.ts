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

  it.each([
    [{ PORT: 'abc' }, '环境变量 PORT'],
    [{ PORT: '70000' }, '环境变量 PORT'],
    [{ LLM_PROVIDER: 'gpt' }, '环境变量 LLM_PROVIDER：只能是 offline 或 openai'],
    [{ LLM_PROVIDER: 'openai' }, '环境变量 OPENAI_API_KEY'],
    [{ OPENAI_BASE_URL: 'localhost:8000' }, '环境变量 OPENAI_BASE_URL'],
    [{ WECHAT_ENCODING_AES_KEY: 'short', WECHAT_APP_ID: 'a', WECHAT_TOKEN: 't' }, '环境变量 WECHAT_ENCODING_AES_KEY'],
    [{ WECHAT_ENCODING_AES_KEY: AES_KEY, WECHAT_TOKEN: 't' }, '环境变量 WECHAT_APP_ID'],
    [{ WECHAT_MAX_SKEW_SECONDS: '-1' }, '环境变量 WECHAT_MAX_SKEW_SECONDS'],
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
