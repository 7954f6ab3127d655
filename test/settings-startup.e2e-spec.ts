import { spawnSync } from 'node:child_process';
import { SERVICE_FROM_SOURCE } from './support/child-app';

describe('start-up with invalid settings (e2e)', () => {
  it('exits 1 before listening, naming the bad variable in Chinese', () => {
    const result = spawnSync(process.execPath, SERVICE_FROM_SOURCE, {
      env: { ...process.env, PORT: 'abc', LLM_PROVIDER: 'gpt' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('配置错误，服务未启动');
    expect(result.stderr).toContain('环境变量 PORT');
    expect(result.stderr).toContain('环境变量 LLM_PROVIDER：只能是 offline 或 openai');
  });
});
