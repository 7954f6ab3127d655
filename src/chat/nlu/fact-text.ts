import { toSimplified } from '../../common/simplified-chinese';
import { APPLICANT_WORD_SOURCE } from '../../rules/lexicon/applicant-kinds';
import { BARE_COUNTER } from '../../rules/lexicon/number-words';
import { TYPOS } from '../../rules/lexicon/typos';
import { checkBudget } from './understanding-budget';

/**
 * The message as the fact extractor reads it: normalised text (full-width forms, common typos), cut into
 * sentences (。！？ and new lines) and clauses (，；). Each sentence says whether it is a question, a
 * hypothetical (如果…, …呢) or carries a first-person subject (我们…); each clause whether it quotes a
 * requirement (要求…, 需要…) rather than stating a fact. Offsets everywhere refer to `text`.
 */

export function fixTypos(s: string): string {
  return TYPOS.reduce((out, [re, to]) => out.replace(re, to), s);
}

/** Full-width letters, digits and signs to ASCII; spaces inside numbers removed (500 万 → 500万). */
function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => {
      // Keep the Chinese comma/colon/semicolon/brackets as they are: they only act as boundaries.
      if ('，：；（）'.includes(c)) return c;
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    })
    .replace(/\u3000/g, ' ')
    .replace(/(\d)\s+(?=[\d万亿元千百件家个项%])/g, '$1');
}

/** 一共, 加起来: words asking for the sum of what was told — each reader adds its own few. */
// 两项一起多少, 全部算上: 一起 only before what asks the sum (和厂房一起抵押 is no sum).
export const SUM_WORDS = '一共|总共|合计|总计|加起来|加一起|加在一起|合起来|一起(?=算|多少|能|可以|是多少|拿|给|补)|(?:全部|全都|都|全)算上';

/** 其实, 说错了, 看错了: words that take back what was told before (a correction or a what-was-really). */
export const TAKING_BACK_WORDS = '其实|实际上|说错了|搞错了|弄错了|看错了';

export function normalizeMessage(raw: string): string {
  return fixTypos(toSimplified(toHalfWidth(collapseWhitespace(raw)))).replace(BARE_COUNTER, '一').replace(SHORT_YEAR, '20$1年').trim();
}

/** 24年用专利质押贷了800w, 25年靠它卖了: a year written with two digits, not a span of 24 years. */
const SHORT_YEAR = /(?<![0-9.满了有近约共第多])(1[5-9]|2[0-9])年(?![0-9]|多|以上|左右|期|内|来|了|之)(?=[^，。,]{0,3}?(?:用|的|专利|商标|贷|新增|获|拿|认定|注册|授权|申请|承担|买|卖|在|被|我们|公司|底|末|初|上半年|下半年|全年|[0-9一二三四五六七八九十]+月|靠|有|开始|放|发))/g;

/**
 * Every run of spaces (ASCII, full-width, tabs …) becomes one space, and a run holding a line break one
 * line break — before any pattern runs. A pattern's `\s*` then spans at most one character, so no run of
 * blanks can make matching slow (two adjacent `\s*` were cubic in the run length), and what a space or
 * a line break means is kept.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n');
}

export interface Sentence {
  start: number;
  end: number;
  /** Asks something (？, 吗, 多少, 有没有 …). */
  question: boolean;
  /** States a what-if: 如果 / 假如 / 要是 … */
  conditional: boolean;
  /** Ends in 呢: "what about …" — a variant of the case under discussion. */
  variant: boolean;
  /** Has a first-person subject (我们, 我司, 公司 …) that is not just asking (我想问). */
  subject: boolean;
}

export interface Clause {
  start: number;
  end: number;
  sentence: number;
  /** Quotes a condition of the policy (要求…, 需要…, 才能…) rather than the applicant's situation. */
  requirement: boolean;
  /**
   * The parts of the clause (cut at spaces too) that ask nothing and say that something happened or holds
   * (刚评上…, 新认定…, 获得了…, 是2021年建的, 考核没通过): statements even when the sentence goes on to ask
   * about money.
   */
  stated: Span[];
}

export interface Message {
  text: string;
  sentences: Sentence[];
  clauses: Clause[];
}

const QUESTION =
  /[?？]\s*$|(?:吗|么|嘛)\s*[~～!！。]*\s*$|有没有|是不是|能不能|可不可以|行不行|够不够|算不算|要不要|需不需要|会不会|能否|可否|是否|多少|(?<![十百千万几好0-9一二三四五六七八九])几(?=[件个项家次年月万千百十岁]|$)|什么|怎么|如何|哪些|哪个|哪里|哪一|哪级|咋|为啥|为什么|请问|想(?:要)?(?:了解|咨询|问|请教|打听)|咨询(?:一下|下)|了解(?:一下|下)|问(?:一下|下)/;
