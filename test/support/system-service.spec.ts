import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { missingMessage, underCi } from './system-service';

const ROOT = join(__dirname, '..', '..');

/** jest on the fixture alone, in a child process with the given CI setting. */
function runFixture(ci: string | undefined) {
  const env = { ...process.env, CI: ci };
  if (ci === undefined) delete env.CI;
  // `--testRegex=` with no other argument: jest reads the option as a list, and a stray pattern would match this file.
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--testRegex=missing-service\\.fixture\\.ts$'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('suites that need a system service', () => {
  it('reads CI the way CI systems set it', () => {
    expect(underCi({ CI: 'true' })).toBe(true);
    expect(underCi({ CI: '1' })).toBe(true);
    expect(underCi({ CI: 'false' })).toBe(false);
    expect(underCi({ CI: '0' })).toBe(false);
    expect(underCi({ CI: '' })).toBe(false);
    expect(underCi({})).toBe(false);
  });

  it('names what is missing and how to get it', () => {
    expect(missingMessage({ what: 'redis-server', present: false, remedy: 'apt-get install -y redis-server', requiredInCi: true })).toBe(
      '需要 redis-server，本机没有。安装：apt-get install -y redis-server',
    );
    expect(missingMessage({ what: '环境变量 K', present: false, remedy: 'K=… npx jest x', requiredInCi: false })).toBe('需要环境变量 K，未设置。运行方法：K=… npx jest x');
  });

  it('skip on a bare machine with one line saying so, and fail under CI', () => {
    const bare = runFixture(undefined);
    expect(bare.status).toBe(0);
    expect(bare.output).toContain('missing-service.fixture.ts：跳过 1 个测试。需要 no-such-service，本机没有。安装：apt-get install -y no-such-service');
    const ci = runFixture('true');
    expect(ci.status).toBe(1);
    expect(ci.output).toContain('CI 中不得跳过：no-such-service');
    expect(ci.output).not.toContain('跳过 1 个测试');
  }, 60_000);
});
