import { CorpusService } from '../../corpus/corpus.service';
import { ChineseTokenizer } from '../../retrieval/chinese-tokenizer';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { ChatSession } from '../chat-session';
import { toSimplified } from '../../common/simplified-chinese';
import { ASKS_AMOUNT, collapseWhitespace, segment } from '../nlu/fact-text';
import { glossEnglish, hasEnglishWords, isEnglish } from '../nlu/english-gloss';
import { UnderstandingOverBudget } from '../nlu/understanding-budget';
import type { SearchHit } from '../../retrieval/retrieval.service';
import { ChatCitation, ChatOutcome } from '../chat.types';
import type { Calculation, NeedsInfo, Rule } from '../../rules/rule';
import { caveatLine, composeCalculation, standardOf, STANDARD_ROLES, totalLine } from './calculation-composer';
import { mergeCitations } from './citation-merge';
import { ClauseAnswerer, MIN_BM25_WITHOUT_DOMAIN_WORD } from './clause-answerer';
import { STACKING_QUESTION } from './dialogue-moves';
import { NumericPlan, NumericPlanner } from './numeric-planner';
import { asksOverview, composeOverview } from './overview-composer';
import { detectRuleTopics } from './rule-topics';
import { STACKING } from '../../rules/caveats';
import { clauseRef } from '../../rules/explanation';
import { findRule, RULES } from '../../rules/rules.registry';
import { PAYER_FORMS } from '../../rules/lexicon/levels';
import type { ProfileKey } from '../../rules/profile.schema';
import { DEPARTMENT_HINT, DOMAIN_CUE, GREETING, HELP, INJECTION, outOfScopeTopic, policySilentTopic } from './scope';

export interface TurnResult {
  answer: string;
  citations: ChatCitation[];
  calculations: Calculation[];
  needsInfo: NeedsInfo[];
  outcome: ChatOutcome;
  /** Reading the message ran past its time budget: answered from clause search alone (counted in /metrics). */
  overBudget?: boolean;
}

export const WELCOME =
  '您好，我是金东区知识产权政策咨询助手，可以按《金东区知识产权高质量发展政策意见（征求意见稿）》原文回答问题，' +
  '并按条款测算奖补金额。您可以这样问：\n' +
  '· 今年新增高价值发明专利35件，能奖励多少？\n' +
  '· 专利权质押贷款的贴息怎么算？\n' +
  '· 在美国打专利官司胜诉了，代理费能补多少？\n' +
  '· 这个政策的有效期是多久？';

/** Said first to a question in English. */
const ENGLISH_NOTE = '（本助手以中文答复。This assistant answers in Chinese.）';

/** An item quoted for a question becomes the topic when it holds at most this many awards (art.16.2 has four). */
const MAX_RULES_IN_FOCUS = 4;
/** The awards of a quoted clause become the topic, when they are few enough to be one. */
function focusOn(session: ChatSession, about: readonly Rule[]): void {
  if (about.length === 0 || about.length > MAX_RULES_IN_FOCUS) return;
  session.focusRuleIds = about.map((r) => r.id);
  session.askedFact = undefined;
}

/** A clause quoted without an award named leads with its standards only when it holds this few awards. */
const MAX_STANDARDS_UNNAMED = 2;
/** Characters a category answer's quote may be widened to, to hold every figure of the award named. */
const MAX_WIDENED_QUOTE = 320;

