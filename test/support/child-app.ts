import { ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `node` arguments that run the real service from source (src/main.ts), without a build. */
export const SERVICE_FROM_SOURCE = ['-r', '@swc-node/register', join(__dirname, '..', '..', 'src', 'main.ts')];

export interface ChildApp {
  url: string;
  process: ChildProcess;
  /** Everything the process wrote, for assertions and for failure messages. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** The real service (src/main.ts) as a separate process on a free port, ready when /api/health says so. */
export async function startChildApp(env: Record<string, string>, readyTimeoutMs = 15_000): Promise<ChildApp> {
  const port = await freePort();
  const child = spawn(process.execPath, SERVICE_FROM_SOURCE, {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`服务进程提前退出（${child.exitCode}）：${out}`);
    try {
      if ((await statusOf(`${url}/api/health`)) === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`服务进程未在 ${readyTimeoutMs} ms 内就绪：${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, process: child, output: () => out, exited };
}

/** One GET on a fresh connection (no keep-alive pool left behind to hold the test process open). */
export function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}
