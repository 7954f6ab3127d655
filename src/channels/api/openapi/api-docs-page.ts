import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The page's only style, inline; the CSP allows exactly this text by its hash (no script at all). */
const STYLE = `
body{font:16px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f7f8fa}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #c8102e}
h3{font-size:1.05rem;margin:0 0 .25rem}section.op{background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875rem}pre{background:#f1f3f5;padding:.5rem;overflow:auto;max-height:24rem}
.m{display:inline-block;min-width:3.5rem;text-align:center;border-radius:4px;color:#fff;background:#52606d;margin-right:.5rem}
.m-get{background:#1d6fa5}.m-post{background:#237a3b}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d9dee4;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4;white-space:nowrap}.note{color:#52606d}a{color:#0b5394}
@media (max-width:600px){main{padding:.5rem}table{font-size:.875rem}}`;

export const DOCS_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** A short readable type: `string`, `integer ≥ 0`, `"up" | "down"`, `Calculation[]`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() as string;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) return (schema[key] as Json[]).map(typeOf).join(' | ');
  }
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  const bounds = [
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : '',
    typeof schema.maximum === 'number' ? `≤ ${schema.maximum}` : '',
  ].filter(Boolean);
  return [String(schema.type ?? 'any'), ...bounds].join(' ');
}

function fieldsTable(schema: Json): string {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(props).map(
    ([name, p]) =>
      `<tr><td><code>${esc(name)}</code></td><td><code>${esc(typeOf(p))}</code></td><td>${required.has(name) ? '必填' : '可选'}</td><td>${esc(p.description ?? '')}</td></tr>`,
  );
  if (!rows.length) return '';
  return `<table><thead><tr><th>字段</th><th>类型</th><th></th><th>说明</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const schemaBlock = (schema: Json) => `<details><summary>JSON Schema</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`;

function operation(method: string, path: string, op: Json): string {
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  const parts = [`<section class="op" id="${esc(id)}"><h3><span class="m m-${esc(method)}">${esc(method.toUpperCase())}</span><code>${esc(path)}</code></h3>`];
  parts.push(`<p>${esc(op.summary)}</p>`);
  if (op.description) parts.push(...String(op.description).split('\n').filter(Boolean).map((line) => `<p class="note">${esc(line)}</p>`));
  if (op.security) parts.push('<p class="note">需要授权：见下方“授权方式”。</p>');
  const params = (op.parameters ?? []) as Json[];
  if (params.length) {
    parts.push('<h4>参数</h4><table><thead><tr><th>名称</th><th>位置</th><th>类型</th><th></th><th>说明</th></tr></thead><tbody>');
    for (const p of params) {
      parts.push(
        `<tr><td><code>${esc(p.name)}</code></td><td>${p.in === 'path' ? '路径' : '查询'}</td><td><code>${esc(typeOf(p.schema as Json))}</code></td><td>${p.required ? '必填' : '可选'}</td><td>${esc(p.description ?? '')}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  if (body) {
    for (const [type, media] of Object.entries(body)) {
      const schema = media.schema as Json;
      parts.push(`<h4>请求体 <code>${esc(type)}</code></h4>${fieldsTable(schema)}${schemaBlock(schema)}`);
    }
  }
  parts.push('<h4>响应</h4><table><thead><tr><th>状态</th><th>类型</th><th>说明</th></tr></thead><tbody>');
  const blocks: string[] = [];
  for (const [status, r] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
    const content = (r.content ?? {}) as Record<string, Json>;
    const [type, media] = Object.entries(content)[0] ?? ['', undefined];
    const schema = media?.schema as Json | undefined;
    parts.push(`<tr><td>${esc(status)}</td><td><code>${esc(type)}</code>${schema && type.includes('json') ? ` <code>${esc(typeOf(schema))}</code>` : ''}</td><td>${esc(r.description)}</td></tr>`);
    if (schema && type.includes('json') && !schema.$ref && status.startsWith('2')) blocks.push(schemaBlock(schema));
  }
  parts.push('</tbody></table>', ...blocks, '</section>');
  return parts.join('');
}

/** `/api/docs`: the OpenAPI document as a readable page, server-rendered, no script, no CDN. */
export function renderApiDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const tags = ((doc.tags ?? []) as Json[]).map((t) => String(t.name));
  const byTag = new Map<string, string[]>(tags.map((t) => [t, []]));
  const toc = new Map<string, string[]>(tags.map((t) => [t, []]));
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = ((op.tags ?? ['其他']) as string[])[0];
      if (!byTag.has(tag)) (byTag.set(tag, []), toc.set(tag, []));
      byTag.get(tag)!.push(operation(method, path, op));
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      toc.get(tag)!.push(`<li><a href="#${esc(id)}"><code>${esc(method.toUpperCase())} ${esc(path)}</code></a> ${esc(op.summary)}</li>`);
    }
  }
  const sections = [...byTag].filter(([, ops]) => ops.length).map(([tag, ops]) => `<h2 id="tag-${esc(tag)}">${esc(tag)}</h2>${ops.join('')}`);
  const contents = [...toc].filter(([, items]) => items.length).map(([tag, items]) => `<h4>${esc(tag)}</h4><ul>${items.join('')}</ul>`);
  const components = (doc.components as Json).schemas as Record<string, Json>;
  const schemas = Object.entries(components).map(([name, schema]) => `<section class="op" id="schema-${esc(name)}"><h3><code>${esc(name)}</code></h3>${fieldsTable(schema)}${schemaBlock(schema)}</section>`);
  const security = Object.entries(((doc.components as Json).securitySchemes ?? {}) as Record<string, Json>).map(
    ([name, s]) => `<li><code>${esc(name)}</code>：${esc(s.description ?? '')}</li>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>${esc(info.title)} · 接口说明</title><style>${STYLE}</style></head><body><main>
<h1>${esc(info.title)}</h1><p>版本 ${esc(info.version)}。${esc(info.description)}</p>
<p>机器可读的 OpenAPI 3.1 文档：<a href="/api/openapi.json"><code>/api/openapi.json</code></a>（由各接口校验请求所用的 zod 模式生成）。</p>
<nav aria-label="接口目录">${contents.join('')}</nav>
${sections.join('\n')}
<h2>授权方式</h2><ul>${security.join('')}</ul>
<h2>数据结构</h2>${schemas.join('\n')}
</main></body></html>`;
}
