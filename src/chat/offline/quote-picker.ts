import { ChineseTokenizer } from '../../retrieval/chinese-tokenizer';

interface Span {
  start: number;
  end: number;
}

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^。；！？\n]+[。；！？]?/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + body.length });
  }
  return spans;
}

/** Splits clause text into sentences, keeping the end mark: 。；！？ and line breaks. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

/**
 * The sentence of a clause that best answers a question, extended to its neighbour when that one
 * is nearly as relevant. Quoting one sentence instead of a 300-character paragraph is what a hotline
 * expert does; the quote is always one exact span of the clause text.
 */
export function pickQuote(text: string, question: string, tokenizer: ChineseTokenizer): string {
  const spans = sentenceSpans(text);
  if (spans.length <= 1) return text;
  const asked = new Set(tokenizer.tokenize(tokenizer.expandQuery(question)));
  const scored = spans.map((span, i) => {
    let overlap = 0;
    for (const t of new Set(tokenizer.tokenize(text.slice(span.start, span.end)))) if (asked.has(t)) overlap += t.length;
    return { i, overlap };
  });
  const [first, second] = [...scored].sort((a, b) => b.overlap - a.overlap || a.i - b.i);
  if (first.overlap === 0) return text.slice(spans[0].start, spans[0].end);
  const pair = second.overlap >= first.overlap * 0.6 && Math.abs(second.i - first.i) === 1;
  const lo = pair ? Math.min(first.i, second.i) : first.i;
  const hi = pair ? Math.max(first.i, second.i) : first.i;
  return text.slice(spans[lo].start, spans[hi].end);
}
