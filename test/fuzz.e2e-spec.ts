import { INestApplication } from '@nestjs/common';
import request, { Response } from 'supertest';
import { createApp } from './create-app';
import { prng } from './support/prng';

const SEED = Number(process.env.FUZZ_SEED ?? 20260);
const CASES = 300;
const CJK = /[\u4e00-\u9fff]/;

/** Code point ranges a hostile or careless client sends: the ones parsers and tokenizers trip over. */
const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x4e00, 0x9fff], // CJK
  [0x0, 0x1f], // C0 controls, NUL included
  [0x7f, 0x9f], // DEL, C1 controls
  [0x200b, 0x200f], // zero-width, LRM/RLM
  [0x202a, 0x202e], // bidi embedding/override
  [0x2060, 0x2064], // word joiner, invisible operators
  [0xe0000, 0xe007f], // Unicode tag characters
  [0xd800, 0xdfff], // lone surrogates
  [0x1f300, 0x1faff], // emoji (astral)
  [0x0300, 0x036f], // combining marks
  [0xfff0, 0xffff], // specials, noncharacters
  [0xff01, 0xff5e], // full-width forms
  [0x3000, 0x303f], // CJK punctuation
  [0x30, 0x39], // digits
];

function randomText(r: ReturnType<typeof prng>, maxLength: number): string {
  const length = r.int(0, maxLength);
  let s = '';
  while (s.length < length) {
    const [lo, hi] = r.pick(RANGES);
    const cp = r.int(lo, hi);
    s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
}

function randomValue(r: ReturnType<typeof prng>, depth = 0): unknown {
  switch (r.int(0, depth > 3 ? 4 : 7)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick([0, -1, 1e308, -0, 42.5, Number.MAX_SAFE_INTEGER]);
    case 3:
      return randomText(r, 60);
    case 4:
      return '';
    case 5:
      return Array.from({ length: r.int(0, 4) }, () => randomValue(r, depth + 1));
    case 6:
      return Object.fromEntries(Array.from({ length: r.int(0, 4) }, () => [randomText(r, 8), randomValue(r, depth + 1)]));
    default:
      return { message: randomValue(r, depth + 1) };
  }
}

interface Case {
  name: string;
  path: string;
  contentType?: string;
  body?: string | Buffer | object;
  query?: Record<string, string>;
}

function makeCase(r: ReturnType<typeof prng>, i: number): Case {
  const path = r.next() < 0.15 ? '/api/chat/stream' : '/api/chat';
  const json = 'application/json';
  switch (i % 12) {
    case 0:
    case 1:
    case 2:
      return { name: 'random Unicode message', path, contentType: json, body: JSON.stringify({ message: randomText(r, 2_100) }) };
    case 3:
      return { name: 'wrong JSON types', path, contentType: json, body: JSON.stringify({ message: randomValue(r), sessionId: randomValue(r) }) };
    case 4:
      return { name: 'body not an object', path, contentType: json, body: JSON.stringify(randomValue(r)) };
    case 5: {
      const depth = r.int(100, 20_000);
      const open = r.next() < 0.5 ? '[' : '{"message":';
      const close = open === '[' ? ']' : '}';
      return { name: `deep JSON (${depth})`, path, contentType: json, body: open.repeat(depth) + '"x"' + close.repeat(depth) };
    }
    case 6:
      return {
        name: 'huge input',
        path,
        contentType: json,
        body: JSON.stringify({ message: r.pick(['专', 'a', '\u200b', '\u{E0041}']).repeat(r.pick([2_001, 30_000, 1_048_576])) }),
      };
    case 7: {
      const bytes = Buffer.from(Array.from({ length: r.int(1, 400) }, () => r.int(0, 255)));
      return { name: 'random bytes as JSON', path, contentType: json, body: bytes };
    }
    case 8: {
      const valid = JSON.stringify({ message: randomText(r, 200), sessionId: 'abc' });
      return { name: 'truncated JSON', path, contentType: json, body: valid.slice(0, r.int(0, valid.length - 1)) };
    }
    case 9:
      return {
        name: 'wrong content type',
        path,
        contentType: r.pick([
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/octet-stream',
        ]),
        body: r.next() < 0.5 ? 'message=你好' : JSON.stringify({ message: '你好' }),
      };
    case 10:
      return {
        name: 'hostile keys and a plausible question with invisible characters',
        path,
        contentType: json,
        body: `{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"message":${JSON.stringify(
          `新增高价值\u200b发明专利${r.int(0, 100)}件\u{E0020}${randomText(r, 30)}`,
        )},"sessionId":${JSON.stringify(r.pick(['ok_1', 'x'.repeat(65), '../../etc', '\u0000', 'a b']))}}`,
      };
    default:
      return { name: 'random search query', path: '/api/clauses', query: { q: randomText(r, 600), k: String(r.pick([0, 1, 5, 21, -1, 1.5, 'abc'])) } };
  }
}

describe(`fuzz /api/chat (seed ${SEED}, ${CASES} cases)`, () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createApp({ env: { RATE_LIMIT_CHAT_PER_MINUTE: '0', RATE_LIMIT_API_PER_MINUTE: '0' } });
  });
  afterAll(() => app.close());

  async function send(c: Case): Promise<Response> {
    const server = app.getHttpServer();
    if (c.query) return request(server).get(c.path).query(c.query);
    let req = request(server).post(c.path);
    if (c.contentType) req = req.set('content-type', c.contentType);
    return req
      .send(c.body as string)
      .buffer(true)
      .parse((res, cb) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () => cb(null, data));
      });
  }

  it('never answers 5xx, never crashes; every refusal is JSON with a Chinese message', async () => {
    const r = prng(SEED);
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(r, i);
      const res = await send(c);
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      const where = `#${i} ${c.name} → ${res.status}`;
      if (res.status >= 500) problems.push(`${where}: ${text.slice(0, 200)}`);
      else if (res.status >= 400) {
        const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
        if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !CJK.test(error.message)) problems.push(`${where}: ${text.slice(0, 200)}`);
      } else if (c.path === '/api/chat') {
        const body = JSON.parse(text) as { answer?: unknown; sessionId?: unknown };
        if (typeof body.answer !== 'string' || !body.answer || typeof body.sessionId !== 'string') problems.push(`${where}: ${text.slice(0, 200)}`);
      } else if (c.path === '/api/chat/stream' && !text.includes('event: done')) problems.push(`${where}: no done event`);
    }
    expect(problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Still serving normally afterwards.
    const after = await request(app.getHttpServer()).post('/api/chat').send({ message: '今年新增高价值发明专利35件，能奖励多少？' }).expect(200);
    expect(after.body.totalYuan).toBe(600_000);
  }, 120_000);
});
