import type { ProfileKey } from '../../rules/profile.schema';
import { SHARED_FACTS } from '../../rules/profile.schema';
import type { Rule } from '../../rules/rule';
import { RULES } from '../../rules/rules.registry';
import { PAYER_FORMS } from '../../rules/lexicon/levels';
import type { SearchHit } from '../../retrieval/retrieval.service';
import type { ExtractedFacts } from '../nlu/fact-extractor';
import { tellsOfOthers } from '../nlu/fact-assertion';
import { segment } from '../nlu/fact-text';
import { INJECTION } from './scope';

/**
 * What an expert decides first on every turn: what kind of move the message makes in the conversation,
 * and so which awards the answer is about. The state it reads is explicit — what is known, what was
 * asked, which awards are in focus — and each move is one named predicate, tried in the order below.
 */
export type DialogueMove =
  /** 叠加, 明年还能拿吗: the policy's mechanics, answered from the clauses, no money. */
  | 'mechanics'
  /** 听说已经改成200万: the awards in focus, computed as the text has them. */
  | 'policy-claim'
  /** The best clause is no award (goals, validity): a question about the text. */
  | 'text-question'
  /** An award named, with facts or a money question: its figure or the applicant's amount. */
  | 'named-award'
  /** Only who the applicant is (企业, 在金东): the awards in focus that read it. */
  | 'applicant-reply'
  /** Answers what the assistant asked, or states more facts of the awards in focus: all of them again. */
  | 'slot-answer'
  /** 那…呢, 如果…, 比去年多: a change to the awards in focus, recomputed. */
  | 'follow-up'
  /** 那能拿多少: a money question about the awards in focus. */
  | 'focus-amount'
  /** Facts that name no award: the awards that read them. */
  | 'stated-facts'
  /** 第12条能拿多少: the awards of the clause retrieval puts first. */
  | 'clause-amount'
  /** Nothing to compute: the clause answerer replies. */
  | 'none';

/** The conversation as the decider sees it. */
export interface DialogueState {
  /** Facts the applicant has stated so far. */
  known: Readonly<Record<string, unknown>>;
  /** The fact the last answer asked for. */
  asked?: string;
  /** Awards under discussion. */
  focus: readonly Rule[];
}

/** One message, read: what it states and names, and what retrieval ranks first. */
export interface TurnInput {
  text: string;
  extracted: ExtractedFacts;
  /** Awards the message names (rule ids, from each rule's lexicon). */
  named: readonly string[];
  hits: readonly SearchHit[];
}

export interface TurnReading {
  move: DialogueMove;
  rules: Rule[];
}

/** A question about money or eligibility, as opposed to "what does the policy say about …". */
export const AMOUNT_QUESTION = /多少|几万|怎么算|如何算|算一下|算算|测算|能拿|能领|能补|能奖|可以拿|可以领|能得|给多少|补多少|奖多少|金额|够不够|符合|够格|能不能|可不可以|有没有(钱|补|奖)|有(没有|啥|什么)?(补贴|奖励|补助|资助|奖金|钱|奖)|给钱|(还能|能否|可以)再?(拿|领|申请|享受)|一共|合计|总共|加起来|加在一起|合起来/;

/** Questions about the policy's mechanics rather than this year's money: answered from the clauses. */
const CITY = PAYER_FORMS.市级!.join('|');
export const STACKING_QUESTION = new RegExp(
  `叠加|重复(拿|享受|领|申报)|同时(拿|享受|领)|两边都|就高不就低|就高原则|视同配套|需要区(里|级)?配套|区(里|级)?(的)?[^。？?]{0,8}(另外给|算在里面|算在里头|包含在)|(${CITY})[^。？?]{0,16}(已经|已)[^。？?]{0,24}(还能|能不能|可以|能否)` +
    `|(${CITY})[^。？?]{0,12}(也)?(给了|发了|奖了|补了|配套了|拿了|领了|拿到了|也有)[^。？?]{0,24}区(里|级|的)?[^。？?]{0,8}?(还能|能不能|可以|能否|还可以|还给)` +
    `|(${CITY})[^。？?]{0,30}(两份|双份|一回事|一码事|同一笔|同一个钱|都拿|都能拿|都可以拿|都领)`,
);
/** 两年加起来算: whether years add up — a question of mechanics unless the year's own figures are told. */
const YEARS_SUMMED = /(两|几|多|三)年[^。？?]{0,6}(加(一起|起来|在一起)|合(并|起来|计)|累计|一起算)/;
const FUTURE_QUESTION = /明年|后年|以后|今后|往后|下一年|每年都/;