/** The city's side named: a question about combining city and district awards, not two district items. */
const CITY_WORDS = new RegExp(`${PAYER_FORMS.市级!.join('|')}|市区|市、区|市政策|市和区|区和市|市的(?:奖|补|政策)|市奖|市补`);

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
    private readonly corpus: CorpusService,
    tokenizer: ChineseTokenizer,
    private readonly numeric: NumericPlanner,
  ) {
    this.clauses = new ClauseAnswerer(corpus, tokenizer);
  }

  async decide(message: string, session: ChatSession): Promise<TurnResult> {
    // Blank runs collapsed and traditional characters simplified before any pattern or the index sees the text.
    const said = toSimplified(collapseWhitespace(message));
    // A question in English is read through a gloss of its domain words; the answer stays in Chinese.
    const english = isEnglish(said);
    // Mixed Chinese and English (我们company贯标…) is read through the same gloss; only English gets the note.
    const text = english || hasEnglishWords(said) ? glossEnglish(said) : said;
    const injection = INJECTION.test(said) || INJECTION.test(text);
    const notes = (r: TurnResult): TurnResult => (injection ? { ...r, answer: `${INJECTION_NOTE}\n\n${r.answer}` } : r);
    const withNote = (r: TurnResult): TurnResult => (english ? { ...notes(r), answer: `${ENGLISH_NOTE}\n\n${notes(r).answer}` } : notes(r));

    if (GREETING.test(text) || HELP.test(text)) return result(WELCOME, 'answered');

    const offTopic = outOfScopeTopic(text);
    if (offTopic !== undefined) {
      const what = offTopic ? `您问的是${offTopic}方面的问题，不在本政策范围内。` : '这个问题与本政策无关。';
      return withNote(result(`${what}${OUT_OF_SCOPE_TAIL}`, 'out-of-scope'));
    }

    const hits = await this.retrieval.search(text, 3);
    if (STACKING_QUESTION.test(text) && CITY_WORDS.test(text)) return withNote(this.stacking(text));
    const silent = policySilentTopic(text);
    // A question the policy does not answer is answered as such, unless it also states facts to compute with.
    let plan: NumericPlan | undefined;
    try {
      plan = await this.numeric.plan(text, session, hits, { requireFacts: Boolean(silent) });
    } catch (error) {
      if (!(error instanceof UnderstandingOverBudget)) throw error;
      return withNote(this.overBudget(text, hits));
    }
    // 有哪些奖补可以申请 (我们是做汽配的): the list, unless the message told facts of some award to compute.
    const toldAwardFacts = plan !== undefined && (['stated-facts', 'slot-answer', 'follow-up'] as const).some((m) => m === plan?.move);
    if (!silent && asksOverview(text) && !toldAwardFacts) {
      return withNote(result(composeOverview(text, this.corpus, session.profile.organizationType as string | undefined), 'answered'));
    }
    if (plan) {
      const turn = this.composeNumeric(plan, session.caveated === true);
      session.caveated = true;
      return withNote(silent ? { ...turn, answer: `${turn.answer}\n\n另外，${silent.say}。${DEPARTMENT_HINT}。` } : turn);
    }
    if (silent) {
      // The clause the silence is about: the topic's own, else the best match when it clearly is one.
      const fixed = silent.clauseIds.map((id) => this.corpus.find(id)).filter((c) => c !== undefined);
      const top = hits[0] && (hits[0].scores.bm25 ?? 0) >= MIN_BM25_WITHOUT_DOMAIN_WORD ? [hits[0].clause] : [];
      const citations = (fixed.length ? fixed : top).slice(0, 1).map((c) => this.clauses.cite(c, text));
      const asksAmount = ASKS_AMOUNT.test(text);
      // 标准是什么，奖多少: what it pays is in the text, and said too — the quote widened to hold it.
      if (asksAmount) this.widenToStandards('', text, citations);
      const quoted = citations.map((c) => `\n\n相关条款${c.label.split(' ')[0]}原文：“${c.quote}”`).join('');
      // The award the silence is about stays the topic, so a bare reply next (“35件”) is computed for it.
      // The award the message names, else the clause's.
      const named = detectRuleTopics(text);
      const about = named.length ? RULES.filter((r) => named.includes(r.id)) : this.rulesOf(citations[0]?.clauseId);
      focusOn(session, about);
      const standards = asksAmount && named.length ? this.withStandards('', text, about, citations).trim() : '';
      return withNote(result(`${silent.say}。${DEPARTMENT_HINT}。${quoted}${standards ? `\n\n${standards}` : ''}`, 'policy-silent', citations));
    }

    const top = hits[0];
    const onTopic = DOMAIN_CUE.test(text) || top?.referenced === true || (top?.scores.bm25 ?? 0) >= MIN_BM25_WITHOUT_DOMAIN_WORD;
    if ((!top || !onTopic) && session.focusRuleIds.length) {
      // A short follow-up (“明年还能再拿吗？”) is about the award under discussion: quote its clause.
      const clauses = [...new Set(session.focusRuleIds.map((id) => this.numeric.clauseOf(id)))]
        .map((id) => this.corpus.find(id))
        .filter((c) => c !== undefined);
      const citations = clauses.map((c) => this.clauses.cite(c, text));
      const body = citations.map((c) => `${c.label.split(' ')[0]}规定：“${c.quote}”`).join('\n');
      return withNote(result(`关于您刚才问的事项，政策原文如下：\n${body}\n\n原文未就此作进一步规定的，${DEPARTMENT_HINT}。`, 'answered', citations));
    }
    if (!top || !onTopic) {
      if (injection) return result(`${INJECTION_NOTE}\n\n${OUT_OF_SCOPE_TAIL}`, 'refused');
      return withNote(result(`这个问题不在本政策范围内。${OUT_OF_SCOPE_TAIL}`, 'out-of-scope'));
    }

    const { answer: quoted, citations } = this.clauses.answer(text, hits);
    const answer = this.widenToStandards(quoted, text, citations);
    // The award whose clause answered is now the topic: a bare reply next (“国家级”, “我们三件”) belongs to it.
    const about = this.rulesOf(citations[0]?.clauseId);
    // Of a clause's awards, the one the message names comes first (马德里 of art.16.1's five): a bare
    // figure next goes to it; the others stay in focus for a pivot (那我们是省级站点呢).
    const topics = detectRuleTopics(text);
    const named = about.filter((r) => topics.includes(r.id));
    const ordered = [...named, ...about.filter((r) => !named.includes(r))];
    // A what-if (假如再加一个驰名商标呢) leaves the actual topic where it was.
    const whatIf = segment(text).sentences.some((s) => s.conditional || s.variant);
    focusOn(session, ordered.length > MAX_RULES_IN_FOCUS && named.length && !whatIf ? named : ordered);
    return withNote(result(this.withStandards(answer, text, about, citations), 'answered', citations));
  }

  /**
   * An award named in a category question is quoted with every figure it pays (the 50件 tier as well as
   * the 10件 and 30件 ones): the sentences picked for the question are widened to the clause's exact span
   * holding all of them, where that span stays short enough to read.
   */
  private widenToStandards(answer: string, text: string, citations: ChatCitation[]): string {
    const topics = detectRuleTopics(text);
    const named = RULES.filter((r) => topics.includes(r.id));
    for (const c of citations) {
      const clause = this.corpus.find(c.clauseId);
      if (!clause) continue;
      const quotes = named
        .filter((r) => this.corpus.covers(c.clauseId, r.clauseId))
        .flatMap((r) => r.params.filter((p) => STANDARD_ROLES.includes(p.role)).map((p) => p.quote))
        .filter((q) => !c.quote.includes(q));
      const starts = [c.quote, ...quotes].map((q) => clause.text.indexOf(q));
      if (!quotes.length || starts.some((i) => i < 0)) continue;
      const from = Math.min(...starts);
      const to = Math.max(...[c.quote, ...quotes].map((q, i) => starts[i] + q.length));
      if (to - from > MAX_WIDENED_QUOTE) continue;
      const wide = clause.text.slice(from, to);
      answer = answer.replace(`“${c.quote}”`, `“${wide}”`);
      c.quote = wide;
    }
    return answer;
  }

  /** The awards of a clause: those it holds or that hold it. */
  private rulesOf(clauseId: string | undefined): Rule[] {
    return clauseId ? RULES.filter((r) => this.corpus.covers(r.clauseId, clauseId) || this.corpus.covers(clauseId, r.clauseId)) : [];
  }

  /**
   * A clause quoted for an award named (or the clause's only awards) leads with what it pays, in the
   * rules' own figures and only where the quote holds them: the category question's answer comes first.
   */
  private withStandards(answer: string, text: string, about: readonly Rule[], citations: ChatCitation[]): string {
    const named = detectRuleTopics(text);
    const rules = about.filter((r) => named.includes(r.id));
    const chosen = rules.length ? rules : about.length <= MAX_STANDARDS_UNNAMED ? about : [];
    const lines = chosen
      .map((r) => [r, standardOf(r, (p) => citations.some((c) => c.quote.includes(p.quote)))] as const)
      .filter(([, standard]) => standard)
      .map(([r, standard]) => (chosen.length > 1 ? `【${r.title}】${standard}。` : `原文标准：${standard}。`));
    return lines.length ? `${lines.join('\n')}\n\n${answer}` : answer;
  }

  /**
   * 市、区奖补能否叠加: the one explanation, the whole sentence quoted, and for an item named whose amount
   * follows a city document, which document — whether that city award needs district matching funds is
   * not in the policy, so it is not guessed.
   */
  private stacking(text: string): TurnResult {
    const clause = this.corpus.find(STACKING.clauseId);
    const citations: ChatCitation[] = clause ? [{ clauseId: clause.id, label: clause.label, quote: STACKING.quote }] : [];
    const parts = [STACKING.explanation];
    const topics = detectRuleTopics(text);
    for (const rule of RULES.filter((r) => r.cityPolicy && topics.includes(r.id))) {
      const ref = rule.cityPolicy!;
      parts.push(
        `您问到的${rule.title}（${clauseRef(rule.clauseId)}）的奖补标准依据市级文件（${ref.docNo}）确定；该项市级奖补是否需要金东区配套，本政策没有写明，${DEPARTMENT_HINT}。`,
      );
      const own = this.corpus.find(ref.clauseId);
      if (own && !citations.some((c) => c.clauseId === own.id)) citations.push({ clauseId: own.id, label: own.label, quote: ref.quote });
    }
    parts.push(`依据文末规定：“${STACKING.quote}”`);
    return result(parts.join('\n\n'), 'answered', citations);
  }

  /**
   * The safe answer when reading the message took too long: the clauses it matches, quoted, and how to
   * ask for a calculation. No figure is computed; the session's facts are left as they were.
   */
  private overBudget(text: string, hits: SearchHit[]): TurnResult {
    const note = '您的消息较长，我先按政策原文检索作答；如需测算金额，请用简短的话说明关键事实和数字（例如“今年新增高价值发明专利35件”）。';
    if (!hits.length) return { ...result(note, 'fallback'), overBudget: true };
    const { answer, citations } = this.clauses.answer(text, hits);
    return { ...result(`${note}\n\n${answer}`, 'fallback', citations), overBudget: true };
  }

  /** An answer built from calculations: per award the amount or the unmet condition or the question, the clause quoted, the caveats. */
  /**
   * The clauses that decide a result: for an amount, those holding the figures its sums used; for an unmet
   * condition, that condition's clause; for a question or an unlisted level, the award's own clause.
   */
  private decisive(c: Calculation, cited: ChatCitation[]): ChatCitation[] {
    const own = cited.filter((x) => c.citations.some((y) => y.clauseId === x.clauseId && y.quote === x.quote));
    if (c.status === 'eligible') {
      const used = new Set(c.trace.filter((s) => s.kind === 'calculation').flatMap((s) => s.paramIds));
      const figures = (findRule(c.ruleId)?.params ?? []).filter((p) => used.has(p.id)).map((p) => p.quote);
      const holding = own.filter((x) => figures.some((q) => x.quote.includes(q) || q.includes(x.quote)));
      return holding.length ? holding : own.slice(0, 1);
    }
    if (c.status === 'ineligible') {
      const failed = new Set(c.trace.filter((s) => s.outcome === 'fail').map((s) => s.clauseId));
      const conditions = cited.filter((x) => failed.has(x.clauseId));
      return conditions.length ? conditions.slice(0, 2) : own.slice(0, 1);
    }
    return own.slice(0, 1);
  }

  private composeNumeric(plan: NumericPlan, caveated = false): TurnResult {
    const { calculations } = plan;
    const ruleCitations = calculations.flatMap((c) => c.citations.filter((x) => x.clauseId !== 'title' && x.clauseId !== 'final.stacking'));
    // An unmet condition is quoted too (贯标 fails → art.1.2), even when no figure comes from it.
    for (const c of calculations.filter((x) => x.status === 'ineligible')) {
      for (const step of c.trace.filter((s) => s.outcome === 'fail' && typeof s.value !== 'string')) {
        const clause = this.corpus.find(step.clauseId);
        if (clause && !ruleCitations.some((x) => x.clauseId === clause.id)) {
          ruleCitations.push({ clauseId: clause.id, label: clause.label, quote: clause.text.split(/(?<=[。；])/)[0] });
        }
      }
    }
    // An item asked about at a level it does not list: its clause is quoted, so the user sees what it lists.
    for (const u of plan.unlisted) {
      for (const p of u.rule.params) {
        const clause = this.corpus.find(p.clauseId);
        if (clause && !ruleCitations.some((x) => x.clauseId === clause.id)) ruleCitations.push({ clauseId: clause.id, label: clause.label, quote: clause.text });
      }
    }
    const quotes = mergeCitations(ruleCitations, this.corpus);
    // The text quotes what decides each result; every clause cited stays in `citations` for the card.
    const shown = mergeCitations(calculations.flatMap((c) => this.decisive(c, ruleCitations)), this.corpus);
    const parts: string[] = [];
    if (plan.hypothetical && calculations.some((c) => c.status === 'eligible')) parts.push('以下按您假设的情况测算（假设不会记为您的实际情况）：');
    // Several awards: the sum is the answer, so it comes first.
    const total = totalLine(calculations);
    if (total) parts.push(total);
    if (plan.rejected.length) parts.push(`以下信息不合理，未予采用，请核实后重新告诉我：${plan.rejected.join('；')}。`);
    // Still in progress and asked to be paid ahead: not met yet — said as that, not as a failed condition.
    const reads = (c: Calculation, facts: readonly ProfileKey[]) => c.status === 'ineligible' && Boolean(findRule(c.ruleId)?.facts.some((f) => facts.includes(f as ProfileKey)));
    for (const c of calculations) {
      if (reads(c, plan.pending)) {
        parts.push(`【${c.title}】目前还不符合：您说的事项尚未完成或尚未正式取得，按原文奖补以已取得为条件。本政策没有预拨或先行申报的规定，取得后可按原文标准申报，具体以主管部门通知为准。`);
      } else if (reads(c, plan.older)) {
        parts.push(`【${c.title}】不符合：您说的是往年（去年或更早）取得或开始的事项；本条奖补的是当年新取得、新认定或新承担的，往年的不在当年奖补之列。`);
      } else if (reads(c, plan.others)) {
        // Someone else's: the award goes to the unit that itself obtained it.
        parts.push(`【${c.title}】不符合：您说的是其他单位（如品牌方、供应商、客户，或联盟、市场、示范区本身）取得的事项，按原文奖补给取得该事项的单位本身，贵单位不能凭他人的${c.title.replace(/奖励|补助|资助|补贴$/, '')}申报。`);
      } else {
        if (c.status === 'eligible' && findRule(c.ruleId)?.facts.some((f) => plan.notCounted.includes(f as ProfileKey))) {
          parts.push(`【${c.title}】您补充的部分尚未完成或尚未正式取得，不能计入（原文奖补以已取得为条件）；按此前已取得的测算：`);
        }
        parts.push(composeCalculation(c, plan.known.get(c.ruleId) ?? false));
      }
    }
    if (plan.approximate.length && calculations.some((c) => c.status !== 'needs-info')) {
      parts.push('您提供的部分数字是约数，测算按所说的数计算，仅供参考，申报时请以准确数字为准。');
    }
    parts.push((shown.length ? shown : quotes).map((q) => `依据${q.label.split(' ')[0]}：“${q.quote}”`).join('\n'));
    const stacking = calculations.flatMap((c) => c.citations).filter((x) => x.clauseId === 'final.stacking');
    const citations = [...quotes, ...mergeCitations(stacking, this.corpus)];
    // The draft caveat once per conversation: the web page and the console show it all the time.
    if (!caveated) parts.push(caveatLine(calculations));
    const needsInfo = calculations
      .filter((c) => c.status === 'needs-info')
      .flatMap((c) => c.needsInfo)
      .filter((n, i, all) => all.findIndex((m) => m.fact === n.fact) === i);
    const anyResult = calculations.some((c) => c.status !== 'needs-info') || plan.unlisted.length > 0;
    return {
      answer: parts.filter(Boolean).join('\n\n'),
      citations,
      calculations,
      needsInfo,
      outcome: anyResult ? 'answered' : 'asked-for-facts',
    };
  }
}
