import { connect, Socket } from 'node:net';
import { startChildApp } from './support/child-app';

/** Reads one HTTP response off a raw socket (the server closes the connection after it while draining). */
function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (data += c));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

describe('graceful shutdown (the real service in a child process)', () => {
  it('on SIGTERM stops accepting connections, finishes the request in flight, and exits 0', async () => {
    const app = await startChildApp({ LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '8000' });
    const port = Number(new URL(app.url).port);
    try {
      // A request in flight: headers and half the body sent, the rest still on its way.
      const body = Buffer.from(JSON.stringify({ message: '今年新增高价值发明专利35件，能奖励多少？' }));
      const socket = connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      const response = readResponse(socket);
      socket.write(`POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      socket.write(body.subarray(0, 10));
      await new Promise((r) => setTimeout(r, 200));

      app.process.kill('SIGTERM');
      // New connections are refused once the listener has closed.
      const deadline = Date.now() + 5_000;
      while ((await canConnect(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await canConnect(port)).toBe(false);

      socket.write(body.subarray(10));
      const raw = await response;
      expect(raw).toMatch(/^HTTP\/1\.1 200 /);
      expect(raw.toLowerCase()).toContain('connection: close');
      const json = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
      expect(json.totalYuan).toBe(600_000);
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain('已安全退出');
    } finally {
      if (app.process.exitCode === null) app.process.kill('SIGKILL');
    }
  }, 30_000);
});
