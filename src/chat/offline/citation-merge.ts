import { CorpusService } from '../../corpus/corpus.service';
import { ChatCitation } from '../chat.types';

const SENTENCE_END = /[。；！？\n]/;

/**
 * Rules cite short exact phrases (每家奖励60万元). A reader wants one quote per clause: the sentences
 * that hold those phrases, as one exact span of the clause text.
 */
export function mergeCitations(citations: ChatCitation[], corpus: CorpusService): ChatCitation[] {
  const byClause = new Map<string, ChatCitation[]>();
  for (const c of citations) byClause.set(c.clauseId, [...(byClause.get(c.clauseId) ?? []), c]);
  const out: ChatCitation[] = [];
  for (const [clauseId, group] of byClause) {
    const clause = corpus.find(clauseId);
    const positions = group
      .map((c) => ({ c, at: clause?.text.indexOf(c.quote) ?? -1 }))
      .filter((p) => p.at >= 0);
    if (!clause || positions.length === 0) continue;
    const text = clause.text;
    let start = Math.min(...positions.map((p) => p.at));
    let end = Math.max(...positions.map((p) => p.at + p.c.quote.length));
    while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
    while (end < text.length && !SENTENCE_END.test(text[end - 1])) end++;
    out.push({ clauseId, label: clause.label, quote: text.slice(start, end).trim() });
  }
  return out;
}
