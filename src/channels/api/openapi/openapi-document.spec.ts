import { z } from 'zod';
import { buildOpenApiDocument, DiscoveredRoute, openApiPath } from './openapi-document';

const info = { title: 't', version: '1', description: 'd' };
type Op = Record<string, unknown> & { responses: Record<string, unknown>; parameters?: Array<Record<string, unknown>> };
const op = (doc: Record<string, unknown>, path: string, method: string) => (doc.paths as Record<string, Record<string, Op>>)[path][method];

describe('buildOpenApiDocument', () => {
  const thing = z.strictObject({ name: z.string().describe('名称') }).meta({ id: 'SpecThing' });
  const routes: DiscoveredRoute[] = [
    {
      method: 'GET',
      path: '/api/things/:thingId',
      handler: 'ThingsController.one',
      doc: { tag: '条款', summary: '一件', query: z.object({ k: z.coerce.number().int().default(5).describe('数量') }), responses: { 200: { description: 'ok', schema: z.array(thing) } } },
    },
    { method: 'POST', path: '/wechat', handler: 'WeChatController.receive', doc: { tag: '微信公众号', summary: '推送', body: z.string(), bodyType: 'text/xml', responses: { 200: { description: 'xml', contentType: 'application/xml' } } } },
    { method: 'GET', path: '/api/health/live', handler: 'HealthController.live', doc: { tag: '运行状态', summary: '存活', responses: { 200: { description: 'ok', schema: z.object({}) } } } },
    { method: 'GET', path: '/forgotten', handler: 'XController.y' },
  ];
  const doc = buildOpenApiDocument(routes, info);

  it('writes Express path parameters the OpenAPI way and declares the ones the description omits', () => {
    expect(openApiPath('/a/:b/c/:d')).toBe('/a/{b}/c/{d}');
    const one = op(doc, '/api/things/{thingId}', 'get');
    expect(one.parameters).toEqual([
      { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'k', in: 'query', required: false, description: '数量', schema: { type: 'integer', default: 5, minimum: expect.any(Number), maximum: expect.any(Number) } },
    ]);
  });

  it('puts schemas with an id among the components and refers to them', () => {
    const ok = op(doc, '/api/things/{thingId}', 'get').responses['200'] as { content: Record<string, { schema: unknown }> };
    expect(ok.content['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/SpecThing' } });
    expect((doc.components as { schemas: Record<string, unknown> }).schemas.SpecThing).toMatchObject({ type: 'object', required: ['name'] });
  });

  it('adds the JSON API errors only where they can happen', () => {
    expect(Object.keys(op(doc, '/api/things/{thingId}', 'get').responses)).toEqual(['200', '400', '429', '503']);
    // Health checks are exempt from limits and timeouts; WeChat answers in its own terms.
    expect(Object.keys(op(doc, '/api/health/live', 'get').responses)).toEqual(['200']);
    expect(Object.keys(op(doc, '/wechat', 'post').responses)).toEqual(['200']);
    expect(op(doc, '/wechat', 'post').requestBody).toEqual({ required: true, content: { 'text/xml': { schema: { type: 'string' } } } });
  });

  it('never hides a route that has no description: it is listed and marked', () => {
    expect(op(doc, '/forgotten', 'get')).toMatchObject({ 'x-undocumented': true, operationId: 'x.y' });
  });
});
