import type { ChatResponse } from '../../chat/chat.types';

/** WeChat rejects a passive text reply whose Content exceeds 2048 bytes; one byte of margin. */
export const WECHAT_TEXT_MAX_BYTES = 2047;

const DRAFT_NOTE = '提示：本政策为征求意见稿，内容以正式印发的文件为准。';

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest prefix of whole characters (code points) within maxBytes of UTF-8. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (bytes + n > maxBytes) break;
    bytes += n;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** Markdown → plain text a chat bubble shows well: markers go, words, quotes and line breaks stay. */
export function stripMarkdown(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw;
    if (/^\s*```/.test(line)) continue; // code fences
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rule
    line = line.replace(/^\s{0,3}#{1,6}\s+/, ''); // headings
    line = line.replace(/^\s*>\s?/, ''); // block quotes
    line = line.replace(/^(\s*)[-*+]\s+/, '$1· '); // bullets
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim())
        .join('  ');
    }
    line = line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1（$2）') // links: text and address
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
      .replace(/~~(.+?)~~/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/<br\s*\/?>/gi, '\n');
    lines.push(line.replace(/\s+$/, ''));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "第4条第1款 深化知识产权金融发展" → "第4条第1款"; labels without a number are kept whole. */
function clauseRef(label: string): string {
  return /^第\d+条(第\d+款)?/.exec(label)?.[0] ?? label;
}

export interface WeChatTextOptions {
  /** The public web page, offered when the answer had to be shortened. */
  webPageUrl?: string;
  /** The follower's question: the link asks it again on the web page, where the whole answer fits. */
  question?: string;
}

/** Longer questions get the bare page link: an encoded Chinese character takes 9 bytes of the 2047. */
const MAX_LINKED_QUESTION_CHARS = 80;

/** The web page link that asks the question there (`?q=`), so the whole answer is one tap away. */
export function fullAnswerLink(webPageUrl: string, question?: string): string {
  const q = question?.trim() ?? '';
  if (!q || [...q].length > MAX_LINKED_QUESTION_CHARS) return webPageUrl;
  const url = new URL(webPageUrl);
  url.searchParams.set('q', q);
  return url.href;
}

/**
 * The web page's address from PUBLIC_BASE_URL, kept as configured: a sub-path (a site that serves this
 * service under https://x.gov.cn/ipzc/) stays, only a missing final "/" is added (the page is the
 * service's `/`), query and fragment stay as given.
 */
export function webPageLink(publicBaseUrl: string): string {
  const url = new URL(publicBaseUrl);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

type Answer = Pick<ChatResponse, 'answer' | 'citations'>;

/** What follows the body. */
export interface ClosingParts {
  /** Labels of cited clauses the body does not name; listed whole (or by number) as far as room allows. */
  clauses: string[];
  /** Lines kept whatever the length (the draft note). */
  notes: string[];
}

/** The lines after the body: cited clauses the body does not name, and the draft note if it lacks one. */
function closingParts(body: string, response: Answer): ClosingParts {
  const clauses = [...new Set(response.citations.map((c) => c.label))].filter((label) => !body.includes(clauseRef(label)));
  const notes = response.citations.length && !body.includes('征求意见稿') ? [DRAFT_NOTE] : [];
  return { clauses, notes };
}

/**
 * The chat answer as a WeChat text message: plain text, every cited clause named (the answer usually
 * names them; any it does not are listed at the end), the draft note kept, and at most 2047 bytes —
 * a longer answer is cut at a line or sentence end with a pointer to the web page.
 */
export function renderWeChatText(response: Answer, options: WeChatTextOptions = {}): string {
  const link = options.webPageUrl ? fullAnswerLink(options.webPageUrl, options.question) : undefined;
  return fitWeChatText(stripMarkdown(response.answer), (kept) => closingParts(kept, response), link);
}

/** Digits and numerals at the end of a cut could be the front of a larger amount ("奖励10" of "奖励100万元"). */
const TRAILING_NUMBER = /[0-9０-９.．,，%％万亿千百十零〇一二三四五六七八九两]+$/;

/** The longest prefix within maxBytes that ends at a line or sentence end where one is near, never inside a number. */
export function cutAtBoundary(text: string, maxBytes: number): string {
  const cut = truncateUtf8(text, maxBytes);
  if (cut.length === text.length) return cut;
  const floor = cut.length * 0.6;
  const line = cut.lastIndexOf('\n');
  if (line > floor) return cut.slice(0, line).replace(/\s+$/, '');
  const sentence = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  if (sentence > floor) return cut.slice(0, sentence + 1);
  return cut.replace(TRAILING_NUMBER, '').replace(/\s+$/, '');
}

/** However many clauses are cited, a shortened answer keeps at least this much of its body (about 200 汉字). */
export const MIN_BODY_BYTES = 600;

const CLAUSE_LEAD = '条款依据：';

/**
 * "条款依据：…" within maxBytes, never cutting a label: all labels; else all clause numbers (第4条第1款 —
 * labels without a number stay whole); else as many whole numbers as fit and how many there are in
 * all; '' when there are none or not even that fits.
 */
export function clauseLine(labels: string[], maxBytes: number): string {
  if (!labels.length) return '';
  const full = CLAUSE_LEAD + labels.join('；');
  if (utf8Bytes(full) <= maxBytes) return full;
  const refs = [...new Set(labels.map(clauseRef))];
  const short = CLAUSE_LEAD + refs.join('；');
  if (utf8Bytes(short) <= maxBytes) return short;
  for (let n = refs.length - 1; n >= 0; n--) {
    const line = `${CLAUSE_LEAD}${refs.slice(0, n).join('；')}${n ? '等' : ''}共${labels.length}项（详见网页版）`;
    if (utf8Bytes(line) <= maxBytes) return line;
  }
  return '';
}

const SEPARATOR = '\n\n';

/**
 * Joins the body and its closing lines; when too long, shortens the body — keeping at least
 * MIN_BODY_BYTES of it — and, if there is still no room, the clause list (whole labels or numbers only),
 * never the notes. The closing lines are worked out for the part of the body that is kept, so a clause
 * named only in the cut part is still listed.
 */
export function fitWeChatText(body: string, closingFor: (kept: string) => ClosingParts, webPageUrl?: string): string {
  const join = (parts: string[]) => parts.filter(Boolean).join(SEPARATOR);
  const all = closingFor(body);
  const whole = join([body, clauseLine(all.clauses, Infinity), ...all.notes]);
  if (utf8Bytes(whole) <= WECHAT_TEXT_MAX_BYTES) return whole;

  // Layout: kept body + more + "\n\n" + clause line + "\n\n" + notes; `tail` is all of it but the body and the clause line.
  const more = webPageUrl ? '……（内容较长，已截断。完整答复请访问：' + webPageUrl + '）' : '……（内容较长，已截断，可把问题拆小后再问）';
  const tail = (notes: string[]) => utf8Bytes(join([more, ...notes])) + utf8Bytes(SEPARATOR);
  // Room for the body next to the widest closing (every clause listed, as far as MIN_BODY_BYTES allows).
  const widest = closingFor('');
  const minBody = Math.min(MIN_BODY_BYTES, utf8Bytes(body));
  const widestLine = clauseLine(widest.clauses, WECHAT_TEXT_MAX_BYTES - minBody - tail(widest.notes));
  const kept = cutAtBoundary(body, WECHAT_TEXT_MAX_BYTES - tail(widest.notes) - utf8Bytes(widestLine));
  // The closing for what is kept is no wider, and may use whatever room the cut left.
  const closing = closingFor(kept);
  const line = clauseLine(closing.clauses, WECHAT_TEXT_MAX_BYTES - utf8Bytes(kept) - tail(closing.notes));
  return truncateUtf8(kept + join([more, line, ...closing.notes]), WECHAT_TEXT_MAX_BYTES);
}
