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

/**
 * Comments, processing instructions and CDATA sections, matched in one left-to-right pass: whichever
 * opens first swallows what follows up to its own end, as an XML parser reads them. (Removing CDATA
 * alone would let a "<![CDATA[" inside a comment or PI hide a DOCTYPE between two of them.) An
 * unclosed one is not matched, so what follows it is still looked at.
 */
const OPAQUE_SECTIONS = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const DECLARATIONS = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;

/** A code point XML 1.0 allows in a document (Char production); others stay as the reference text. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * The five predefined entities and numeric character references (&#60; &#x3C;) — and nothing else: an
 * entity a DTD declares is never expanded, whatever got past the DOCTYPE check. Unknown references
 * stay as written.
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_REFERENCE, (ref: string, dec?: string, hex?: string, name?: string) => {
    if (name) return PREDEFINED_ENTITIES[name];
    const cp = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    return isXmlChar(cp) ? String.fromCodePoint(cp) : ref;
  });
}

/** The parser's entity hook: DTD-declared (input) and external entities are ignored. */
const entityDecoder = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXmlEntities,
};

/**
 * Parsed once per request with a parser that never expands a DTD's entities: DOCTYPE/ENTITY are refused
 * before parsing (no entity expansion, no external entities), and even past that check the entity
 * decoder knows only the five predefined entities and numeric references. Values stay strings (a MsgId
 * has 19 digits, more than a double holds) and nesting is shallow.
 */
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  entityDecoder,
  htmlEntities: false,
  maxNestedTags: 6,
});

/**
 * Reads a WeChat message `<xml><Field>…</Field>…</xml>` into its top-level text fields. Nested elements
 * (e.g. ScanCodeInfo) are left out; a field given twice makes the message invalid rather than ambiguous.
 */
export function parseWeChatXml(raw: string): Record<string, string> {
  // User text sits in CDATA, where "<!DOCTYPE" is just text; only declarations outside CDATA,
  // comments and processing instructions count.
  if (DECLARATIONS.test(raw.replace(OPAQUE_SECTIONS, ''))) {
    throw new WeChatXmlError('doctype', 'XML 含有 DOCTYPE/ENTITY 声明，已拒绝');
  }
  return readXmlFields(raw);
}

/**
 * The top-level fields, without the declaration check (parseWeChatXml makes it first). Exported for the
 * tests that show the parser itself expands no declared entity.
 */
export function readXmlFields(raw: string): Record<string, string> {
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

/** No longer Encrypt fits in a request body (WECHAT_XML_BODY_LIMIT, 32 KB); the bound holds without it too. */
export const MAX_ENCRYPT_CHARS = 32 * 1024;
const ENCRYPT_OPEN = '<Encrypt>';
const ENCRYPT_CLOSE = '</Encrypt>';
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';
/** Anchored, one class and a bounded tail: no backtracking beyond one pass. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The Encrypt text of a safe-mode envelope, cut out of the raw body without parsing it, so that
 * msg_signature is checked before any XML parser sees a byte of an unauthenticated request. Strict: exactly
 * one `<Encrypt>` and one `</Encrypt>`, holding Base64 alone or in one CDATA section — no whitespace,
 * entities, comments or attributes (WeChat writes none) — and at most MAX_ENCRYPT_CHARS. Anything else
 * is undefined. A few indexOf passes and one anchored test: linear in the body, whatever it holds.
 */
export function readEncryptField(raw: string): string | undefined {
  const open = raw.indexOf('<Encrypt');
  const close = raw.indexOf('</Encrypt');
  if (open < 0 || close < open || raw.indexOf('<Encrypt', open + 1) >= 0 || raw.indexOf('</Encrypt', close + 1) >= 0) return undefined;
  if (!raw.startsWith(ENCRYPT_OPEN, open) || !raw.startsWith(ENCRYPT_CLOSE, close)) return undefined;
  let value = raw.slice(open + ENCRYPT_OPEN.length, close);
  if (value.startsWith(CDATA_OPEN) && value.endsWith(CDATA_CLOSE)) value = value.slice(CDATA_OPEN.length, -CDATA_CLOSE.length);
  if (value.length === 0 || value.length > MAX_ENCRYPT_CHARS || !BASE64.test(value)) return undefined;
  return value;
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