/** A follow-up that leans on the topic already under discussion (那…呢, 如果…呢, 改成…). */
const FOLLOW_UP = /^(那|如果|假如|要是|假设|改成|换成|不对|不是|其实|更正|再|还有)|呢[？?]?$/;

/** What every move reads, computed once per turn. */
interface Reading {
  input: TurnInput;
  state: DialogueState;
  /** Non-shared facts the message states (a level the item does not list counts: the answer says so). */
  stated: string[];
  /** Shared facts only (who the applicant is). */
  shared: string[];
  derived: boolean;
  /** The message names an award outside the focus: a change of topic. */
  elsewhere: boolean;
  /** The best clause is no award at all. */
  textClause: boolean;
}

/** The rules with these ids, in policy order. */
export const rulesFor = (ids: readonly string[]): Rule[] => RULES.filter((r) => ids.includes(r.id));

/**
 * 我们是一家企业，想申报省级商业秘密保护示范区: who the applicant is rules it out of a named award, whatever
 * else holds — said now rather than asking about the rest.
 */
function disqualified(r: Reading): boolean {
  // Who the applicant said it is earlier holds too (我们是高校… 那专利密集型企业资助我们能申请吗).
  const known = r.state.known as Partial<Record<'organizationType' | 'locatedInJindong', unknown>>;
  const kind = r.input.extracted.facts.organizationType ?? (known.organizationType as string | undefined);
  const inJindong = r.input.extracted.facts.locatedInJindong ?? known.locatedInJindong;
  return rulesFor(r.input.named).some(
    (rule) => inJindong === false || (kind !== undefined && !rule.applicants.kinds.includes('单位') && !(rule.applicants.kinds as readonly string[]).includes(kind)),
  );
}

const ASKS = /[？?]|吗|呢|么|多少|什么|怎么|如何|哪|是否|能否|可否|有没有|规定|要求|条件/;
const HEARSAY = /听说|据说|网上|说是|同事说|朋友说/;
const DONE = /了|已|被|获|拿到|评上|认定|通过|成功|建成/;

/**
 * 我们今年拿了省知识产权奖 / 我们市场被认定为规范化市场了: the applicant's own news about a named award,
 * with the detail that decides the amount missing. An expert takes it as “what do we get” and asks.
 */
function claims(r: Reading): boolean {
  if (ASKS.test(r.input.text) || HEARSAY.test(r.input.text)) return false;
  // Told as the applicant's own (我们…, 该企业…) and as done (了, 已, 被认定): not a bare topic (地标商标奖励).
  const msg = segment(r.input.text);
  if (!msg.sentences.some((s) => s.subject) || tellsOfOthers(msg) || !DONE.test(r.input.text)) return false;
  const { mentions, doubted = [], doubts = {} } = r.input.extracted;
  // Someone else's, planned, pending or long past is no news of the applicant's own: the clause answers.
  const own = mentions.filter((f) => !doubted.includes(f) && !doubts[f]);
  return rulesFor(r.input.named).some((rule) => rule.facts.some((f) => own.includes(f as ProfileKey)));
}
const reads = (rule: Rule, facts: readonly string[]) => rule.facts.some((f) => facts.includes(f));

