import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { z } from 'zod';
import { OpenApiService } from '../src/channels/api/openapi/openapi.service';
import { DiscoveredRoute, openApiPath } from '../src/channels/api/openapi/openapi-document';
import { chatRequestSchema } from '../src/chat/chat.schema';
import { searchQuerySchema } from '../src/retrieval/search-query.schema';
import { createApp } from './create-app';

const TOKEN = 'openapi-e2e-console-token-0123456789';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** What Express itself will answer, read from its router rather than from Nest's metadata. */
function expressRoutes(app: INestApplication): string[] {
  const stack = (app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router.stack;
  return stack
    .filter((l) => l.route)
    .flatMap((l) => Object.keys(l.route!.methods).map((m) => `${m.toUpperCase()} ${l.route!.path}`))
    .filter((r) => !r.startsWith('_ALL'))
    .sort();
}

/** `### \`METHOD /path\`` headings of docs/api.md. */
function documentedInMarkdown(): string[] {
  const md = readFileSync(join(__dirname, '..', 'docs', 'api.md'), 'utf8');
  return [...md.matchAll(/^### `(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)`\s*$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
}

describe('API description: /api/openapi.json, /api/docs and docs/api.md (e2e)', () => {
  let app: INestApplication;
  let doc: { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Record<string, unknown> } };
  let routes: DiscoveredRoute[];
  const server = () => app.getHttpServer();

  beforeAll(async () => {
    app = await createApp({ env: { CONSOLE_TOKEN: TOKEN, RATE_LIMIT_API_PER_MINUTE: '0', RATE_LIMIT_CHAT_PER_MINUTE: '0' } });
    doc = (await request(server()).get('/api/openapi.json').expect(200)).body;
    routes = app.get(OpenApiService).routes();
  });
  afterAll(() => app.close());

  it('is OpenAPI 3.1 and holds every route Express serves, each described', () => {
    expect(doc.openapi).toBe('3.1.0');
    const served = expressRoutes(app);
    expect(served.length).toBeGreaterThan(20);
    const described = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    // Sorted after the rewrite: `:ruleId` sorts before `changes`, `{ruleId}` after it.
    expect(described).toEqual(served.map((r) => r.replace(/:([A-Za-z0-9_]+)/g, '{$1}')).sort());
    const undocumented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).filter(([, op]) => op['x-undocumented']).map(([m]) => `${m} ${p}`));
    expect(undocumented).toEqual([]);
  });

  it('docs/api.md has one heading per route, no more and no fewer', () => {
    expect(documentedInMarkdown()).toEqual(expressRoutes(app));
  });

  it('every reference points at a schema the document defines', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(Object.keys(doc.components.schemas)).toContain(ref);
  });

  it('describes requests with the very schemas the endpoints validate with', () => {
    const jsonSchema = (s: z.ZodType) => {
      const { $schema: _, ...rest } = z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      return rest;
    };
    const chatBody = (doc.paths['/api/chat'].post.requestBody as { content: Record<string, { schema: unknown }> }).content['application/json'].schema;
    expect(chatBody).toEqual(jsonSchema(chatRequestSchema));
    const params = doc.paths['/api/clauses'].get.parameters as Array<{ name: string; in: string; required: boolean }>;
    expect(params.map((p) => [p.name, p.in, p.required])).toEqual([
      ['q', 'query', true],
      ['k', 'query', false],
    ]);
    expect(Object.keys(jsonSchema(searchQuerySchema).properties as object)).toEqual(['q', 'k']);
    // Every rule's facts are offered for the calculate endpoint, and the path lists the rule ids.
    const calc = doc.paths['/api/rules/{ruleId}/calculate'].post;
    const ruleIds = (calc.parameters as Array<{ name: string; schema: { enum: string[] } }>).find((p) => p.name === 'ruleId')!.schema.enum;
    const bodies = ((calc.requestBody as { content: Record<string, { schema: { anyOf: Array<{ title: string }> } }> }).content['application/json'].schema.anyOf).map((b) => b.title);
    expect(bodies).toEqual(ruleIds);
    expect(ruleIds.length).toBeGreaterThanOrEqual(30);
  });

  /** A real request per JSON route; its body must parse with the schema its description declares. */
  const samples: Array<{ method: 'GET' | 'POST'; url: string; body?: object; status: number; auth?: boolean }> = [
    { method: 'POST', url: '/api/chat', body: { message: '今年新增高价值发明专利35件，能奖励多少？' }, status: 200 },
    { method: 'POST', url: '/api/chat', body: { message: '专利权质押贷款贴息怎么算' }, status: 200 },
    { method: 'POST', url: '/api/chat', body: {}, status: 400 },
    { method: 'GET', url: '/api/clauses?q=' + encodeURIComponent('地理标志') + '&k=3', status: 200 },
    { method: 'GET', url: '/api/clauses?k=99', status: 400 },
    { method: 'GET', url: '/api/clauses/art.4.2', status: 200 },
    { method: 'GET', url: '/api/clauses/art.99', status: 404 },
    { method: 'GET', url: '/api/rules', status: 200 },
    { method: 'GET', url: '/api/rules/high-value-patents', status: 200 },
    { method: 'GET', url: '/api/rules/no-such-rule', status: 404 },
    { method: 'GET', url: '/api/rules/changes', status: 200 },
    { method: 'GET', url: '/api/rules/changes?from=jindong-ip-2023-draft&to=2026-01-01', status: 200 },
    { method: 'GET', url: '/api/rules/changes?from=no-such-version', status: 404 },
    { method: 'GET', url: '/api/rules/changes?to=2025-02-30', status: 400 },
    { method: 'POST', url: '/api/rules/high-value-patents/calculate', body: { facts: { newHighValueInventionPatentsCount: 35 } }, status: 200 },
    { method: 'POST', url: '/api/rules/high-value-patents/calculate', body: { facts: { nonsense: 1 } }, status: 400 },
    { method: 'POST', url: '/api/eligibility', body: { profile: { newHighValueInventionPatentsCount: 35, annualSalesYuan: 60_000_000 } }, status: 200 },
    { method: 'POST', url: '/api/feedback', body: { sessionId: 'nosuch', turnId: 'nosuch', rating: 'up' }, status: 404 },
    { method: 'GET', url: '/api/health', status: 200 },
    { method: 'GET', url: '/api/health/live', status: 200 },
    { method: 'GET', url: '/api/openapi.json', status: 200 },
    { method: 'GET', url: '/api/console/gaps', status: 200, auth: true },
    { method: 'GET', url: '/api/console/gaps', status: 401 },
    { method: 'GET', url: '/api/console/clauses', status: 200, auth: true },
    { method: 'POST', url: '/api/console/chat', body: { message: '今年新增高价值发明专利35件，能奖励多少？' }, status: 200, auth: true },
    { method: 'POST', url: '/api/console/chat', body: { message: '你好' }, status: 401 },
    { method: 'POST', url: '/api/console/chat', body: {}, status: 400, auth: true },
  ];

  function routeFor(method: string, url: string): DiscoveredRoute {
    const path = url.split('?')[0];
    const found = routes.find((r) => r.method === method && new RegExp(`^${r.path.replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`).test(path));
    if (!found) throw new Error(`no route for ${method} ${url}`);
    return found;
  }

  it.each(samples)('$method $url → $status matches the declared schema', async ({ method, url, body, status, auth }) => {
    const route = routeFor(method, url);
    const declared = route.doc?.responses[status] ?? (status >= 400 ? { schema: undefined, description: 'common' } : undefined);
    expect(declared).toBeDefined();
    let req = method === 'GET' ? request(server()).get(url) : request(server()).post(url).send(body);
    if (auth) req = req.set('authorization', `Bearer ${TOKEN}`);
    const res = await req.expect(status);
    const schema = declared!.schema ?? (status >= 400 ? (await import('../src/common/error-response.schema')).errorResponse : undefined);
    expect(schema).toBeDefined();
    const parsed = schema!.safeParse(res.body);
    expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
  });

  it('has a sample for every route that answers with JSON', () => {
    const jsonRoutes = routes
      .filter((r) => Object.entries(r.doc?.responses ?? {}).some(([status, x]) => status.startsWith('2') && x.schema && !x.contentType))
      .map((r) => `${r.method} ${r.path}`);
    const sampled = new Set(samples.map((s) => { const r = routeFor(s.method, s.url); return `${r.method} ${r.path}`; }));
    expect(jsonRoutes.filter((r) => !sampled.has(r))).toEqual([]);
  });

  it('serves a readable page at /api/docs: every operation, no script, its style allowed by hash', async () => {
    const res = await request(server()).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.text).not.toMatch(/<script/i);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) expect(res.text).toContain(`<span class="m m-${method}">${method.toUpperCase()}</span><code>${path}</code>`);
    }
    expect(res.text).toContain('/api/openapi.json');
  });

  it('turns Express paths into OpenAPI paths', () => {
    expect(openApiPath('/api/rules/:ruleId/calculate')).toBe('/api/rules/{ruleId}/calculate');
    expect(openApiPath('/')).toBe('/');
  });
});
