import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createHttpLogger } from './http-logger';
import { createRootLogger } from './root-logger';

describe('createHttpLogger', () => {
  const lines: Array<Record<string, unknown>> = [];
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const log = createHttpLogger(createRootLogger('info', stream));
    server = createServer((req, res) => {
      log(req, res);
      res.statusCode = req.url === '/fail' ? 503 : 200;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lineFor = async (path: string, id: string) => {
    await fetch(`${base}${path}`, { headers: { 'x-request-id': id } });
    await new Promise((resolve) => setImmediate(resolve));
    return lines.find((l) => (l.req as { id?: string } | undefined)?.id === id);
  };

  it.each([
    ['/wechat?signature=3f1c&timestamp=1700000000&nonce=1234567', '/wechat'],
    ['/?q=%E6%88%91%E7%9A%84%E6%89%8B%E6%9C%BA13812345678', '/'],
    ['/api/clauses?q=x&limit=5', '/api/clauses'],
    ['/api/clauses/art.4.2', '/api/clauses/art.4.2'],
  ])('logs %s as the path %s, without the query string', async (path, shown) => {
    const id = `log-${lines.length}`;
    const line = await lineFor(path, id);
    expect(line).toMatchObject({ level: 'info', req: { id, method: 'GET', url: shown }, res: { statusCode: 200 }, msg: `GET ${shown} → 200` });
    expect(typeof line?.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toMatch(/signature|nonce|q=|13812345678|5678/);
  });

  it('still masks personal data in the path', async () => {
    const line = await lineFor('/api/sessions/13812345678', 'log-mask');
    expect((line?.req as { url: string }).url).toBe('/api/sessions/138****5678');
  });

  it('logs a 5xx as an error with its message and no made-up stack', async () => {
    const line = await lineFor('/fail', 'log-5xx');
    expect(line).toMatchObject({ level: 'error', res: { statusCode: 503 }, err: { type: 'Error', message: 'failed with status code 503' } });
    expect(JSON.stringify(line)).not.toContain('stack');
  });
});
