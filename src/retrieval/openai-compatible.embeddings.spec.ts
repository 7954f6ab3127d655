import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenAiCompatibleEmbeddings } from './openai-compatible.embeddings';

interface Seen {
  path?: string;
  auth?: string;
  body?: { model: string; input: string[] };
}

/** A local server speaking OpenAI's /v1/embeddings wire format. */
function startServer(seen: Seen[], status = 200): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; input: string[] };
      seen.push({ path: req.url, auth: req.headers.authorization, body });
      if (status !== 200) {
        res.writeHead(status).end('{}');
        return;
      }
      // Reverse order on purpose: clients must sort by index.
      const data = body.input.map((t, index) => ({ object: 'embedding', index, embedding: [t.length, index] })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data }));
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

describe('OpenAiCompatibleEmbeddings', () => {
  it('posts batches to /embeddings with the key and model, and orders vectors by index', async () => {
    const seen: Seen[] = [];
    const server = await startServer(seen);
    const { port } = server.address() as AddressInfo;
    const e = new OpenAiCompatibleEmbeddings({ apiKey: 'sk-test', baseUrl: `http://127.0.0.1:${port}/v1/`, model: 'bge-m3' });
    const texts = Array.from({ length: 70 }, (_, i) => 'x'.repeat(i + 1));
    const vectors = await e.embedDocuments(texts);
    expect(vectors[0]).toEqual([1, 0]);
    expect(vectors[69]).toEqual([70, 5]);
    expect(seen.map((s) => s.body!.input.length)).toEqual([64, 6]);
    expect(seen[0]).toMatchObject({ path: '/v1/embeddings', auth: 'Bearer sk-test', body: { model: 'bge-m3' } });
    expect(await e.embedQuery('abc')).toEqual([3, 0]);
    expect(e.id).toBe(`openai-compatible:http://127.0.0.1:${port}/v1:bge-m3`);
    server.close();
  });

  it('fails with a Chinese message on an HTTP error', async () => {
    const server = await startServer([], 503);
    const { port } = server.address() as AddressInfo;
    const e = new OpenAiCompatibleEmbeddings({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' });
    await expect(e.embedQuery('a')).rejects.toThrow('嵌入服务返回 HTTP 503');
    server.close();
  });
});
