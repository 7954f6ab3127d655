import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the scripted model does on one `/v1/chat/completions` request. */
export type WireReply =
  | { kind: 'text'; text: string }
  /** `arguments` as a string is sent as is, so a test can send malformed JSON. */
  | { kind: 'tools'; calls: { name: string; arguments: string | Record<string, unknown> }[] }
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'hang' };

export interface WireRequest {
  /** 0-based index of this request since the server started. */
  index: number;
  body: { model: string; stream?: boolean; messages: WireMessage[]; tools?: { function: { name: string } }[] };
}

export interface WireMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export type WireScript = (request: WireRequest) => WireReply | Promise<WireReply>;

const STREAM_PIECE = 7;

function pieces(text: string, size = STREAM_PIECE): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/**
 * A local server that speaks the OpenAI chat-completions wire format, JSON and streamed (SSE, with
 * tool-call arguments split across deltas as real servers send them), driven by a script. ChatOpenAI
 * talks to it through `configuration.baseURL`, exactly as it would to OpenAI, DeepSeek, Qwen or vLLM.
 */
export class OpenAiWireServer {
  readonly requests: WireRequest[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(public script: WireScript) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const request: WireRequest = { index: this.requests.length, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
    this.requests.push(request);
    const reply = await this.script(request);
    if (reply.kind === 'hang') return;
    if (reply.kind === 'status') {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body ?? { error: { message: `scripted ${reply.status}`, type: 'server_error' } }));
      return;
    }
    const calls = reply.kind === 'tools' ? reply.calls.map((c, i) => ({ id: `call_${request.index}_${i}`, name: c.name, args: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) })) : [];
    const text = reply.kind === 'text' ? reply.text : '';
    const finish = calls.length ? 'tool_calls' : 'stop';
    const base = { id: `chatcmpl-${request.index}`, created: Math.floor(Date.now() / 1000), model: request.body.model };
    if (!request.body.stream) {
      const message = {
        role: 'assistant',
        content: calls.length ? null : text,
        ...(calls.length ? { tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.args } })) } : {}),
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finish }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`);
    send({ role: 'assistant', content: '' });
    for (const p of pieces(text)) send({ content: p });
    calls.forEach((c, index) => {
      send({ tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] });
      for (const p of pieces(c.args, 5)) send({ tool_calls: [{ index, function: { arguments: p } }] });
    });
    send({}, finish);
    res.end('data: [DONE]\n\n');
  }
}

/** The results of the tool calls in a request's messages, parsed. */
export function toolResults(request: WireRequest): unknown[] {
  return request.body.messages
    .filter((m) => m.role === 'tool')
    .map((m) => {
      try {
        return JSON.parse(m.content ?? '');
      } catch {
        return m.content;
      }
    });
}

/** The latest user message of a request. */
export function lastUserText(request: WireRequest): string {
  return [...request.body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}
