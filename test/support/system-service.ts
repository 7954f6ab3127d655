import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Suites that need something the machine may lack (a system program such as redis-server or Chromium, or a
 * secret such as an API key). On a bare machine `npm test` must pass, so such a suite is skipped and says so;
 * under CI a missing *system service* is a failure instead, so CI can never skip one silently.
 *
 * The skipped describe block carries SKIP_MARK in its title; `skipped-suites.reporter.js` prints one line per
 * skipped suite after jest's summary.
 */
export const SKIP_MARK = '〔已跳过〕';

export interface Requirement {
  /** What is needed, as a person would name it: 「redis-server」, 「Chromium（/usr/bin/chromium）」. */
  what: string;
  /** Whether it is present on this machine. */
  present: boolean;
  /** How to get it: a command, or the setting to give. */
  remedy: string;
  /** True for system services (fail under CI when absent); false for optional secrets. */
  requiredInCi: boolean;
}

/** `CI=true` (or any value but empty/0/false), as CI systems and `.ci/run` set it. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

function commandRuns(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  return !r.error && r.status === 0;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function redisServer(): Requirement {
  return {
    what: 'redis-server',
    present: commandRuns('redis-server', ['--version']),
    remedy: 'sudo apt-get update && sudo apt-get install -y redis-server',
    requiredInCi: true,
  };
}

export function chromiumAt(path: string): Requirement {
  return {
    what: `Chromium（${path}）`,
    present: executable(path),
    remedy: 'sudo apt-get update && sudo apt-get install -y chromium（或用 CHROMIUM_PATH 指定路径）',
    requiredInCi: true,
  };
}

export function envSetting(name: string, remedy: string): Requirement {
  return { what: `环境变量 ${name}`, present: !!process.env[name]?.trim(), remedy, requiredInCi: false };
}

/** The message a skipped or failed suite shows; the reporter prints it verbatim. */
export function missingMessage(r: Requirement): string {
  const what = /^[\x21-\x7e]/.test(r.what) ? ` ${r.what}` : r.what;
  return r.requiredInCi ? `需要${what}，本机没有。安装：${r.remedy}` : `需要${what}，未设置。运行方法：${r.remedy}`;
}

/**
 * `describe` when the requirement is met; otherwise a skipped block whose title says what is missing and how
 * to get it — or, under CI for a system service, a failing test with the same words.
 */
export function describeIfPresent(r: Requirement, title: string, body: () => void, env: NodeJS.ProcessEnv = process.env): void {
  if (r.present) return describe(title, body);
  const message = missingMessage(r);
  if (r.requiredInCi && underCi(env)) {
    return describe(title, () => {
      it(`CI 中不得跳过：${r.what}`, () => {
        throw new Error(`${message}（CI=${env.CI}，缺少系统服务视为失败）`);
      });
    });
  }
  describe.skip(`${SKIP_MARK}${message} —— ${title}`, body);
}