/** Each move: the awards it is about when it applies, undefined when it does not. In order. */
const MOVES: readonly [DialogueMove, (r: Reading) => Rule[] | undefined][] = [
  ['mechanics', (r) => (STACKING_QUESTION.test(r.input.text) || (!r.stated.length && (FUTURE_QUESTION.test(r.input.text) || YEARS_SUMMED.test(r.input.text))) ? [] : undefined)],
  ['policy-claim', (r) => (!r.stated.length && INJECTION.test(r.input.text) && r.state.focus.length ? [...r.state.focus] : undefined)],
  ['text-question', (r) => (!r.stated.length && r.textClause && (r.input.hits[0].scores.bm25 ?? 0) >= 6 ? [] : undefined)],
  ['slot-answer', (r) => {
    // More facts of the awards under discussion, stated as the applicant's own: the question was about
    // all of them, so all are answered again (a total stays a total).
    if (r.state.focus.length < 2 || !r.stated.length || r.input.extracted.hypothetical) return undefined;
    if (!r.input.named.every((id) => r.state.focus.some((rule) => rule.id === id))) return undefined;
    if (!r.stated.every((f) => r.state.focus.some((rule) => rule.facts.includes(f as ProfileKey)))) return undefined;
    // Only awards the applicant has told facts of, or tells now: a clause's neighbours listed for a
    // category question are not part of what they asked.
    const told = Object.keys(r.state.known).filter((f) => !SHARED_FACTS.includes(f as ProfileKey));
    const theirs = r.state.focus.filter((rule) => reads(rule, r.stated) || reads(rule, told));
    return theirs.length > 1 ? theirs : undefined;
  }],
  ['named-award', (r) => {
    if (!r.input.named.length || !(r.stated.length || AMOUNT_QUESTION.test(r.input.text) || claims(r) || disqualified(r))) return undefined;
    return rulesFor(r.input.named);
  }],
  ['applicant-reply', (r) => {
    if (r.stated.length || !r.shared.length || r.input.named.length) return undefined;
    const readers = r.state.focus.filter((rule) => reads(rule, r.shared));
    return readers.length ? readers : undefined;
  }],
  ['follow-up', (r) => {
    if (!r.state.focus.length || r.elsewhere || !(r.derived || FOLLOW_UP.test(r.input.text))) return undefined;
    const inFocus = r.stated.length ? r.state.focus.filter((rule) => reads(rule, r.stated)) : [...r.state.focus];
    return inFocus.length ? inFocus : undefined;
  }],
  ['focus-amount', (r) => (!r.stated.length && r.state.focus.length && AMOUNT_QUESTION.test(r.input.text) && !r.input.named.length ? [...r.state.focus] : undefined)],
  ['text-question', (r) => (!r.stated.length && r.textClause ? [] : undefined)],
  ['stated-facts', (r) => {
    if (!r.stated.length) return undefined;
    const readers = RULES.filter((rule) => reads(rule, r.stated));
    const inFocus = readers.filter((rule) => r.state.focus.includes(rule));
    return inFocus.length ? inFocus : readers;
  }],
  ['none', (r) => (!AMOUNT_QUESTION.test(r.input.text) ? [] : undefined)],
];

/**
 * Which move a message makes, and the awards it is about. `clauseRules` resolves the last move (the
 * awards of the clause retrieval ranks first), which needs the corpus.
 */
export function readTurn(input: TurnInput, state: DialogueState, clauseRules: (clauseId: string) => Rule[]): TurnReading {
  const unlisted = (input.extracted.unlisted ?? []).map((u) => u.field);
  const facts = Object.keys(input.extracted.facts);
  const top = input.hits[0];
  const reading: Reading = {
    input,
    state,
    stated: [...facts, ...unlisted, ...Object.keys(input.extracted.derived.additions ?? {})].filter((f) => !SHARED_FACTS.includes(f as ProfileKey)),
    shared: facts.filter((f) => SHARED_FACTS.includes(f as ProfileKey)),
    derived: Object.values(input.extracted.derived).some((v) => v !== undefined),
    elsewhere: input.named.length > 0 && !input.named.some((id) => state.focus.some((r) => r.id === id)),
    textClause: Boolean(top && !top.clause.id.startsWith('art.')),
  };
  for (const [move, applies] of MOVES) {
    const rules = applies(reading);
    if (rules) return { move, rules };
  }
  return { move: 'clause-amount', rules: top ? clauseRules(top.clause.id) : [] };
}
