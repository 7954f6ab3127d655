import { z } from 'zod';
import { API_TAGS, ApiResponseDoc, RouteDoc } from '../../../common/api-doc.decorator';
import { CONSOLE_COOKIE } from '../../console/console-auth.service';
import { errorResponse } from '../../../common/error-response.schema';

/** A route as Nest registered it, with the description written beside its handler (if any). */
export interface DiscoveredRoute {
  method: string;
  /** Express form, `/api/clauses/:clauseId`. */
  path: string;
  /** `Controller.handler`, for operation ids. */
  handler: string;
  doc?: RouteDoc;
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
}

type Json = Record<string, unknown>;

const COMPONENT_REF = '#/components/schemas/';

/** `/api/clauses/:clauseId` → `/api/clauses/{clauseId}` */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * zod → JSON Schema 2020-12 (what OpenAPI 3.1 uses). Schemas registered with `.meta({ id })` become shared
 * components; the `$defs` zod writes for them inline are turned into references to those components.
 */
class SchemaConverter {
  readonly components: Record<string, Json>;

  constructor() {
    const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'output', uri: (id) => COMPONENT_REF + id }) as {
      schemas: Record<string, Json>;
    };
    this.components = {};
    for (const [id, schema] of Object.entries(all.schemas)) this.components[id] = strip(schema);
  }

  convert(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    for (const [id, def] of Object.entries(defs)) if (!this.components[id]) this.components[id] = strip(def);
    return JSON.parse(JSON.stringify(strip(json)).replaceAll('"#/$defs/', `"${COMPONENT_REF}`)) as Json;
  }
}

function strip(schema: Json): Json {
  const { $schema: _s, $id: _i, $defs: _d, ...rest } = schema;
  return rest;
}

function parametersOf(converter: SchemaConverter, schema: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const json = converter.convert(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

const ERROR_TEXT: Record<number, string> = {
  400: '参数错误（VALIDATION），message 逐项说明',
  429: '请求过于频繁（RATE_LIMITED），响应头 Retry-After-chat 或 Retry-After-api 给出等待秒数',
  503: '处理超时（TIMEOUT）或共享存储不可用（UNAVAILABLE）',
};

/** Errors every route of a kind can give, added where the route's own description does not mention them. */
function commonErrors(route: DiscoveredRoute, doc: RouteDoc): Record<number, ApiResponseDoc> {
  const out: Record<number, ApiResponseDoc> = {};
  const declared = doc.responses;
  // The JSON API: validated input, rate limits and the request timeout; health checks are exempt from both.
  if (!route.path.startsWith('/api/')) return out;
  if ((doc.body || doc.query || doc.params) && !declared[400]) out[400] = { description: ERROR_TEXT[400], schema: errorResponse };
  if (route.path.startsWith('/api/health')) return out;
  if (!declared[429]) out[429] = { description: ERROR_TEXT[429], schema: errorResponse };
  if (!declared[503]) out[503] = { description: ERROR_TEXT[503], schema: errorResponse };
  return out;
}

function responsesOf(converter: SchemaConverter, route: DiscoveredRoute, doc: RouteDoc): Json {
  const all = { ...doc.responses, ...commonErrors(route, doc) };
  const out: Json = {};
  for (const status of Object.keys(all).map(Number).sort((a, b) => a - b)) {
    const r = all[status];
    const type = r.contentType ?? (r.schema ? 'application/json' : undefined);
    const schema = r.schema ? converter.convert(r.schema, 'output') : { type: 'string' };
    out[String(status)] = { description: r.description, ...(type ? { content: { [type]: { schema } } } : {}) };
  }
  return out;
}

function operationId(handler: string): string {
  return handler.replace(/Controller\./, '.').replace(/^./, (c) => c.toLowerCase());
}

const SECURITY: Record<NonNullable<RouteDoc['auth']>, Json[]> = {
  console: [{ consoleSession: [] }, { consoleToken: [] }],
  // Open when METRICS_TOKEN is not set.
  metrics: [{ metricsToken: [] }, {}],
};

/**
 * The OpenAPI 3.1 document of every route Nest registered. A route without a description still appears
 * (marked `x-undocumented`), so the document never hides an endpoint; a test requires there be none.
 */
export function buildOpenApiDocument(routes: DiscoveredRoute[], info: OpenApiInfo): Json {
  const converter = new SchemaConverter();
  const paths: Record<string, Record<string, Json>> = {};
  const sorted = [...routes].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const route of sorted) {
    const doc = route.doc;
    const path = openApiPath(route.path);
    const op: Json = { operationId: operationId(route.handler) };
    if (!doc) {
      Object.assign(op, { summary: '（尚无说明）', 'x-undocumented': true, responses: { default: { description: '未说明' } } });
    } else {
      const declared = parametersOf(converter, doc.params, 'path');
      const named = new Set(declared.map((p) => p.name));
      const implicit = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)]
        .map((m) => m[1])
        .filter((name) => !named.has(name))
        .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
      const parameters = [...declared, ...implicit, ...parametersOf(converter, doc.query, 'query')];
      Object.assign(op, {
        tags: [doc.tag],
        summary: doc.summary,
        ...(doc.description ? { description: doc.description } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(doc.body
          ? { requestBody: { required: true, content: { [doc.bodyType ?? 'application/json']: { schema: converter.convert(doc.body, 'input') } } } }
          : {}),
        responses: responsesOf(converter, route, doc),
        ...(doc.auth ? { security: SECURITY[doc.auth] } : {}),
      });
    }
    (paths[path] ??= {})[route.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    tags: API_TAGS.map((name) => ({ name })),
    paths,
    components: {
      schemas: converter.components,
      securitySchemes: {
        consoleSession: { type: 'apiKey', in: 'cookie', name: CONSOLE_COOKIE, description: '坐席工作台登录（POST /console/login）后的会话 Cookie' },
        consoleToken: { type: 'http', scheme: 'bearer', description: '坐席令牌 CONSOLE_TOKEN（脚本导出用）' },
        metricsToken: { type: 'http', scheme: 'bearer', description: '监控令牌 METRICS_TOKEN（设置后必填）' },
      },
    },
  };
}