// 万一 after a figure is 300万 + 一年, no what-if.
// 等证书下来: once a thing still pending comes through — a what-if of it.
const CONDITIONAL = /如果|假如|假设|假若|倘若|如若|若是|(?<![主只需])要是|(?<![0-9０-９零〇一二两三四五六七八九十百千])万一|(?:^|[，,\s])(?:那)?等(?!了)(?:到)?[^，。？?]{0,8}?(?:下来|批了|批下来|通过了?|出来|到手|发下来)/;
const VARIANT = /呢\s*[?？!！~～]*\s*$/;
// 瑞士这起呢: the one just told, named first.
const THIS_ONE = /^(?:那)?(?:[^，,。？?\s]{1,6}?)?这(?:一)?(?:笔|个|项|件|家|份|场|张|起|宗|单)(?:的)?呢/;
/** 二审改判赔30万，现在呢: what the facts told now give, no what-if. */
const NOW_ASKED = /^(?:那)?(?:现在|这下|这样的话|目前)(?:能拿多少|是多少|多少)?呢/;
/** 还有一起在瑞士的…, 另外还接了一个…: a sentence that opens by telling one more thing; its 呢 asks about it. */
const TELLS_ONE_MORE = /^(?:那)?(?:另外|此外|同时)?(?:我们|我司|他们)?(?:还|也|又|另外)(?:有|接了|拿了|承担了|新承担了|注册了|获得了|打了|赢了)?(?:一)?(?:个|起|件|项|笔|份|张|家|宗)/;
const SUM_VARIANT = new RegExp(
  `^(?:那)?(?:这|这些)?(?:[两二三四五六七八九几]|[0-9])?(?:个|项|笔|样|件|份|张|家|场|起|单)?(?:[^，,。？?\\s如假要]{1,8}?[和与跟及][^，,。？?\\s]{1,8}?)?(?:全部|都)?(?:${SUM_WORDS}|合起来|一起算|合并算|合起来算|一块算)(?:是|能|可以)?(?:拿|补|贴|奖)?(?:多少)?呢`,
);
const REQUIREMENT = /要求|需要|需达到|须达到|必须|才能|才可以|才行|才可|门槛|条件是|标准是|要达到|得达到|要满足|规定|政策(?:里|上|中|原文)?(?:说|写|讲)/;
/** 新增10件奖100万, 满15家给50万: a count paired with an award, which states a rule (true or claimed), not a fact. */
const RULE_CLAIMED = /(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:件|项|家|个)(?:以上|及以上)?(?:就|可以|能)?(?:奖|补|给|发|资助)(?:励|助|贴)?(?:[0-9]{1,5}|[一二两三四五六七八九十百]{1,4})(?:万|元)/;
/** The applicant as subject: first person, or the third person of a hotline operator's retelling (该企业, 来电企业称其…). */
const FIRST_PERSON = new RegExp(
  '我们|我司|咱们|我公司|本公司|我厂|我单位|本单位|本企业|我校|本校|我院|我所|本所|公司|该企业|该公司|该单位|该校|来电(?:企业|单位|人)|企业称|其(?=为|是|有|在|已|今年|去年|新|刚)|他们|我(?!想|问|咨询|请教|看|听)' +
    // 研究院在金东…, 学院今年…: a message opening with the applicant's kind names its subject.
    `|^(?:${APPLICANT_WORD_SOURCE})(?=这边|今年|去年|在|已|刚|新|被|获)`,
  'g',
);
/** Perfective and negated forms, 是…的, a past date: the clause reports a fact rather than naming a topic. */
const STATED =
  /了|过(?![程半])|刚|已|曾|新(?=[认建获评拿增承创设注接成])|成功|获得|获评|获批|取得|拿到|评上|评为|认定|建成|创建|升级|晋升|升格|批为|胜诉|赢|判赔|侵权(?:不)?成立|判(?:决|定)?(?:不)?(?:构成)?侵权|买的|购买的|收购|设在|位于|坐落|地处|是[^，,；;。]{1,10}的|有的$|(?<![没还])有$|有了|在手|还有(?![没多哪什吗呢])|(?<![不没未])合格|没|未|不是|并非|不(?:合格|及格|通过|达标|符合|满足|在)|(?:19|20)\d\d年(?!度?(?:以前|之前|以后|之后))|去年|前年/;
