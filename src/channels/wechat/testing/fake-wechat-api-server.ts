import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SentMessage {
  accessToken: string;
  body: { touser: string; msgtype: string; text: { content: string } };
}

/**
 * A local stand-in for api.weixin.qq.com: `GET /cgi-bin/token` hands out numbered tokens and
 * `POST /cgi-bin/message/custom/send` records messages. Tokens can be revoked to make WeChat's 40001 appear.
 */
export class FakeWeChatApiServer {
  readonly tokenRequests: URLSearchParams[] = [];
  readonly sent: SentMessage[] = [];
  /** Answers to the next sends, in order (e.g. 40001 once); an empty queue means success. */
  readonly sendErrors: number[] = [];
  private readonly valid = new Set<string>();
  private issued = 0;
  private waiters: (() => void)[] = [];
  private server?: Server;

  constructor(
    private readonly appId = 'wx-test-app',
    private readonly secret = 'test-secret',
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req).then(({ status, json }) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json))));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  revokeAllTokens(): void {
    this.valid.clear();
  }

  /** Resolves once `count` messages have been accepted. */
  async waitForSent(count: number): Promise<SentMessage[]> {
    while (this.sent.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.sent;
  }

  private async route(req: IncomingMessage): Promise<{ status: number; json: unknown }> {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      this.tokenRequests.push(url.searchParams);
      const q = url.searchParams;
      if (q.get('grant_type') !== 'client_credential' || q.get('appid') !== this.appId || q.get('secret') !== this.secret) {
        return { status: 200, json: { errcode: 40125, errmsg: 'invalid appsecret' } };
      }
      const token = `token-${++this.issued}`;
      this.valid.add(token);
      return { status: 200, json: { access_token: token, expires_in: 7200 } };
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
      const body = JSON.parse(await readBody(req)) as SentMessage['body'];
      const token = url.searchParams.get('access_token') ?? '';
      const forced = this.sendErrors.shift();
      if (forced) return { status: 200, json: { errcode: forced, errmsg: 'forced by test' } };
      if (!this.valid.has(token)) return { status: 200, json: { errcode: 40001, errmsg: 'invalid credential' } };
      this.sent.push({ accessToken: token, body });
      this.waiters.splice(0).forEach((wake) => wake());
      return { status: 200, json: { errcode: 0, errmsg: 'ok' } };
    }
    return { status: 404, json: { errcode: -1, errmsg: 'not found' } };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
