import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type WeChatXmlFailure = 'doctype' | 'malformed' | 'not-wechat';

export class WeChatXmlError extends Error {
  constructor(
    readonly reason: WeChatXmlFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatXmlError';
  }
}

const CDATA_SECTION = /<!\[CDATA\[[\s\S]*?\]\]>/g;
const DECLARATIONS = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

/**
 * Parsed once per request with a parser that never sees a DTD: DOCTYPE/ENTITY are refused before parsing
 * (no entity expansion, no external entities), values stay strings (a MsgId has 19 digits, more than a
 * double holds), nesting is shallow and only the five predefined XML entities are decoded.
 */
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  maxNestedTags: 6,
});

/**
 * Reads a WeChat message `<xml><Field>…</Field>…</xml>` into its top-level text fields. Nested elements
 * (e.g. ScanCodeInfo) are left out; a field given twice makes the message invalid rather than ambiguous.
 */
export function parseWeChatXml(raw: string): Record<string, string> {
  // User text sits in CDATA, where "<!DOCTYPE" is just text; only declarations outside CDATA count.
  if (DECLARATIONS.test(raw.replace(CDATA_SECTION, ''))) {
    throw new WeChatXmlError('doctype', 'XML 含有 DOCTYPE/ENTITY 声明，已拒绝');
  }
  if (XMLValidator.validate(raw) !== true) throw new WeChatXmlError('malformed', 'XML 格式错误');
  let doc: unknown;
  try {
    doc = parser.parse(raw);
  } catch {
    throw new WeChatXmlError('malformed', 'XML 格式错误');
  }
  const root = (doc as Record<string, unknown> | undefined)?.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    throw new WeChatXmlError('not-wechat', 'XML 根元素应为 <xml>');
  }
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(root)) {
    if (Array.isArray(value)) throw new WeChatXmlError('malformed', `字段 ${name} 重复出现`);
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

/** CDATA cannot contain "]]>": close the section after "]]" and open a new one before ">". */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Builds `<xml>` with strings as CDATA and numbers as plain text, in the order given. */
export function buildWeChatXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([name, value]) => `<${name}>${typeof value === 'number' ? String(Math.trunc(value)) : cdata(value)}</${name}>`)
    .join('');
  return `<xml>${body}</xml>`;
}