const ASKING_VERB = new RegExp(`^(?:${APPLICANT_WORD_SOURCE}|这边|单位|这里)?(?:想|问|咨询|请教|了解|打听|请问|要问|来问|这边想)`);

function hasSubject(s: string): boolean {
  for (const m of s.matchAll(FIRST_PERSON)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    if (!ASKING_VERB.test(rest)) return true;
  }
  return false;
}

const SENTENCE_END = /[。！？!?\n]+|(?<!\d)\.(?!\d)/g;
// 注册费9k多，具体9300: a comma before the exact figure restating a rough one parts nothing.
const CLAUSE_END = /(?:[，,](?!\s?(?:具体|准确|确切|精确)(?:地说|来说)?(?:是|为)?\s?[0-9一二两三四五六七八九])|[；;])+/g;
/** Users type spaces for commas (联盟在国家局备案成功了 能奖多少); only where a statement ends, not inside a figure's clause. */
const SPACE_BREAK = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff0-9])/g;

function spans(text: string, start: number, end: number, sep: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const m of matchAll(text.slice(start, end), sep)) {
    const stop = start + m.end;
    if (stop > from) out.push([from, stop]);
    from = stop;
  }
  if (from < end) out.push([from, end]);
  return out;
}

export function segment(text: string): Message {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  for (const [start, end] of spans(text, 0, text.length, SENTENCE_END)) {
    const s = text.slice(start, end);
    const conditional = CONDITIONAL.test(s);
    sentences.push({
      start,
      end,
      question: QUESTION.test(s),
      conditional,
      // 还押了一笔…，两笔加起来呢: 呢 on a question for the total asks it; the facts before stay told.
      // …也质押了一笔2000万，这笔呢: 呢 on the thing just told asks its amount; it is no what-if either.
      variant:
        VARIANT.test(s) &&
        !SUM_VARIANT.test(s.trim().split(/[，,；;\s]/).pop() ?? '') &&
        !THIS_ONE.test(s.trim().split(/[，,；;\s]/).pop() ?? '') &&
        !TELLS_ONE_MORE.test(s.trim()) &&
        !NOW_ASKED.test(s.trim().split(/[，,；;\s]/).pop() ?? ''),
      subject: hasSubject(s),
    });
    for (const [cs, ce] of spans(text, start, end, CLAUSE_END)) {
      const c = text.slice(cs, ce);
      const parts = spans(text, cs, ce, SPACE_BREAK).map(([ps, pe]) => {
        const part = text.slice(ps, pe).replace(/[，,；;\s]+$/, '');
        const plain = !QUESTION.test(part) && !CONDITIONAL.test(part) && !VARIANT.test(part);
        return { start: ps, end: pe, plain, stated: plain && STATED.test(part) };
      });
      // 驰名商标 今年认定的, 品牌指导服务站 省级的 不是新建的: the bare topic words before a statement are
      // what the statement is about.
      const stated: { start: number; end: number }[] = [];
      let run: number | undefined;
      for (const p of parts) {
        if (p.stated) {
          stated.push({ start: run ?? p.start, end: p.end });
          run = undefined;
        } else if (p.plain) run ??= p.start;
        else run = undefined;
      }
      clauses.push({ start: cs, end: ce, sentence: sentences.length - 1, requirement: REQUIREMENT.test(c) || RULE_CLAIMED.test(c), stated });
    }
  }
  return { text, sentences, clauses };
}

/** The part of a clause a position stands in, where spaces stand for commas (保费6w 还有财产险保费10w). */
export function spacePartText(msg: Message, pos: number): string {
  const c = msg.clauses[clauseIndex(msg, pos)];
  const part = spans(msg.text, c.start, c.end, SPACE_BREAK).find(([ps, pe]) => pos >= ps && pos < pe);
  return part ? msg.text.slice(part[0], part[1]) : msg.text.slice(c.start, c.end);
}

/** The clause a position stands in (the last one past the end): a binary search, clauses being in order. */
export function clauseIndex(msg: Message, pos: number): number {
  const { clauses } = msg;
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < clauses[mid].start) hi = mid - 1;
    else if (pos >= clauses[mid].end) lo = mid + 1;
    else return mid;
  }
  return clauses.length - 1;
}

/** Whether the words ask something (？, 吗, 多少, 能不能 …). */
export function asks(words: string): boolean {
  return QUESTION.test(words.replace(/[，,；;\s]+$/, ''));
}

/** Whether the position stands in a stated part of its clause (see `Clause.stated`; parts are in text order). */
export function statedAt(msg: Message, pos: number): boolean {
  const parts = msg.clauses[clauseIndex(msg, pos)]?.stated ?? [];
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < parts.length && parts[lo].start <= pos;
}

