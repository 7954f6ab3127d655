import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort, statusOf } from '../../test/support/child-app';

export interface Server {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn until the readiness URL answered 200. */
  readyMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts `node <args>` on a free loopback port and waits until `readyPath` answers 200. */
export async function startServer(args: string[], readyPath: string, env: Record<string, string> = {}, method: 'GET' | 'POST' = 'GET'): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${args.join(' ')}`);
    const code = method === 'GET' ? await statusOf(`${url}${readyPath}`).catch(() => 0) : await postStatus(`${url}${readyPath}`);
    if (code === 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    readyMs,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function postStatus(url: string): Promise<number> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"message":"ping"}' });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}
