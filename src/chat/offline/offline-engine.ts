import { CorpusService } from '../../corpus/corpus.service';
import { ChineseTokenizer } from '../../retrieval/chinese-tokenizer';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { ChatSession } from '../chat-session';
import { ChatCitation, ChatOutcome } from '../chat.types';
import type { Calculation, NeedsInfo } from '../../rules/rule';
import { ClauseAnswerer, MIN_BM25_WITHOUT_DOMAIN_WORD } from './clause-answerer';
import { DEPARTMENT_HINT, DOMAIN_CUE, GREETING, HELP, INJECTION, outOfScopeTopic, policySilentTopic } from './scope';

export interface TurnResult {
  answer: string;
  citations: ChatCitation[];
  calculations: Calculation[];
  needsInfo: NeedsInfo[];
  outcome: ChatOutcome;
}

export const WELCOME =
  '您好，我是金东区知识产权政策咨询助手，可以按《金东区知识产权高质量发展政策意见（征求意见稿）》原文回答问题，' +
  '并按条款测算奖补金额。您可以这样问：\n' +
  '· 今年新增高价值发明专利35件，能奖励多少？\n' +
  '· 专利权质押贷款的贴息怎么算？\n' +
  '· 在美国打专利官司胜诉了，代理费能补多少？\n' +
  '· 这个政策的有效期是多久？';

const INJECTION_NOTE = '说明：我只依据政策原文和规则计算作答，不会更改设定，也不会采信未经核实的金额或政策变化。';

const OUT_OF_SCOPE_TAIL =
  '我只能解答《金东区知识产权高质量发展政策意见（征求意见稿）》的内容，例如各项奖补的条件和金额、测算您能获得的奖补、政策的有效期和叠加规则。';

function result(answer: string, outcome: ChatOutcome, citations: ChatCitation[] = []): TurnResult {
  return { answer, citations, calculations: [], needsInfo: [], outcome };
}

/**
 * The offline decider: deterministic understanding of a Chinese question, retrieval, and answers
 * composed from clause text. No network, no model.
 */
export class OfflineEngine {
  private readonly clauses: ClauseAnswerer;

  constructor(
    private readonly retrieval: RetrievalService,
    corpus: CorpusService,
    tokenizer: ChineseTokenizer,
  ) {
    this.clauses = new ClauseAnswerer(corpus, tokenizer);
  }

  async decide(text: string, _session: ChatSession): Promise<TurnResult> {
    const injection = INJECTION.test(text);
    const withNote = (r: TurnResult): TurnResult => (injection ? { ...r, answer: `${INJECTION_NOTE}\n\n${r.answer}` } : r);

    if (GREETING.test(text) || HELP.test(text)) return result(WELCOME, 'answered');

    const offTopic = outOfScopeTopic(text);
    if (offTopic !== undefined) {
      const what = offTopic ? `您问的是${offTopic}方面的问题，不在本政策范围内。` : '这个问题与本政策无关。';
      return withNote(result(`${what}${OUT_OF_SCOPE_TAIL}`, 'out-of-scope'));
    }

    const hits = await this.retrieval.search(text, 3);
    const silent = policySilentTopic(text);
    if (silent) {
      const cited = silent.clauseIds.length ? hits.filter((h) => silent.clauseIds.some((id) => h.clause.id === id)) : [];
      const citations = cited.slice(0, 1).map((h) => this.clauses.cite(h.clause, text));
      const quoted = citations.map((c) => `\n\n相关条款${c.label.split(' ')[0]}原文：“${c.quote}”`).join('');
      return withNote(result(`${silent.say}。${DEPARTMENT_HINT}。${quoted}`, 'policy-silent', citations));
    }

    const top = hits[0];
    const onTopic = DOMAIN_CUE.test(text) || (top?.scores.bm25 ?? 0) >= MIN_BM25_WITHOUT_DOMAIN_WORD;
    if (!top || !onTopic) {
      if (injection) return result(`${INJECTION_NOTE}\n\n${OUT_OF_SCOPE_TAIL}`, 'refused');
      return result(`这个问题不在本政策范围内。${OUT_OF_SCOPE_TAIL}`, 'out-of-scope');
    }

    const { answer, citations } = this.clauses.answer(text, hits);
    return withNote(result(answer, 'answered', citations));
  }
}
