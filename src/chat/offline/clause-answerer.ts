import { Clause } from '../../corpus/clause';
import { CorpusService } from '../../corpus/corpus.service';
import { ChineseTokenizer } from '../../retrieval/chinese-tokenizer';
import { SearchHit } from '../../retrieval/retrieval.service';
import { ChatCitation } from '../chat.types';
import { pickQuote } from './quote-picker';

/** BM25 score below which a question without any policy word is taken to be about something else. */
export const MIN_BM25_WITHOUT_DOMAIN_WORD = 6;

export const DRAFT_NOTE = '提示：本政策目前为征求意见稿，实施日期尚未确定，金额和条件以正式印发的文件为准。';

/** An article named by number is quoted paragraph by paragraph, up to this many. */
const MAX_REFERENCED_QUOTED = 3;

const MONEY = /\d+(\.\d+)?\s*(万元|万|元)|%/;

export interface ClauseAnswer {
  answer: string;
  citations: ChatCitation[];
}

/** Answers a question from the clauses retrieval found: the relevant sentences, quoted exactly, with their labels. */
export class ClauseAnswerer {
  constructor(
    private readonly corpus: CorpusService,
    private readonly tokenizer: ChineseTokenizer,
  ) {}

  /**
   * The hits worth quoting: the best one, and the runner-up only when its word match is nearly as
   * strong (fused rank scores are too flat to tell a close second from noise).
   */
  relevant(hits: SearchHit[]): SearchHit[] {
    const [first, second] = hits;
    if (!first) return [];
    // Clauses named by number (第4条) are what was asked for, all of them.
    if (first.referenced) return hits.filter((h) => h.referenced).slice(0, MAX_REFERENCED_QUOTED);
    const close = (second?.scores.bm25 ?? 0) >= (first.scores.bm25 ?? Infinity) * 0.8;
    return second && close ? [first, second] : [first];
  }

  cite(clause: Clause, question: string): ChatCitation {
    return { clauseId: clause.id, label: clause.label, quote: pickQuote(clause.text, question, this.tokenizer) };
  }

  answer(question: string, hits: SearchHit[]): ClauseAnswer {
    // A clause asked for by number is quoted whole: the question names no sentence of it.
    const citations = this.relevant(hits).map((h) =>
      h.referenced ? { clauseId: h.clause.id, label: h.clause.label, quote: h.clause.text } : this.cite(h.clause, question),
    );
    const doc = this.corpus.documents()[0]?.meta.shortTitle ?? '本政策';
    const parts = citations.map((c) => `《${doc}》${c.label.split(' ')[0]}规定：\n“${c.quote}”`);
    if (citations.some((c) => MONEY.test(c.quote))) {
      parts.push('如需测算您能获得的具体金额，请告诉我相关情况（例如件数、金额、认定级别），我会按条款逐项计算。');
      parts.push(DRAFT_NOTE);
    }
    return { answer: parts.join('\n\n'), citations };
  }
}