/**
 * What the clause or sentence around a position says, read once per message, clause (or sentence) and
 * pattern: a long clause holding many cues is read once, not once per cue, so understanding stays linear
 * in the message length. Patterns must be module constants (a regex literal inside a function is a new
 * object on every call and would never hit the memo).
 */
const READINGS = new WeakMap<Message, Map<RegExp | string, Map<number, unknown>>>();
function readOnce<T>(msg: Message, what: RegExp | string, index: number, read: () => T): T {
  let byWhat = READINGS.get(msg);
  if (!byWhat) READINGS.set(msg, (byWhat = new Map()));
  let byIndex = byWhat.get(what);
  if (!byIndex) byWhat.set(what, (byIndex = new Map()));
  if (!byIndex.has(index)) byIndex.set(index, read());
  return byIndex.get(index) as T;
}

export function clauseSays(msg: Message, pos: number, re: RegExp): boolean {
  return readOnce(msg, re, clauseIndex(msg, pos), () => re.test(clauseText(msg, pos)));
}

export function sentenceSays(msg: Message, pos: number, re: RegExp): boolean {
  const i = msg.clauses[clauseIndex(msg, pos)]?.sentence ?? 0;
  return readOnce(msg, re, i, () => re.test(sentenceText(msg, pos)));
}

/** How many times a global pattern occurs in the sentence around a position. */
export function sentenceCount(msg: Message, pos: number, re: RegExp): number {
  const i = msg.clauses[clauseIndex(msg, pos)]?.sentence ?? 0;
  return readOnce(msg, re, i, () => matchAll(sentenceText(msg, pos), re).length);
}

/** Whether the clause around a position asks something (see `asks`). */
export function clauseAsks(msg: Message, pos: number): boolean {
  return readOnce(msg, 'asks', clauseIndex(msg, pos), () => asks(clauseText(msg, pos)));
}

export function sentenceOf(msg: Message, pos: number): Sentence {
  return msg.sentences[msg.clauses[clauseIndex(msg, pos)]?.sentence ?? 0];
}

/** The words of the clause a position stands in. */
export function clauseText(msg: Message, pos: number): string {
  const c = msg.clauses[clauseIndex(msg, pos)];
  return msg.text.slice(c.start, c.end);
}

/** The words of the sentence a position stands in. */
export function sentenceText(msg: Message, pos: number): string {
  const s = sentenceOf(msg, pos);
  return msg.text.slice(s.start, s.end);
}

export interface Span {
  start: number;
  end: number;
}


/**
 * Answers "does any of these spans overlap this one?" in logarithmic time: spans sorted by start with the
 * furthest end so far. A message with many numbers and masks would otherwise compare every pair.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly reach: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let furthest = -Infinity;
    for (const sp of sorted) {
      furthest = Math.max(furthest, sp.end);
      this.starts.push(sp.start);
      this.reach.push(furthest);
    }
  }

  overlaps(span: Span): boolean {
    // The last span starting before `span` ends; any of those up to it reaching past span.start overlaps.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1] > span.start;
  }
}

/** The global twin of each non-global regex given to `matchAll`, made once rather than on every call. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * All non-empty matches of a regex (a non-global one is matched globally) with their spans. The cue
 * tables run dozens of regexes over every message: an `exec` loop on one global regex, not
 * String#matchAll, which clones the regex on each call.
 */
export function matchAll(text: string, re: RegExp): (Span & { m: RegExpMatchArray })[] {
  let g = re.global ? re : GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags + 'g')));
  const out: (Span & { m: RegExpMatchArray })[] = [];
  // Every reader passes here: the place to stop a reading that ran out of time.
  checkBudget();
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length, m });
    if ((out.length & 255) === 0) checkBudget();
  }
  return out;
}

/**
 * Negation close before a cue: 没贯标, 还没做贯标, 未通过…认证, 不是…企业. The window is cut at the last
 * conjunction so "没有发明专利但贯标了" does not negate 贯标.
 */
export const NEGATOR = /没|未|无(?!论|锡)|不是|不(?!错|少|到|过|仅|但|同)|尚未|还在|正在|准备|打算|计划/;
const CONJUNCTION = /[但而且并和及与也只仅就另还又，,；;](?!没|未|不)|但是|不过|而且|并且|另外|还有/g;

export function cutAtConjunction(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(CONJUNCTION)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut);
}

/** The question is about money: 给多少, 奖多少, 能拿多少 … */
export const ASKS_AMOUNT = /多少|几万|给多少|补多少|奖多少|能拿|能补|能奖|能领|怎么算/;
