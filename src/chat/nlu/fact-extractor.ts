import type { Rule } from '../../rules/rule';
import { paidPerCase, RULES } from '../../rules/rules.registry';
import { FACT_QUESTIONS, Profile, ProfileKey, profileShape, SHARED_FACTS } from '../../rules/profile.schema';
import { parseNumber } from '../../common/chinese-number';
import { accepts, assign, feeYuan, resolveOverlaps } from './fact-assign';
import { choiceReply } from './choice-reply';
import { BELONGS_ELSEWHERE, doubtAbout, newThisYear, doubtedAt } from './fact-assertion';
import { choiceCueSpans, extractChoices, planAwards } from './fact-choices';
import { detectContexts, numericAnchors } from './fact-cues';
import { extractFlags, flagCueSpans } from './fact-flags';
import { planLoans, UntypedLoan } from './fact-loans';
import { findNumbers, pickValue, round2 } from './fact-numbers';
import { type Barriers, polarity, windowOf } from './fact-polarity';
import { ASKS_AMOUNT, clauseIndex, matchAll, Message, normalizeMessage, segment, sentenceOf, sentenceSays, sentenceText, statedAt, SUM_WORDS, TAKING_BACK_WORDS } from './fact-text';
import { planTrademarks } from './fact-trademarks';
import { FOCUS_LEVEL_FIELDS, focusKind, ZERO_WHEN_DENIED } from './fact-focus';
import { listedLevels, TOTAL_BEFORE, RULE_CUES } from './fact-lexicon';
import { DEFAULT_UNDERSTANDING_BUDGET_MS, withinBudget } from './understanding-budget';
import { LEVEL_SOURCE } from '../../rules/lexicon/levels';
import { APPLICANT_WORD_SOURCE, applicantKindOf } from '../../rules/lexicon/applicant-kinds';
import { JINHUA_OTHER_PLACES, OTHER_CITIES } from '../../rules/lexicon/home-places';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';

/** Level words of a bare reply (省级的, 国家级和省级), from the shared lexicon. */
const LEVEL_WORDS = new RegExp(LEVEL_SOURCE, 'g');
import { finding, type Anchor, type Extraction, type Finding, type Kind, type Mention, type Num, type NumericKey } from './fact-types';

/**
 * The fact extractor of the offline chat engine: one Chinese message in, the enterprise-profile facts it
 * states out. Pure and deterministic; no defaults and no guesses — a fact is set only when the message
 * says it, a field the message talks about without a usable value is a mention, so the engine can ask.
 *
 * How a message is read:
 * 1. Normalised (full-width forms, common typos: 质压→质押, 贯彪→贯标, 弛名→驰名 …) and cut into sentences
 *    and clauses.
 * 2. Numbers (chinese-number) are attached to the words that name them (fact-cues, fact-assign), by
 *    units and nearness within a clause, so "发明专利12件，销售额2000万，专利产品占比30%" cannot mix them.
 *    Years (2023年) and ordinals (第一档, 一等奖) are never counts.
 * 3. Structured facts read their own words: pledge loans (fact-loans), regional trademark offices
 *    (fact-trademarks), awards and levels (fact-choices), yes/no facts, suits and the art.9 story (fact-flags).
 * 4. Each fact is kept or not by the sentence it stands in:
 *    - a statement states it;
 *    - a what-if (如果/假如/要是 …, or a "…呢" variant such as "如果只有28件呢？") states a hypothetical the
 *      user wants computed: kept, and `hypothetical` is set so the engine can compute it without
 *      overwriting the profile;
 *    - a question keeps only what the user clearly says about themselves: with a first-person subject
 *      ("我们贯标了，能拿多少？"), a figure they wrote ("新增高价值专利35件能拿多少？"), or a clause of its own
 *      that reports what happened ("刚评上国家级优势企业，听说有奖金？", "维权站考核没通过，还能拿吗"). A bare
 *      condition in the asking clause ("贯标了能拿多少？", "有没有驰名商标的奖励？") and a bound ("10件以上能拿
 *      多少？") are about the policy: mentions only;
 *    - a clause quoting a requirement (政策要求销售额500万以上, 政策里说省级给10万) is never the applicant's fact;
 *    - figures after hearsay (听说大奖改成200万了, 领导说…现在是50万) and figures the user asks to compute
 *      with (按50万重新算, 按20%是不是能补60万) are claims, never facts.
 *    A figure said once is counted once (a fee named with its office twice, 一共两个优秀奖 after the two told),
 *    kinds of one counted thing add up (两件证明商标一件集体商标 = 3), and an overall or corrected figure wins
 *    over the breakdown after it.
 * 5. With `focus` (the fields of the topic under discussion, most relevant first), a number no word
 *    claims goes to the first focus field that takes its unit ("如果只有28件呢？", "不对，是15件"); a bare
 *    yes/no answers the one yes/no field in focus; bare levels ("省级的") answer a level field in focus.
 * 6. What only makes sense against the profile is handed on, not guessed: a figure on top of one told
 *    before (再授权2件呢) in `derived.increments`, one more of a list or amount (还有一笔…, 另外还有一个案子…)
 *    in `additional`.
 */

export interface ExtractContext {
  /** Fields of the topic under discussion, most relevant (the one just asked) first. */
  focus?: readonly ProfileKey[];
  /** The fact the previous answer asked for, if any: a bare yes/no goes to it when several yes/no fields are in focus. */
  asked?: ProfileKey;
  /** Longest the reading may take (ms); past it UnderstandingOverBudget is thrown (understanding-budget.ts). */
  budgetMs?: number;
  /** The user's previous message: a bare level reply (省级的) qualifies the thing it named (优势企业). */
  previous?: string;
  /** How many awards the conversation has been about: 两个加起来 then counts awards, it answers no question. */
  awardsDiscussed?: number;
}

/** Figures the message states that are not profile fields by themselves; the engine combines them with the profile. */
export interface DerivedFigures {
  /**
   * The year-on-year increase of the art.1 invention-patent stock (比去年多了6件, 同比增长5件, 今年只新增了4件),
   * when the message does not also state the current stock. With the stock known:
   * selfDevelopedInventionPatentsLastYearCount = selfDevelopedInventionPatentsCount − this. When the stock
   * is in the same message, that is done here and this is left out.
   */
  inventionPatentIncreaseCount?: number;
  /**
   * Sales of patented products in yuan (专利产品卖了600万), when the message does not also state the annual
   * sales; patentProductSalesPercent = this ÷ annualSalesYuan × 100. With both in one message the percentage
   * is computed here.
   */
  patentProductSalesYuan?: number;
  /** Pledge loans whose pledged right (专利权/商标权 …) was not said; ask for it, then add to ipPledgeLoans. */
  untypedPledgeLoans?: UntypedLoan[];
  /**
   * Figures to add to the profile's (年底前再授权2件发明呢, 再签一个200万的合同呢), for fields the message does
   * not also give a total for (再新增15件…凑到30件 gives 30 in `facts`).
   */
  increments?: Partial<Record<NumericKey, number>>;
  /** Figures told as added (又签了6家, 成交额增加了700万): on top of the profile's, or the figure itself when none is known. */
  additions?: Partial<Record<NumericKey, number>>;
}

export interface ExtractedFacts {
  /** Only what the message states: never defaults, never guesses. */
  facts: Partial<Profile>;
  /** Fields in `facts` whose value came from a vague amount (十几件, 大概两百万, 二十多万, 30件以上). */
  approximate: ProfileKey[];
  /** Fields the message talks about without a usable value (销售额还行, 贯标了能拿多少？). */
  mentions: ProfileKey[];
  derived: DerivedFigures;
  /** Some of `facts` are a what-if (如果…, …呢), not the applicant's confirmed situation. */
  hypothetical: boolean;
  /**
   * Fields in `facts` told as one more of what was told before (我们还有一笔商标权质押…, 另外还有一个案子…判赔10万):
   * their value is to be added to the profile's (list entries appended, amounts summed), not to replace it.
   * Present only when there are some.
   */
  additional?: ProfileKey[];
  /** Levels or titles named that the policy does not list for their item (国家级专利导航项目); present only when some are. */
  unlisted?: { field: ProfileKey; what: string }[];
  /**
   * Fields the message puts in doubt (其实考核结果还没出来, 不确定是不是优秀): a value told before is withdrawn and
   * asked for again. Present only when there are some.
   */
  doubted?: ProfileKey[];
  /** Why a fact told was not taken as the applicant's settled fact (third-party, not-yet, long-past, stock …). */
  doubts?: Partial<Record<ProfileKey, string>>;
  /**
   * Facts still in progress (还在审批, 公示中, 明年准备) asked to be paid ahead (能先拿吗, 预拨): as things stand
   * they are not met, so `facts` holds their negative value and the answer says why. Present only when some.
   */
  pending?: ProfileKey[];
  /** 去年已经拿了…今年还能再申请吗: the same thing asked to be paid again. */
  repeat?: boolean;
  /** 还能再拿一次吗: the award asked for once more. */
  again?: boolean;
  /** 漏说了，还有印尼: what is added was left out of the figure told before — one figure, not a case apart. */
  leftOut?: boolean;
  /** Figures that may be a field's, asked to be confirmed (NumberCue.unconfirmed); present only when some. */
  candidates?: Partial<Record<NumericKey, number>>;
  /** Facts of someone else's (a supplier's, the brand a distributor sells) asked for as the applicant's own: computed as not met. */
  others?: ProfileKey[];
  /** Facts of an earlier year (去年承担的项目今年还在做) asked to be paid now: not new this year, so computed as not met. */
  older?: ProfileKey[];
}

/** This year's still open: 今年的还没考核, 当年的尚未认定. */
const THIS_YEAR_OPEN = /(?:今年|当年|本年)(?:的)?[^，。；]{0,6}?(?:还没|尚未|未|没有?|待)/;
/** The awards whose own topic words a piece of text says (from each rule's lexicon). */
function awardsNamedIn(text: string): Rule[] {
  return RULES.filter((r) => RULE_CUES[r.id]?.test(text));
}

/** Asked to be paid now (还能再拿, 能拿多少, 可以申请吗). */
// 那2021年认定的另一个呢: asked about too.
const PAID_NOW_ASKED = /还能|能不能|可不可以|可以|能否|多少|能拿|能领|能补|能申请|呢[？?]?$/;

/** Asking to be paid before the fact is settled: 能先拿吗, 可以提前申请, 预拨, 现在就能领. */
/** Part of the firms told as Jindong's, and a sum said to be theirs. */
/** A plan to apply for the award itself (准备申请…奖励), not to do the thing it pays for. */
const APPLYING_FOR_AWARD = /(?:准备|打算|计划|想)(?:要)?(?:申请|申报)(?![^，。；]{0,12}?(?:专利|商标)(?:了|$|[，。；]))[^，。；]{0,14}?(?:奖励|补贴|补助|资助|奖补|政策|配套)|(?:准备|打算|计划|想)(?:要)?(?:申请|申报)$/;
/** Some of the firms told are outside 金东: 其中5家是区外的, 有3家不在金东. */
// 其中4家在义乌: a place outside Jindong named for some of the firms is the same.
const OUTSIDE_PART = new RegExp(
  `([0-9]{1,3}|[一二两三四五六七八九十]{1,3})家(?:的)?(?:其实)?(?:是|为)?(?:注册)?(?:在|于)?(?:区外|外地|金东(?:区)?以?外|不在金东|非金东|${JINHUA_OTHER_PLACES}|${OTHER_CITIES})`,
);
const JINDONG_PART = /其中(?:在)?金东/;
/** 其中3家其实是…: a part of the firms told in an earlier message. */
const PART_TOLD_BEFORE = /其中|这些|那些|里(?:面|头)?有/;
const JINDONG_VALUE = /金东[^，。]{0,10}(?:成交|金额|合同额|交易额)|(?:成交|金额|合同额|交易额)[^，。]{0,4}金东/;

/** Received before (去年已经拿了, 之前领过) and asked for again (还能再申请, 再拿一次). */
const ALREADY_PAID = /(?:已经?|之前|以前|去年|前年|上次)[^，。？?]{0,4}?(?:拿|领|获得|申请到|享受|奖|补|给|发|兑现|拨)(?:过|了|到)/;
/** 今年又拿了金奖: something new this year, which is not the same thing asked again. */
const NEW_THIS_YEAR = /今年[^，。？?]{0,4}?(?:又|新|也)(?:拿|获|评|认定|注册|新增|承担|建)|今年[^，。？?]{0,2}新(?:增|获|认定|建)/;
const AGAIN = /还能再|能不能再|可以再|再(?:申请|申报|拿|领|享受)|重复(?:申请|申报|领取|拿|享受)|又能/;

/** The applicant asks for it as its own: 我们能申请吗, 我司可以拿吗. */
/** Per collective award, its members asking whether they get it too (商户能不能也各拿一份). */
const MEMBER_ASKS = RULE_LEXICONS.filter((l) => l.members).map((l) => ({
  re: new RegExp(`(?:${l.members})[^，。？?]{0,6}?(?:能不能|能否|可不可以|可以|能)[也都各每家分别]{0,4}(?:拿|领|申请|享受|分)`),
  facts: (RULES.find((r) => r.id === l.ruleId)?.facts ?? []).filter((f) => !SHARED_FACTS.includes(f as ProfileKey)) as ProfileKey[],
}));
/** 成员单位能不能每家拿, 商户能领多少: a collective's members asking are asking for their own. */
const MEMBER_WORDS = RULE_LEXICONS.flatMap((l) => (l.members ? [l.members] : [])).join('|');
const OUR_ASK = new RegExp(
  `(?:我们|我司|我公司|本公司|咱们|我厂|我(?!们)|他们|该企业|来电企业|来电人|(?:每家)?(?:${MEMBER_WORDS}))(?:${APPLICANT_WORD_SOURCE})?(?:作为[^，。？?]{1,12}?)?(?:自己|本身)?(?:是不是|是否)?(?:也)?(?:每家|每户|各自)?(?:都)?(?:也)?(?:能|可以|可不可以|能不能|能否|是否可以|有没有)(?:每家)?(?:申请|申报|拿|领|享受|获得|分到?|沾光|跟着拿)` +
    // 我们企业是参与单位，能拿10万吗: the clause before names who asks.
    `|(?:我们|我司|我公司|本公司|咱们|我厂)[^，。？?]{0,16}[，,](?:那)?(?:也)?(?:能|可以|可不可以|能不能|能否)(?:申请|申报|拿|领|享受|获得)` +
    // 我们商户有份吗: a share of it asked for.
    `|(?:我们|咱们|(?:${MEMBER_WORDS}))[^，。？?]{0,4}(?:也)?(?:有份|有没有份|能分|分得到)`,
);

const WAIT_FOR = /(?:^|[，,\s])(?:那)?等(?!了)(?:到)?[^，。？?]{0,8}?(?:下来|批了|批下来|通过了?|出来|到手|发下来)/;
/** 其实, 等下, 说错了: a reply taking back what was told before. */
const TAKES_BACK = new RegExp(`${TAKING_BACK_WORDS}|等下|等等|不对|^(?:不过|但是|可是)`);
// 3万先算我们的, 受理了还没核准，能拿10万吗: paid now, asked of a thing not done yet.
const AHEAD =
  /(?:能|可以|可)?(?:不能)?(?:先|提前|预先?)(?:按[^，。？?]{0,6}?)?(?:拿|申请|申报|报|给|拨|发|领|兑现|算)|预拨|提前(?:拿|申请|申报|兑现|拨付)|现在(?:就)?(?:能|可以)(?:拿|申请|申报|领)|(?:能|可以)(?:拿|领|给|补)(?:到)?(?:[0-9一二两三四五六七八九十百]+万)?(?:吗|么|不)|(?:能|可以)?算(?:进去|进来|上|在内)(?:吗|么|不)/;

const PROFILE_KEYS = Object.keys(profileShape) as ProfileKey[];

/** Where a quantity is only a word of a negation: 一件发明专利都没有, 一个都没有. */
/** 8k多 具体8600: a rough figure restated exactly — the exact one counts. */
// Each figure read from its first digit only: a run of digits is then scanned once, not once per digit.
const RESTATED_EXACTLY = /(?:(?<![0-9.])[0-9]+(?:\.[0-9]+)?|(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)\s?(?:[kKwW万千]|万元|元)?(?:多|左右|出头)?(?=\s?[，,]?\s?(?:具体|准确|确切|精确)(?:地说|来说|数字|数|金额)?(?:是|为)?\s?[0-9一二两三四五六七八九])/g;
/** 20+60+100: a sum the user writes out, no figure of any fact. */
const WRITTEN_SUM = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?(?:万|w|W)?(?:\s?[+＋]\s?[0-9]+(?:\.[0-9]+)?\s?(?:万|w|W)?)+/g;
/** 金委科领〔2022〕1号: a document's number, no figure of anything. */
const DOC_NUMBER = /[〔\[［(（]\s?(?:19|20)\d\d\s?[〕\]］)）]\s?\d{1,4}\s?号/g;
const NONE_PHRASE = /(?:一|1)(?:件|个|项|家|次|笔)(?=[^，。]{0,10}?(?:都|也)(?:没有?|无|未))/g;
/** 是6件不是7件, 500万而不是600万: the figure said not to be the one is no figure of anything. */
const NOT_THIS_FIGURE = /(?<=(?:不是|而不是|并非|而非)\s?)(?:[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)(?:件|个|项|家|万元|万|元|%|年|个月)?(?=$|[，。；、！？,;!?\s]|的)/g;

/**
 * "再新增15件", "再签一个200万的合同", "再过两个月": a figure added to (or waited on top of) one said before is
 * no value of a field by itself; the total it makes (凑到30件, 满一年了) is. Such figures are handed on as
 * increments.
 */
const MORE = /再(?!次|说|问|见|者|一次)/;
const RESULT_WORD = /满|到|达|凑|变成|成了|一共|总共|合计|共计/;
const TOTAL_ASKED = /(?:一共|总共|合计|共计|加起来)[^，。]{0,4}?(?:多少|几)/g;
/** 又签了6家, 成交额增加了700万: more of a figure told before, not the figure (又是, 又没 are no additions). */
const ADDED_AGAIN = /又(?!是|要|不|没|说|问|想|能|可以|有点)/;
const ADDED_MORE = /增加了|追加了|多签了|多注册了|(?<!比[^，。]{0,8})多了(?=[0-9一二两三四五六七八九十百千])/;
const TOTAL_WANTED = new RegExp(`${SUM_WORDS}|全年|全部|现在(?:是)?多少|现在(?:能)?(?:拿|补|奖)(?:多少)?`);
/** 下半年又授权了14件, 年底又签了3家, 同一年的: more later in the same year, on top of what was told. */
const LATER_SAME_YEAR = /下半年|年底|年末|后来|之后|随后|同一年|同年|也是今年|也是当年/;

/**
 * Hearsay (听说大奖改成200万了, 领导说省级示范现在是50万, 内部口径上限提到20万): the figures after it in its
 * clause are what someone claims about the policy, never the applicant's facts.
 */
const HEARSAY = /听说|据说|听人说|传言|内部口径|(?:有人|领导|别人|同行|朋友|同事|人家|窗口|工作人员|网上|群里)(?:跟我们|和我们|告诉我们|都)?说/;

const MORE_HERE = new RegExp(`^(?:${MORE.source})`);

/**
 * The numbers that can be facts: hearsay left out, increments marked. What precedes each number in its
 * clause is looked up from positions found once per message (where hearsay first ends in each clause,
 * where each 再 stands), not read again for every number.
 */
function readNumbers(msg: Message, nums: Num[]): Num[] {
  const hearsayEnd = new Map<number, number>();
  for (const m of matchAll(msg.text, HEARSAY)) {
    const c = clauseIndex(msg, m.start);
    // A match must lie inside its clause (the lead of a number never crosses a clause boundary).
    if (m.end <= msg.clauses[c].end && !hearsayEnd.has(c)) hearsayEnd.set(c, m.end);
  }
  const agains = matchAll(msg.text, /再/g).map((m) => m.start);
  const out: Num[] = [];
  for (const n of nums) {
    const c = clauseIndex(msg, n.start);
    const clauseStart = msg.clauses[c].start;
    if ((hearsayEnd.get(c) ?? Infinity) <= n.start) continue;
    // The last 再 before the number in its clause, if it means "more" (再次, 再说 … do not).
    let lo = 0;
    let hi = agains.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (agains[mid] < n.start) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 && agains[lo - 1] >= clauseStart ? agains[lo - 1] : -1;
    const increment = last >= 0 && MORE_HERE.test(msg.text.slice(last, n.start));
    const between = increment ? msg.text.slice(last + 1, n.start) : '';
    out.push(!increment || between.length > 8 || RESULT_WORD.test(between) ? n : { ...n, increment: true });
  }
  return out;
}

/** `category`: a thing named in a money question (区级导航项目给多少) — a what-if of it, unless the message tells figures as the applicant's own. */
type Verdict = 'keep' | 'hypothetical' | 'category' | 'drop';

function verdict(msg: Message, at: number, figure: boolean, bound: boolean | undefined, asserted = false, flag = false): Verdict {
  const clause = msg.clauses[clauseIndex(msg, at)];
  if (clause?.requirement) return 'drop';
  const s = sentenceOf(msg, at);
  if (s.conditional || s.variant) return 'hypothetical';
  if (!s.question || s.subject) return 'keep';
  // "刚评上国家级优势企业，听说有奖金？": a clause stating what happened is a statement before the question.
  if (!figure && (asserted || statedAt(msg, at))) return 'keep';
  if (figure && !bound) return 'keep';
  // 区级导航项目给多少？ / 10件以上奖多少？: a category asked about, answered as a what-if of it (never
  // remembered as the applicant's). A yes/no in a question is the thing asked (考核合格了吗？), not a category.
  return !flag && sentenceSays(msg, at, ASKS_AMOUNT) ? 'category' : 'drop';
}


function numericValue(kind: Kind, n: Num): number {
  switch (kind) {
    case 'count':
    case 'yuan':
      return pickValue(n, true);
    case 'percent':
    case 'rate':
      return pickValue(n, false);
    case 'months':
      return n.unit === 'years' ? Math.round(pickValue(n, false) * 12) : Math.ceil(pickValue(n, false));
    case 'year': {
      const y = pickValue(n, true);
      return y < 100 ? 2000 + y : y;
    }
  }
}

interface Pseudo {
  value: number;
  at: number;
  approximate: boolean;
  bound: boolean;
}

/** Reads a message within a time budget; throws UnderstandingOverBudget past it. */
export function extractFacts(raw: string, context: ExtractContext = {}): ExtractedFacts {
  return withinBudget(context.budgetMs ?? DEFAULT_UNDERSTANDING_BUDGET_MS, () => qualifiedReply(raw, context) ?? readFacts(raw, context));
}

/** A reply of level words only: 省级的, 是国家级, 市级吧. */
const BARE_LEVEL_REPLY = new RegExp(`^(?:是|就是|我们是|属于)?(?:${LEVEL_SOURCE})(?:的)?(?:吧|啊|呀|哈)?[。！!.]?$`);
/** A reply of the title's kind only: 示范企业, 是优势企业 — its level told in the message before. */
const BARE_TITLE_REPLY = /^(?:是|就是|我们是)?(?:知识产权)?(示范|优势)(?:企业|单位)?(?:的)?(?:吧|啊|呀)?[。！!.]?$/;

/** 国家级知识产权企业 …「是优势企业」: the level of the message before with the kind now told. */
function titleReply(reply: string, context: ExtractContext): ExtractedFacts | undefined {
  const kind = BARE_TITLE_REPLY.exec(reply)?.[1];
  const level = new RegExp(LEVEL_SOURCE).exec(normalizeMessage(context.previous ?? '').slice(0, PREVIOUS_READ_CHARS))?.[0];
  if (!kind || !level || !(context.focus ?? []).includes('newIpEnterpriseTitles')) return undefined;
  const read = readFacts(`今年新认定${level}知识产权${kind}企业`, {});
  return read.facts.newIpEnterpriseTitles || read.unlisted ? { facts: read.facts.newIpEnterpriseTitles ? { newIpEnterpriseTitles: read.facts.newIpEnterpriseTitles } : {}, approximate: [], mentions: [], derived: {}, hypothetical: false, ...(read.unlisted ? { unlisted: read.unlisted } : {}) } : undefined;
}
/** How much of the previous message a bare level reply is read against: the thing it qualifies is near its start. */
const PREVIOUS_READ_CHARS = 60;

/**
 * A bare level reply read as qualifying the thing the previous message named: 「省级的」 after a question
 * about 优势企业 is 省级优势企业 (which art.3 does not list), after 示范企业 省级示范企业. Only the level
 * facts of the topic in focus are taken from that reading; anything else falls back to the usual one.
 */
function qualifiedReply(raw: string, context: ExtractContext): ExtractedFacts | undefined {
  const reply = normalizeMessage(raw).trim();
  if (context.previous && BARE_TITLE_REPLY.test(reply)) return titleReply(reply, context);
  if (!context.previous || !BARE_LEVEL_REPLY.test(reply)) return undefined;
  const previous = normalizeMessage(context.previous).slice(0, PREVIOUS_READ_CHARS);
  const level = reply.replace(/^(?:是|就是|我们是|属于)/, '').replace(/(?:的)?(?:吧|啊|呀|哈)?[。！!.]?$/, '');
  const read = readFacts(`${level}的${previous}`, {});
  const levelFields = (context.focus ?? []).filter((f) => FOCUS_LEVEL_FIELDS[f]);
  const facts = Object.fromEntries(Object.entries(read.facts).filter(([k]) => levelFields.includes(k as ProfileKey))) as Partial<Profile>;
  const unlisted = (read.unlisted ?? []).filter((u) => levelFields.includes(u.field));
  if (!Object.keys(facts).length && !unlisted.length) return undefined;
  return { facts, approximate: [], mentions: [], derived: {}, hypothetical: false, ...(unlisted.length ? { unlisted } : {}) };
}

function readFacts(raw: string, context: ExtractContext): ExtractedFacts {
  const text = normalizeMessage(raw);
  const msg = segment(text);
  const focusList = context.focus ?? [];
  const focus = new Set(focusList);
  const ctx = detectContexts(text, focus);

  // 1. Numbers and the cues that name them, including the slots of loans, offices and awards.
  const nums = readNumbers(msg, findNumbers(text, [...matchAll(text, NONE_PHRASE), ...matchAll(text, NOT_THIS_FIGURE), ...matchAll(text, DOC_NUMBER), ...matchAll(text, RESTATED_EXACTLY), ...matchAll(text, WRITTEN_SUM)]));
  const numeric = resolveOverlaps(numericAnchors(text, ctx));
  const loans = planLoans(
    msg,
    numeric.filter((a) => a.kind !== 'year' && a.target !== 'sink'),
    focus.has('ipPledgeLoans'),
  );
  const marks = planTrademarks(msg, ['singleCountryTrademarkCountries', 'madridTrademarkFeesYuan', 'regionalTrademarkRegistrations'].some((f) => focus.has(f as ProfileKey)));
  const awards = planAwards(msg, focus);
  const anchors = resolveOverlaps([...numeric, ...loans.anchors, ...marks.anchors, ...awards.anchors]);
  const assignment = assign(msg, anchors, nums);
  // Cues of other facts close a cue's window; sinks (拿到, 奖励) and time words (去年) are not facts and do not.
  const barriers = [
    ...anchors.filter((a) => !a.target.startsWith('slot:') && a.target !== 'sink' && !a.silent),
    ...flagCueSpans(text),
    ...choiceCueSpans(text),
  ];

  // 2. Findings: anchored numbers, structured facts, words; then corrections and replies to the focus.
  const read = anchoredNumbers(msg, anchors, assignment.byAnchor, barriers, nums, assignment.used, focus);
  const { findings, mentions } = read;
  const loanResult = loans.finish(assignment, nums);
  const singleCountrySet = findings.some((f) => f.field === 'singleCountryTrademarkCountries');
  const used = new Set(assignment.used);
  const parts: (Extraction & { consumed?: Num[] })[] = [
    loanResult,
    marks.finish(assignment, nums, singleCountrySet),
    awards.finish(assignment),
    extractFlags(msg, barriers, ctx, focus, context.previous),
    extractChoices(msg, barriers, focus, context.previous),
  ];
  const unlisted: { field: ProfileKey; what: string }[] = [];
  for (const part of parts) {
    findings.push(...part.findings);
    mentions.push(...part.mentions);
    for (const u of part.unlisted ?? []) {
      if (unlisted.some((x) => x.field === u.field)) continue;
      // The same gate as a fact: someone else's or planned is no level of the applicant's. Only asked about
      // (市级品牌指导服务站有奖励吗) it is answered too: the clause does not list it, whoever asks.
      const claim = { field: u.field, value: [u.what], at: u.at, approximate: false, figure: false } as unknown as Finding;
      // “Another thing” is what an unlisted level is (市级品牌站 beside the provincial one): that is the point.
      const doubt = doubtAbout(msg, claim);
      if (doubt === undefined || doubt === 'other-thing') unlisted.push({ field: u.field, what: u.what });
    }
    // Numbers a structured fact took without a cue (a loan's free principal, a fee in the next clause).
    for (const n of part.consumed ?? []) used.add(n);
  }
  // 还有浙江制造互认证书，加起来: "also" another thing says the one just asked about is had too.
  const another = (k: ProfileKey) => k !== context.asked && !SHARED_FACTS.includes(k);
  if (
    context.asked &&
    !SHARED_FACTS.includes(context.asked) &&
    ALSO_ANOTHER.test(text) &&
    profileShape[context.asked].safeParse(true).success &&
    !findings.some((f) => f.field === context.asked) &&
    (findings.some((f) => another(f.field)) || mentions.some((m) => another(m.field)))
  ) {
    findings.push(finding(context.asked as never, true as never, 0, { figure: true }));
  }
  // 两个加起来 with two awards under discussion: the number counts the awards, it is no reply to either.
  const awardsSummed = SUM_OF_AWARDS.test(text) && (context.awardsDiscussed ?? 0) > 1;
  if (!awardsSummed) takeLeadingCount(msg, context.asked, findings);
  // What the previous message told, read once and only when a lone figure may restate one of its facts.
  let told: ExtractedFacts | undefined;
  const previousFacts = () => (told ??= context.previous ? readFacts(context.previous, { focus: focusList }) : undefined);
  restatedOfficeFee(msg, focus, nums, used, findings, previousFacts);
  const corrected = applyCorrections(msg, focusList, nums, used, findings, previousFacts);
  // 是的 / 对，就是那款产品卖的: a yes to the question asked about a figure told before confirms that figure,
  // and answers nothing else in focus.
  const asked = context.asked;
  const candidate =
    asked && context.previous && !findings.some((f) => f.field === asked) && CONFIRMS.test(text) && !nums.some((n) => !used.has(n))
      ? readFacts(context.previous, {}).candidates?.[asked as NumericKey]
      : undefined;
  if (candidate !== undefined) findings.push(finding(asked as NumericKey, candidate as never, 0, { figure: true }));
  else if (!awardsSummed) applyFocus(msg, focusList, nums, used, findings, mentions, read.increments, unlisted, context.asked);
  partsOfCounts(msg, nums, used, findings);
  // 我们也拿到了这个证书: the one yes/no of the award under discussion is had.
  if (THIS_THING_HAD.test(text)) {
    const own = focusList.filter((k) => !SHARED_FACTS.includes(k) && profileShape[k].safeParse(true).success && !findings.some((f) => f.field === k));
    if (own.length === 1) findings.push(finding(own[0] as never, true as never, text.search(THIS_THING_HAD), { figure: true }));
  }
  // 其实第二件还在受理: one of the things counted before is not settled yet, so one fewer counts.
  if (ORDINAL_NOT_YET.test(text)) {
    const counts = focusList.filter((k) => focusKind(k)?.kind === 'count' && stockLike(k) && !findings.some((f) => f.field === k));
    if (counts.length === 1) read.increments.push({ field: counts[0] as NumericKey, value: -1, at: text.search(ORDINAL_NOT_YET) });
  }
  // 他说示范企业其实是2021年认定的: the award named (or the one new thing in focus) is an earlier year's.
  if (OLDER_SAID.test(text)) {
    const fresh = (k: ProfileKey) => focus.has(k) && newThisYear(k) && negativeAnswer(k) !== undefined && !findings.some((f) => f.field === k);
    const named = [...new Set(mentions.map((m) => m.field))].filter(fresh);
    const only = focusList.filter(fresh);
    for (const field of named.length ? named : only.length === 1 ? only : []) findings.push(finding(field as never, negativeAnswer(field) as never, text.search(OLDER_SAID), { figure: true }));
  }

  // 3. Keep or drop each finding by its sentence (statement, what-if, question, requirement).
  let hypothetical = false;
  // 马德里注册费1.8万，另外在加拿大单独注册，合计多少: figures told as the applicant's own make the whole
  // message its story; a category named in a money question with no such figure is a what-if of it.
  let category = false;
  let toldFigures = false;
  const judge = (at: number, figure: boolean, bound: boolean | undefined, field: ProfileKey, asserted?: boolean, flag?: boolean): boolean => {
    const v = verdict(msg, at, figure, bound, asserted, flag);
    if (v === 'drop') mentions.push({ field, at });
    hypothetical ||= v === 'hypothetical';
    category ||= v === 'category';
    toldFigures ||= v === 'keep' && figure;
    return v !== 'drop';
  };
  const pending: Finding[] = [];
  const others: Finding[] = [];
  const olderCandidates: Finding[] = [];
  const doubts: Partial<Record<ProfileKey, string>> = {};
  const settled = findings.filter((f) => {
    const doubt = doubtAbout(msg, f);
    if (doubt === undefined) return true;
    const none = doubt === 'not-yet' && sentenceSays(msg, f.at, AHEAD) ? negativeAnswer(f.field) : undefined;
    if (none !== undefined) pending.push({ ...f, value: none, figure: true } as Finding);
    else if (doubt === 'third-party' && OUR_ASK.test(msg.text) && negativeAnswer(f.field) !== undefined) {
      // 代理的品牌是驰名商标，我们能申请吗: someone else's, asked for as ours — not ours, and said so.
      others.push({ ...f, value: negativeAnswer(f.field), figure: true } as Finding);
    } else {
      if ((doubt === 'last-year' || doubt === 'long-past') && sentenceSays(msg, f.at, PAID_NOW_ASKED) && negativeAnswer(f.field) !== undefined) {
        olderCandidates.push({ ...f, value: negativeAnswer(f.field), figure: true } as Finding);
      }
      mentions.push({ field: f.field, at: f.at });
      doubts[f.field] ??= doubt;
    }
    return false;
  });
  const judged = settled.filter((f) => judge(f.at, f.figure, f.bound, f.field, f.asserted, typeof f.value === 'boolean'));
  // 去年承担的区级导航项目今年还在做，今年还能再拿吗: an earlier year's thing asked to be paid now is not new,
  // unless this year's own figure is told beside it.
  // Not when it is asked again as such (a repeat, answered so), nor when this year's is told as still open
  // (去年的合格，今年的还没考核: this year's is asked).
  const repeated = ALREADY_PAID.test(msg.text) && AGAIN.test(msg.text);
  const older = repeated || THIS_YEAR_OPEN.test(msg.text)
    ? []
    : olderCandidates.filter(
        (f) =>
          !judged.some((j) => j.field === f.field) &&
          !pending.some((p) => p.field === f.field) &&
          !mentions.some((m) => m.field === f.field && m.at !== f.at && doubtedAt(msg, m.at)),
      );
  // 考核还没出结果，能先拿吗: a thing only mentioned, not done yet, and asked to be paid ahead is not met yet either.
  for (const m of mentions) {
    if (judged.some((f) => f.field === m.field) || pending.some((f) => f.field === m.field)) continue;
    // 其实还在审核，证书还没下来: what was told of the award under discussion is taken back — not met yet.
    const takenBack = focus.has(m.field) && TAKES_BACK.test(msg.text);
    if (!(doubtedAt(msg, m.at) || (takenBack && doubts[m.field] === 'not-yet')) || !(sentenceSays(msg, m.at, AHEAD) || takenBack)) continue;
    const none = negativeAnswer(m.field);
    if (none !== undefined) pending.push({ field: m.field, value: none, at: m.at, approximate: false, figure: true } as Finding);
  }
  // 领导说奖是授给代工厂的，专利权人是他们: the one new thing under discussion is someone else's after all.
  if (BELONGS_ELSEWHERE.test(msg.text) && (TAKES_BACK.test(msg.text) || /只是|领导说|原来|才知道|刚知道|搞清楚/.test(msg.text))) {
    const fresh = focusList.filter((k) => !SHARED_FACTS.includes(k) && newThisYear(k) && negativeAnswer(k) !== undefined);
    if (fresh.length === 1 && !judged.some((j) => j.field === fresh[0])) {
      others.push({ field: fresh[0], value: negativeAnswer(fresh[0]), at: msg.text.search(BELONGS_ELSEWHERE), approximate: false, figure: true } as Finding);
    }
  }
  // 商户能不能也各拿一份, 会员企业能不能每家也拿: members asking for the collective's award under discussion.
  for (const m of MEMBER_ASKS) {
    if (!m.re.test(msg.text)) continue;
    // Told in this message or the one under discussion: asked for the members, it is not theirs.
    for (const field of m.facts.filter((f) => (focus.has(f) || judged.some((j) => j.field === f)) && !others.some((o) => o.field === f))) {
      for (let k = judged.length - 1; k >= 0; k--) if (judged[k].field === field) judged.splice(k, 1);
      const none = negativeAnswer(field);
      if (none !== undefined) others.push({ field, value: none, at: msg.text.search(m.re), approximate: false, figure: true } as Finding);
    }
  }
  const kept = [...judged, ...pending, ...others, ...older];
  const increase = read.increase && judge(read.increase.at, true, read.increase.bound, 'selfDevelopedInventionPatentsLastYearCount') ? read.increase : undefined;
  const productSales = read.productSales && judge(read.productSales.at, true, read.productSales.bound, 'patentProductSalesPercent') ? read.productSales : undefined;

  // 4. One value per field, then the figures that combine two of them.
  const { facts, approximate } = merge(kept, mentions);
  // 向20家企业转让，其中金东的16家，成交额800万: the sum is all the firms'; only Jindong's counts (art.8), so it is asked.
  if (JINDONG_PART.test(msg.text) && facts.patentTransferValueYuan !== undefined && !JINDONG_VALUE.test(msg.text)) {
    delete facts.patentTransferValueYuan;
    mentions.push({ field: 'patentTransferValueYuan', at: msg.text.search(JINDONG_PART) });
  }
  // 20家，其中5家是区外的: the firms in 金东 are the others (15); the sum is all the firms', so it is asked.
  const outside = OUTSIDE_PART.exec(msg.text);
  if (outside && !JINDONG_PART.test(msg.text)) {
    const firms = facts.patentTransferLicenseeCount;
    const elsewhere = parseNumber(outside[1]);
    for (const field of ['patentTransferLicenseeCount', 'patentTransferValueYuan'] as const) {
      if (facts[field] === undefined || (field === 'patentTransferValueYuan' && JINDONG_VALUE.test(msg.text))) continue;
      delete facts[field];
      mentions.push({ field, at: outside.index });
    }
    if (firms !== undefined && elsewhere !== undefined && elsewhere <= firms) facts.patentTransferLicenseeCount = firms - elsewhere;
    // 更正：其中3家其实是义乌的: those come off the firms told before.
    else if (firms === undefined && elsewhere !== undefined && PART_TOLD_BEFORE.test(msg.text)) read.increments.push({ field: 'patentTransferLicenseeCount', value: -elsewhere, at: outside.index });
  }
  const derived = derive(facts, approximate, increase, productSales, mentions);
  // A loan told without its right is judged as a fact too: asked about or required, it is no loan told.
  if (loanResult.untyped.length > 0 && loanResult.untypedAt.every((at) => judge(at, true, undefined, 'ipPledgeLoans'))) derived.untypedPledgeLoans = loanResult.untyped;
  else if (corrected && !loanResult.untyped.length) derived.untypedPledgeLoans = [corrected];
  const increments: Partial<Record<NumericKey, number>> = {};
  for (const i of read.increments) {
    // 再加个产品责任险2w: more of a thing the field does not count adds nothing to it (taking one out,
    // 40件里有5件是实用新型, still does).
    if (i.value > 0 && unlisted.some((u) => u.field === i.field)) continue;
    const told = (facts as Record<string, unknown>)[i.field];
    // 12件，其中5件还在实审: a part told not to count comes off the figure told with it.
    if (typeof told === 'number' && i.value < 0) {
      (facts as Record<string, unknown>)[i.field] = Math.max(0, told + i.value);
      continue;
    }
    if (told !== undefined || !judge(i.at, true, false, i.field)) continue;
    // 明年再新增25件: next year's new ones are that year's count, not added to this year's.
    if ((newThisYear(i.field) || i.field === 'singleCountryTrademarkCountries') && sentenceSays(msg, i.at, ANOTHER_YEAR)) {
      (facts as Record<string, unknown>)[i.field] = i.value;
      continue;
    }
    increments[i.field] = (increments[i.field] ?? 0) + i.value;
  }
  if (Object.keys(increments).length > 0) derived.increments = increments;
  // 年底又签了6家，成交额增加了700万: a figure told as added (又, 增加) goes on top of the one known.
  const additions: Partial<Record<NumericKey, number>> = {};
  for (const f of kept) {
    const value = (facts as Record<string, unknown>)[f.field];
    const kind = focusKind(f.field)?.kind;
    if (typeof value !== 'number' || (kind !== 'count' && kind !== 'yuan') || !f.figure || additions[f.field as NumericKey] !== undefined) continue;
    const clause = msg.clauses[clauseIndex(msg, f.at)];
    const own = msg.text.slice(clause.start, clause.end);
    // 凑满20件 tells the total; 今年一共多少 only asks for it.
    // 又 adds only where the year's total is asked or the message places it later in the same year
    // (今年又有一件 alone tells of that one); 增加了 always does.
    // (One more counted as such, 又注册了一个, is the list's `additional`, which keeps per-case awards apart.)
    const adds = ADDED_MORE.test(own) || (ADDED_AGAIN.test(own) && (TOTAL_WANTED.test(msg.text) || (LATER_SAME_YEAR.test(msg.text) && !isAddition(msg, f) && !paidPerCase(f.field))));
    if (!adds || RESULT_WORD.test(own.replace(TOTAL_ASKED, '')) || sentenceSays(msg, f.at, ANOTHER_YEAR) || sentenceOf(msg, f.at).conditional) continue;
    additions[f.field as NumericKey] = value;
    delete (facts as Record<string, unknown>)[f.field];
  }
  if (Object.keys(additions).length > 0) derived.additions = additions;

  const inFacts = (k: ProfileKey) => (facts as Record<string, unknown>)[k] !== undefined;
  const mentioned = new Set(mentions.map((m) => m.field));
  // Only what the message tells as had: someone else's, pending or older values replace, they add nothing.
  const added = new Set(judged.filter((f) => isAddition(msg, f)).map((f) => f.field));
  const additional = PROFILE_KEYS.filter((k) => added.has(k) && inFacts(k));
  const doubted = PROFILE_KEYS.filter((k) => !inFacts(k) && mentions.some((m) => m.field === k && doubtedAt(msg, m.at)));
  return {
    facts,
    approximate: PROFILE_KEYS.filter((k) => approximate.has(k) && inFacts(k)),
    mentions: PROFILE_KEYS.filter((k) => mentioned.has(k) && !inFacts(k)),
    derived,
    hypothetical: (hypothetical || (category && !toldFigures)) && Object.keys(facts).length + Object.keys(derived).length > 0,
    ...(additional.length > 0 ? { additional } : {}),
    ...(additional.length > 0 && LEFT_OUT.test(msg.text) && !CORRECTS_TOTAL.test(msg.text) ? { leftOut: true } : {}),
    ...(doubted.length > 0 ? { doubted } : {}),
    ...(Object.keys(doubts).some((k) => !inFacts(k as ProfileKey)) ? { doubts: Object.fromEntries(Object.entries(doubts).filter(([k]) => !inFacts(k as ProfileKey))) } : {}),
    ...(pending.length > 0 ? { pending: [...new Set(pending.map((f) => f.field))].filter(inFacts) } : {}),
    ...(others.length > 0 ? { others: [...new Set(others.map((f) => f.field))].filter(inFacts) } : {}),
    ...(older.length > 0 ? { older: [...new Set(older.map((f) => f.field))].filter(inFacts) } : {}),
    ...(ALREADY_PAID.test(msg.text) && AGAIN.test(msg.text) && !NEW_THIS_YEAR.test(msg.text) ? { repeat: true } : {}),
    ...(AGAIN.test(msg.text) ? { again: true } : {}),
    ...(Object.keys(read.candidates).some((k) => !inFacts(k as ProfileKey)) ? { candidates: Object.fromEntries(Object.entries(read.candidates).filter(([k]) => !inFacts(k as ProfileKey))) } : {}),
    // Only where nothing listed was read for the field: 省级和国家级导航项目 is the provincial one's.
    ...(unlisted.some((u) => !inFacts(u.field)) ? { unlisted: unlisted.filter((u) => !inFacts(u.field)) } : {}),
  };
}

const ANOTHER_YEAR = /明年|后年|下一年|来年|下年度/;

/** 还有一笔, 另外还有一个案子, 另一件专利: one more of a thing told before. */
// 又买了一份, 另外在日本也打了一场: the verb may stand between the word and the one.
const ONE_MORE = '(?:一|1)(?:笔|个|件|项|起|宗|份|单|张|家|场)';
const ANOTHER = new RegExp(`还有${ONE_MORE}|另(?:外)?(?:还有|又)?${ONE_MORE}|另一(?:笔|个|件|项|起|宗|份|单|张|家|场)|(?:又|另外|还|再)[^，。？?]{0,8}?${ONE_MORE}`);

/** 两起一共, 两个案子加起来: the cases told so far, summed. */
const CASES_TOGETHER = new RegExp(`(?:[两二三四]|[2-4])(?:起|个案子|场官司|场)[^，。？?]{0,4}(?:${SUM_WORDS})`);
/** 漏了一份保单, 刚才少算了3家: more of a thing, left out of what was told before. */
const LEFT_OUT = /漏了|漏算|漏报|漏掉|漏说|少算了|少说了|忘了说|忘记说|没算上|再加上|加上(?:这|那)(?:一)?(?:笔|份|件|个|项|场)/;
const CORRECTS_TOTAL = /不对|说错|错了|应该是|更正|其实是|实际是|一共是|总共是/;

/** 同时还新承担了区级的, 也拿了银奖: entries of a list told on top of the ones before. */
// 还/也 only before a verb of getting (还新承担了, 也拿了): 按期还了 and 也是2024年的 add nothing.
const ALSO_LIST = /同时|另外|此外|[还也](?:新|又)?(?:有|拿|获|承担|认定|评|建|注册|申请|做|接|被|押|质押|贷|借|投保|买|签)|[还也](?:用|以|拿)[^，。？?]{0,8}?(?:质押|贷|借|投保|买|注册|签)/;

/** A list or an amount in a sentence that tells of one more such thing. */
function isAddition(msg: Message, f: Finding): boolean {
  const kind = focusKind(f.field)?.kind;
  if (!Array.isArray(f.value) && !(typeof f.value === 'number' && (kind === 'yuan' || kind === 'count'))) return false;
  // 明年再认定一个…: another year starts its own list; nothing of this year's is added to it.
  if (sentenceSays(msg, f.at, ANOTHER_YEAR)) return false;
  // 再加一个省级导航项目呢, 再拿一个银奖: entries of a list added to the ones told before.
  // 不对，是32件，有4件我漏算了: a corrected total, the part left out inside it.
  // 还有印尼和马来西亚也注册了: a sentence opening with 还有 adds what it counts.
  const opensWithMore = typeof f.value === 'number' && (ALSO_ANOTHER.test(sentenceText(msg, f.at).trim()) || /^(?:那)?(?:另外|此外)(?:还|也|又)?(?!没|多少|哪些|什么)/.test(sentenceText(msg, f.at).trim()));
  // 那英国的一起呢…两起一共多少: the cases counted together, this one besides the one before.
  const countedCases = typeof f.value === 'number' && CASES_TOGETHER.test(msg.text);
  return sentenceSays(msg, f.at, ANOTHER) || opensWithMore || countedCases || (sentenceSays(msg, f.at, LEFT_OUT) && !sentenceSays(msg, f.at, CORRECTS_TOTAL)) || (Array.isArray(f.value) && (sentenceSays(msg, f.at, MORE) || sentenceSays(msg, f.at, ALSO_LIST)));
}

interface AnchoredNumbers {
  findings: Finding[];
  mentions: Mention[];
  increments: { field: NumericKey; value: number; at: number }[];
  increase?: Pseudo;
  productSales?: Pseudo;
  candidates: Partial<Record<NumericKey, number>>;
}

/** A cue naming no kind of its thing: 保费, 注册费 alone. */
const GENERIC_CUE = /^(?:的)?(?:保费|保险费|保险|费用|注册费)(?:花了|交了|缴了|是|为)?$/;

/**
 * Each numeric cue with the number it took becomes a finding. A cue left without one is a mention, or
 * zero where the thing is denied (没买知识产权保险 → 保费 0).
 */
function anchoredNumbers(
  msg: Message,
  anchors: readonly Anchor[],
  byAnchor: ReadonlyMap<Anchor, Num>,
  barriers: Barriers,
  nums: readonly Num[],
  used: Set<Num>,
  focus: ReadonlySet<ProfileKey>,
): AnchoredNumbers {
  const out: AnchoredNumbers = { findings: [], mentions: [], increments: [], candidates: {} };
  const zeros: Finding[] = [];
  const parts: { field: NumericKey; text: string; sentence: number; finding: Finding }[] = [];
  const cueText = (a: Anchor) => msg.text.slice(a.start, a.end);
  const sentenceIndex = (pos: number) => msg.clauses[clauseIndex(msg, pos)].sentence;
  for (const a of anchors) {
    const taken = byAnchor.get(a);
    if (a.zeroFor && taken) zeros.push(finding(a.zeroFor, 0, taken.start, { figure: true, bound: taken.bound }));
    if (a.target === 'sink' || a.target.startsWith('slot:')) continue;
    const n = byAnchor.get(a);
    if (!n) {
      if (a.silent || a.target === 'increase' || a.target === 'patentProductSalesYuan') continue;
      const field = a.target as NumericKey;
      // 没买保险, 准备明年发ABS: none (yet). 准备申请高价值专利奖励 plans to apply for the award, which
      // says nothing of how many there are.
      const w = windowOf(msg, a, barriers);
      if (ZERO_WHEN_DENIED.has(field) && polarity(w) === 'no' && !APPLYING_FOR_AWARD.test(w.before + w.after)) out.findings.push(finding(field, 0, a.start));
      else out.mentions.push({ field, at: a.start });
      continue;
    }
    let value = numericValue(a.kind, n);
    // 今年卖了150万 in an art.9 story: perhaps all sales, so asked; a yes to the question confirms it. Once
    // the figure is under discussion (那要是正好卖了100万呢), a restated one is that figure.
    if (a.unconfirmed && !focus.has(a.target as ProfileKey)) {
      out.mentions.push({ field: a.target as NumericKey, at: n.start });
      out.candidates[a.target as NumericKey] ??= value;
      continue;
    }
    // 保费分别6万、8万、9万: each figure listed after 分别 is one more of a thing that sums.
    if (a.sums && /分别|各(?:自)?(?:是|为)/.test(msg.text.slice(a.end, n.start))) {
      let last = n;
      for (const m of nums.filter((x) => x.start >= n.end).sort((x, y) => x.start - y.start)) {
        if (!/^[\s、，,和及与跟]*$/.test(msg.text.slice(last.end, m.start)) || m.unit !== n.unit || used.has(m)) break;
        value += numericValue(a.kind, m);
        used.add(m);
        last = m;
      }
    }
    const pseudo: Pseudo = { value, at: n.start, approximate: n.approximate, bound: n.bound };
    if (a.target === 'increase') out.increase = pseudo;
    else if (a.target === 'patentProductSalesYuan') out.productSales = pseudo;
    else if (n.increment) out.increments.push({ field: a.target as NumericKey, value, at: n.start });
    else {
      const field = a.target as NumericKey;
      const f = finding(field, value, n.start, { approximate: n.approximate, figure: true, bound: n.bound, total: a.decisive || (a.sums && TOTAL_BEFORE.test(msg.text.slice(Math.max(0, n.start - 4), n.start))) });
      // "两件地理标志证明商标、一件地理标志集体商标", "市级预警项目2个、省级的1个": kinds of one counted thing add up.
      // Only kinds named by their own words: a bare 保费 beside them may be another insurance's.
      const named = (t: string) => !GENERIC_CUE.test(t);
      // …nor one the message tells as another thing (雇主责任险4万 beside an IP policy).
      const own = (x: Finding) => doubtAbout(msg, x) === undefined;
      const part = a.sums
        ? parts.find((p) => p.field === field && p.text !== cueText(a) && named(p.text) && named(cueText(a)) && p.sentence === sentenceIndex(a.start) && own(p.finding) && own(f))
        : undefined;
      if (part && !f.total && !part.finding.total) {
        (part.finding as { value: number }).value += value;
        part.finding.approximate ||= n.approximate;
        part.text = cueText(a);
      } else {
        out.findings.push(f);
        if (a.sums) parts.push({ field, text: cueText(a), sentence: sentenceIndex(a.start), finding: f });
      }
    }
  }
  for (const z of zeros) if (!out.findings.some((f) => f.field === z.field)) out.findings.push(z);
  return out;
}

/**
 * Figures that need a second one: 比去年多了6件 with the current stock in the same message gives last
 * year's; 专利产品卖了600万 with the annual sales gives the share. Without the other figure they are
 * handed on in `derived` for the engine to combine with the profile.
 */
function derive(facts: Partial<Profile>, approximate: Set<ProfileKey>, increase: Pseudo | undefined, productSales: Pseudo | undefined, mentions: Mention[]): DerivedFigures {
  const derived: DerivedFigures = {};
  if (increase) {
    const now = facts.selfDevelopedInventionPatentsCount;
    if (now === undefined) derived.inventionPatentIncreaseCount = increase.value;
    else if (facts.selfDevelopedInventionPatentsLastYearCount === undefined) {
      if (now - increase.value >= 0) {
        facts.selfDevelopedInventionPatentsLastYearCount = now - increase.value;
        if (increase.approximate || approximate.has('selfDevelopedInventionPatentsCount')) approximate.add('selfDevelopedInventionPatentsLastYearCount');
      } else {
        // An increase larger than the stock: something was misheard, so ask.
        mentions.push({ field: 'selfDevelopedInventionPatentsLastYearCount', at: increase.at });
      }
    }
  }
  if (productSales) {
    const total = facts.annualSalesYuan;
    if (!total) derived.patentProductSalesYuan = productSales.value;
    else if (facts.patentProductSalesPercent === undefined) {
      if (productSales.value <= total) {
        facts.patentProductSalesPercent = round2((productSales.value / total) * 100);
        if (productSales.approximate || approximate.has('annualSalesYuan')) approximate.add('patentProductSalesPercent');
      } else mentions.push({ field: 'patentProductSalesPercent', at: productSales.at });
    }
  }
  return derived;
}

const UNION_FIELDS = new Set<ProfileKey>([
  'newIpEnterpriseTitles',
  'newPatentNavigationProjectLevels',
  'newIpProtectionMarketLevels',
  'newTradeSecretZones',
  'newTradeSecretStationLevels',
  'newIpServiceClusterLevels',
]);

/**
 * One value per field: a later statement corrects an earlier one ("12件，不对，是15件"), level sets
 * add up, and a list that has entries wins over "none". Every value is checked against the field's own
 * schema; one the schema refuses (LPR 35%, 15个月 of interest) is a mention, not a fact.
 */
function merge(kept: Finding[], mentions: Mention[]): { facts: Partial<Profile>; approximate: Set<ProfileKey> } {
  const facts: Record<string, unknown> = {};
  const approximate = new Set<ProfileKey>();
  const totals = new Set(kept.filter((f) => f.total).map((f) => f.field));
  for (const f of [...kept].sort((a, b) => a.at - b.at)) {
    if (totals.has(f.field) && !f.total) continue;
    const prev = facts[f.field];
    let value: unknown = f.value;
    if (Array.isArray(prev) && Array.isArray(value)) {
      if (UNION_FIELDS.has(f.field)) value = [...new Set([...prev, ...value])];
      else if (value.length === 0) value = prev;
    }
    const parsed = profileShape[f.field].safeParse(value);
    if (!parsed.success) {
      mentions.push({ field: f.field, at: f.at });
      continue;
    }
    facts[f.field] = parsed.data;
    if (f.approximate) approximate.add(f.field);
    else if (!Array.isArray(value)) approximate.delete(f.field);
  }
  return { facts: facts as Partial<Profile>, approximate };
}

const CORRECTION = /(?:不对|不是|错了|说错了|更正一下|更正|纠正一下)[，,\s]*(?:应该)?(?:是)?\s*$/;

/** How a numeric field reads a number no cue named: its kind, when its kind and counters accept the number. */
function takes(field: ProfileKey, n: Num): Kind | undefined {
  const spec = focusKind(field);
  return spec && accepts({ start: 0, end: 0, target: field as NumericKey, kind: spec.kind, counters: spec.counters }, n) ? spec.kind : undefined;
}

/**
 * "发明专利12件，不对，是15件": a number that follows a correction word replaces the latest figure of the
 * same kind before it.
 */
function applyCorrections(
  msg: Message,
  focus: readonly ProfileKey[],
  nums: readonly Num[],
  used: Set<Num>,
  findings: Finding[],
  previousFacts: () => ExtractedFacts | undefined,
): UntypedLoan | undefined {
  let loan: UntypedLoan | undefined;
  for (const n of nums) {
    if (used.has(n) || n.increment) continue;
    const ci = clauseIndex(msg, n.start);
    const c = msg.clauses[ci];
    const prev = msg.clauses[ci - 1];
    const lead = msg.text.slice(c.start, n.start);
    const corrects =
      CORRECTION.test(lead) ||
      (/^\s*(?:应该)?(?:是)?\s*$/.test(lead) && prev && CORRECTION.test(msg.text.slice(prev.start, prev.end).replace(/[，,；;]$/, ''))) ||
      // 不是8件 是12件: the figure denied, then the one meant.
      (DENIED_FIGURE.test(lead) && /是\s*$/.test(lead));
    if (!corrects) continue;
    const earlier = findings.filter((f) => f.figure && f.at < n.start && focusKind(f.field)).sort((a, b) => b.at - a.at);
    for (const f of earlier) {
      const kind = takes(f.field, n);
      if (!kind) continue;
      findings.push(finding(f.field as NumericKey, numericValue(kind, n), n.start, { approximate: n.approximate, figure: true, bound: n.bound, total: f.total }));
      used.add(n);
      break;
    }
    if (used.has(n)) continue;
    // "不对，是三件，两件证明商标一件集体商标": with nothing to correct in the message, the corrected figure is
    // the topic's, and the breakdown after it does not replace it. 说错了，是三千万: the figure of its kind the
    // previous message told is the one corrected; two such figures told there leave it unknown which.
    const fitting = focus.filter((field) => takes(field, n));
    const before = fitting.filter((field) => typeof previousFacts()?.facts[field] === 'number');
    // 不是8件，是12件: of two such figures told before, the one said not to be is the one corrected.
    const deniedRaw = DENIED_FIGURE.exec(msg.text)?.[1];
    const denied = deniedRaw === undefined ? undefined : parseNumber(deniedRaw);
    const named = denied === undefined ? [] : before.filter((field) => previousFacts()?.facts[field] === denied);
    const field = before.length ? (before.length === 1 ? before[0] : named.length === 1 ? named[0] : undefined) : fitting[0];
    if (field) {
      findings.push(finding(field as NumericKey, numericValue(takes(field, n)!, n), n.start, { approximate: n.approximate, figure: true, bound: n.bound, total: true }));
      used.add(n);
    } else if (!before.length && focus.includes('ipPledgeLoans') && !loan) {
      loan = correctedLoan(previousFacts()?.facts.ipPledgeLoans, n);
      if (loan) used.add(n);
    }
  }
  return loan;
}

/**
 * 欧盟商标注册费1.5万 … 更正一下，注册费实际是7450元 / 发票上是一万零五百: a lone sum said after the one
 * registration with a regional office told before (and no other sum) is that registration's fee.
 */
function restatedOfficeFee(
  msg: Message,
  focus: ReadonlySet<ProfileKey>,
  nums: readonly Num[],
  used: Set<Num>,
  findings: Finding[],
  previousFacts: () => ExtractedFacts | undefined,
): void {
  if (!focus.has('regionalTrademarkRegistrations') || findings.some((f) => f.field === 'regionalTrademarkRegistrations')) return;
  // A fee the generic 注册费 gave to Madrid in a message that names no Madrid filing is free to be this one.
  const generic = findings.filter((f) => f.field === 'madridTrademarkFeesYuan' && !/马德里/.test(msg.text));
  const sums = nums.filter((n) => feeYuan(n) && (!used.has(n) || generic.some((f) => f.at === n.start)));
  if (sums.length !== 1 || findings.some((f) => focusKind(f.field)?.kind === 'yuan' && !generic.includes(f))) return;
  const before = previousFacts()?.facts;
  if (!before) return;
  const entries = before.regionalTrademarkRegistrations;
  const otherSums = [...focus].filter((f) => focusKind(f)?.kind === 'yuan' && typeof before[f] === 'number');
  if (entries?.length !== 1 || otherSums.length > 0) return;
  for (const f of generic) findings.splice(findings.indexOf(f), 1);
  findings.push(finding('regionalTrademarkRegistrations', [{ office: entries[0].office, feesYuan: pickValue(sums[0], true) }], sums[0].start, { figure: true }));
  used.add(sums[0]);
}

/** 专利质押贷款300万…，说错了，是三千万: the one loan told before, its one sum replaced by the corrected figure. */
function correctedLoan(loans: Profile['ipPledgeLoans'] | undefined, n: Num): UntypedLoan | undefined {
  if (loans?.length !== 1 || n.unit !== 'yuan') return undefined;
  const sums = (['loanPrincipalYuan', 'ipPledgedPrincipalYuan', 'interestPaidYuan'] as const).filter((k) => loans[0][k] !== undefined);
  if (new Set(sums.map((k) => loans[0][k])).size !== 1) return undefined;
  return Object.fromEntries(sums.map((k) => [k, n.value])) as UntypedLoan;
}

/** A count followed by another noun (100多个员工) is not the count the topic asks for. */
// 一个200万的合同, 一笔500万的贷款: the count of a thing measured by the figure after it.
const OTHER_NOUN = /^(?:[0-9]|员工|人|名|工人|研发人员|客户|产品|型号|门店|子公司|分公司|车间|天|小时|岁|平方|亩|台|辆|套|吨|批|(?:是|已经?)?(?:失效|无效|过期|被驳回|驳回))/;
/** Counts whose definition leaves some out: a 区级 early-warning project is no 市级以上 one. */
const NOT_COUNTED: Partial<Record<NumericKey, RegExp>> = {
  newIpEarlyWarningProjectsCount: new RegExp(`^(?:个|项)?(?:是|为|属于)?(?:${listedLevels('newIpEarlyWarningProjectsCount').unlisted})`),
  // 其中5件还在实审没授权: not granted, so not among the new ones.
  newHighValueInventionPatentsCount: /^(?:件|个)?[^，。；]{0,6}?(?:在审|实审|审查中|没(?:有)?授权|未授权|还没批|没批下来|实用新型|外观设计|外观)/,
};
/** 其中一个没合格, 其中2件被驳回了: of any count, a part that did not pass or is not settled is out of it. */
const NOT_SETTLED_PART =
  /^(?:个|件|家|项|笔|起)?[^，。；0-9]{0,6}?(?:没(?:有)?(?:合格|通过|批|授权|下来|下证|认定)|不合格|未(?:合格|通过|授权|认定)|还在(?:审|受理|公示|评)|被驳回|驳回了|落选|撤销了|失效了)/;
/** 还有…, 另外还有…: another thing besides the one under discussion. */
const ALSO_ANOTHER = /^(?:那|另外)?(?:我们|我司)?(?:还有|另外还有|同时还有|另外也有|也还有)(?!没|多少|哪些|什么|[，,\s])/;

/** 两个加起来, 这两项一共多少: the sum of the awards asked for, the number counting them. */
const SUM_OF_AWARDS = new RegExp(
  `^(?:那|那么)?(?:这|这些)?(?:[两二三四五六七八九几]|\\d)(?:个|项|样|笔)(?:奖励|补贴|资助|项目|奖)?(?:的)?(?:${SUM_WORDS})(?:是|能|可以|可)?(?:拿|领|有)?(?:多少|几)?(?:钱|万)?(?:呢|啊|吧)?[？?。！!]?$`,
);
/** 其中有一个是区级的: a part of a figure told before, not the figure. */
const PART_OF = /(?:其中|里面?|里头|当中)(?:有|的)?$/;
/** 12件，其中4件还在实审 / 不过有4件…: a part of a count told in the same message. */
const PART_IN_MESSAGE = /(?:其中|里面?|里头|当中|不过|但是?|可是)(?:有)?(?:的)?$/;
/** 其中金东本部29件: the part in Jindong, which is the count that counts. */
const JINDONG_SHARE = /(?:其中|里面?|当中)(?:在)?金东(?:区)?(?:本部|总部|这边|的|公司)?(?:有|是)?$/;
/** …是我们上海子公司的, 兰溪子公司21件: a part that is a firm's elsewhere. */
const ELSEWHERE_SHARE = new RegExp(`^(?:是|为|属于|在)?(?:我们|我司|公司)?(?:的)?(?:${JINHUA_OTHER_PLACES}|${OTHER_CITIES}|区外|外地)`);
const ELSEWHERE_BEFORE = new RegExp(`(?:${JINHUA_OTHER_PLACES}|${OTHER_CITIES}|区外|外地)(?:的)?(?:子公司|分公司|工厂|基地|公司)(?:有|是)?$`);

/**
 * Parts of a count told in the same message: 12件，其中4件还在实审 (not granted: fewer), 其中8件是上海子公司的
 * or 兰溪子公司21件 (someone else's elsewhere: fewer), 其中金东本部29件 (Jindong's share: that many).
 */
function partsOfCounts(msg: Message, nums: readonly Num[], used: Set<Num>, findings: Finding[]): void {
  for (const f of findings) {
    if (typeof f.value !== 'number' || !f.figure || focusKind(f.field)?.kind !== 'count' || !stockLike(f.field)) continue;
    const sentence = sentenceOf(msg, f.at);
    let value = f.value;
    let shared = false;
    for (const n of nums) {
      if (n.start <= f.at || n.end > sentence.end || used.has(n) || n.unit !== 'count') continue;
      const before = msg.text.slice(Math.max(sentence.start, n.start - 12), n.start);
      const after = msg.text.slice(n.end, n.end + 14);
      let share: number | undefined;
      if (JINDONG_SHARE.test(before)) share = n.value;
      // Once Jindong's share is told, the other parts are only what makes up the rest.
      else if (shared) continue;
      else if (PART_IN_MESSAGE.test(before) && (NOT_COUNTED[f.field as NumericKey]?.test(after) || NOT_SETTLED_PART.test(after) || ELSEWHERE_SHARE.test(after))) value -= n.value;
      else if (ELSEWHERE_BEFORE.test(before)) value -= n.value;
      else continue;
      used.add(n);
      if (share !== undefined) {
        value = share;
        shared = true;
      }
    }
    if (value !== f.value && value >= 0) (f as { value: number }).value = value;
  }
}

const ANSWER_VERB = '(?:发|做|买|建|拿|申请|评上|过|通过|备案|注册|承担|认定|获得|拿到|投保|贷|质押)';
/** 过了, 刚认定的, 是新建的, 注册成功了: a thing done, said as a reply. */
const DONE_REPLY = `(?:是|已经?|刚|都)?(?:新)?${ANSWER_VERB}(?:过|成功|下来)?(?:了|的)`;
/** 我们也拿到了这个证书, 这个称号我们也有: what was just talked about, said to be had. */
const THIS_THING_HAD = /(?:我们|我司|公司)?(?:也|都)?(?:拿到|获得|取得|拿|评上|通过)了?(?:这个|这项|这张|该)(?:证书|认证|奖|称号|荣誉|认定)|(?:这个|这项|这张)(?:证书|认证|称号)(?:我们|我司)?(?:也|都)?(?:有|拿到了|拿了)/;

/** 不是8件: the figure said not to be the one. */
const DENIED_FIGURE = /(?:不是|而不是|并非|而非)\s?([0-9]+|[零一二两三四五六七八九十百]+)(?=件|个|项|家|笔|万|元|%|年|\s|，|,|$)/;

/** A bare yes or no (是的, 对, 没有, 没按时还): true, false, or undefined for anything else. */
export function bareYesNo(raw: string): boolean | undefined {
  const text = normalizeMessage(raw);
  if (NO_ANSWER.test(text) || /^(?:没有?|未)(?:按时|按期|准时)/.test(text)) return false;
  if (YES_ANSWER.test(text) || CONFIRMS.test(text)) return true;
  return undefined;
}

/** A reply confirming what was asked: 是的, 对, 没错, 就是…的. */
const CONFIRMS = /^(?:是的?|对的?|嗯+|没错|确认|是这样)(?:[，,\s!！。]|$)|^(?:对|是)?[，,\s]?就是/;
const YES_ANSWER = new RegExp(
  `^(?:(?:是的?|对的?|有的?|嗯+|恩|当然|肯定|没错|(?:是|都)?合格(?:的|了)?|都有)(?:[，,]?${DONE_REPLY})?|${DONE_REPLY})[。！!~～]*$`,
);
const NO_ANSWER = new RegExp(
  `^(?:否|不是|不在|不合格|无|(?:都|还|暂时|目前|今年|一个都|一件都)?(?:没有?|未|尚未|没能)(?:有)?${ANSWER_VERB}?(?:过)?)(?:的|呢|啊|哦)?[。！!~～]*$`,
);
const CORRECTED_TO = /(?:其实|应该|实际上?|准确地?说|更正为|改成|改为|说错了)(?:是|为)?$|[，,\s]是$/;

/** 两项，一件证明商标一件集体商标: a reply opening with a count answers the count asked; the rest itemises it. */
const LEADING_COUNT = /^(?:一共|总共|共)?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:个|件|项|家|笔|起|次)?[，,：:]/;

function takeLeadingCount(msg: Message, asked: ProfileKey | undefined, findings: Finding[]): void {
  if (!asked || !/Count$/.test(asked)) return;
  const m = LEADING_COUNT.exec(msg.text);
  const n = m ? parseNumber(m[1]) : undefined;
  if (n === undefined || !profileShape[asked].safeParse(n).success) return;
  for (let i = findings.length - 1; i >= 0; i--) if (findings[i].field === asked) findings.splice(i, 1);
  findings.push(finding(asked as NumericKey, n, 0, { figure: true }));
}

/** A reply dating the thing before this year: 这个是2021年认定的, 是前年评上的. */
// 其实是2021年认定的，今年只是复核通过: what this year held (a review, a renewal) after it does not make it new.
const OLDER_AFTER_ALL =
  /^(?:这个|那个|它|这项|那项)?(?:其实)?(?:是|在)?(?:前年|大前年|去年|上一?年|(?:19\d\d|20[01]\d|202[01])年)(?:就)?(?:已经)?(?:认定|评上|评的|拿到|拿的|获得|获批|注册|建成|建的|授权|批下来)?(?:的|了)(?:[，,](?:今年|当年)?(?:只是|只)?(?:复核|复审|年审|续展|换证|延续|重新认定)[^，。]{0,6})?[。！!]?$/;
const ORDINAL_NOT_YET = /第[二两三四五六七八九十]件[^，。]{0,8}?(?:还在|仍在|在)(?:受理|审查?|公示)|第[二两三四五六七八九十]件[^，。]{0,6}?(?:还没|没|未)(?:有)?(?:注册|授权|批)/;
/** Counts of things obtained one by one (new patents, marks, projects): one of them can fall out. */
const stockLike = (k: ProfileKey) => newThisYear(k) || k === 'giTrademarksCount' || k === 'singleCountryTrademarkCountries';
/** 他说示范企业其实是2021年认定的，…那还能拿多少: the same, said inside a longer message. */
const OLDER_SAID = /(?:其实|实际上|原来)(?:是)?(?:在)?(?:前年|大前年|去年|上一?年|(?:19\d\d|20[01]\d|202[01])年)(?:就)?(?:已经)?(?:认定|评上|评的|拿到|拿的|获得|获批|注册|建成|建的|授权|批下来)(?:的|了)/;
/** A short reply saying the thing is not settled yet (不对，还没批下来). */
const UNSETTLED_REPLY_CHARS = 30;

/** A bare reply naming the applicant's kind (学院, 研究所, 事务所): from the shared lexicon. */
const ORG_ANSWER_ALL = new RegExp(APPLICANT_WORD_SOURCE, 'g');

/**
 * A reply that names no fact belongs to the topic under discussion: a number to the first focus field
 * taking its unit, a bare yes/no to the one yes/no field asked, bare levels to a level field in focus.
 */
function applyFocus(
  msg: Message,
  focus: readonly ProfileKey[],
  nums: readonly Num[],
  used: ReadonlySet<Num>,
  findings: Finding[],
  mentions: Mention[],
  increments: AnchoredNumbers['increments'],
  unlisted: { field: ProfileKey; what: string }[],
  asked?: ProfileKey,
): void {
  if (focus.length === 0) return;
  const has = (k: ProfileKey) => findings.some((f) => f.field === k);
  // 漏算了一件，其实是10件: the figure a correction gives goes first.
  const corrected = (n: Num) => (CORRECTED_TO.test(msg.text.slice(Math.max(0, n.start - 6), n.start)) ? 1 : 0);
  for (const n of [...nums].sort((a, b) => corrected(b) - corrected(a))) {
    // Numbers the sentence would drop (政策要求10件以上) must not take the field first.
    if (used.has(n)) continue;
    if (PART_OF.test(msg.text.slice(Math.max(0, n.start - 4), n.start)) && (!OTHER_NOUN.test(msg.text.slice(n.end)) || NOT_SETTLED_PART.test(msg.text.slice(n.end, n.end + 10)))) {
      const field = focus.find((k) => takes(k, n));
      if (!field) continue;
      // "其中有一个是区级的": that many of the ones told before do not count for the field.
      const excluded = NOT_COUNTED[field as NumericKey];
      const after = msg.text.slice(n.end, n.end + 10);
      if (excluded?.test(after) || NOT_SETTLED_PART.test(after)) increments.push({ field: field as NumericKey, value: -numericValue('count', n), at: n.start });
      // Otherwise the figure told before is in doubt: ask for it again.
      else mentions.push({ field, at: n.start });
      continue;
    }
    if (OTHER_NOUN.test(msg.text.slice(n.end))) continue;
    if (verdict(msg, n.start, true, n.bound) === 'drop') continue;
    // 还有一个区级专利导航: a number in a clause naming another award is that award's, no reply to the focus.
    const clause = msg.clauses[clauseIndex(msg, n.start)];
    const others = awardsNamedIn(msg.text.slice(clause.start, clause.end));
    for (const field of focus) {
      // 再加个产品责任险2w: a figure of a thing the field does not count (unlisted) is no reply to it.
      if (unlisted.some((u) => u.field === field)) continue;
      const kind = has(field) ? undefined : takes(field, n);
      if (!kind) continue;
      if (others.length > 0 && !others.some((r) => r.facts.includes(field))) continue;
      if (n.increment) {
        if (increments.some((i) => i.field === field)) continue;
        increments.push({ field: field as NumericKey, value: numericValue(kind, n), at: n.start });
      } else findings.push(finding(field as NumericKey, numericValue(kind, n), n.start, { approximate: n.approximate, figure: true, bound: n.bound }));
      break;
    }
  }
  if (findings.length > 0 || mentions.length > 0) return;

  const flags = focus.filter((k) => profileShape[k].safeParse(true).success);
  // 不对，还没批下来: what was told of the yes/no in focus is in doubt now, so it is asked again.
  const unsettled = msg.text.length <= UNSETTLED_REPLY_CHARS ? msg.clauses.find((c) => doubtedAt(msg, c.start)) : undefined;
  if (unsettled) {
    // Who the applicant is does not become unsettled: the award's own yes/no does.
    const own = flags.filter((k) => !SHARED_FACTS.includes(k));
    // Else the one thing of the topic that must be new (a level obtained, a title): 还没批下来 is said of it.
    const fresh = focus.filter((k) => !SHARED_FACTS.includes(k) && newThisYear(k));
    const target = asked && flags.includes(asked) ? asked : own.length === 1 ? own[0] : own.length === 0 && fresh.length === 1 ? fresh[0] : undefined;
    if (target) {
      mentions.push({ field: target, at: unsettled.start });
      return;
    }
  }
  // 那等证书下来，按刚才那些数能拿多少: the one yes/no of the topic taken as met, for a what-if.
  if (WAIT_FOR.test(msg.text)) {
    const own = flags.filter((k) => !SHARED_FACTS.includes(k));
    const target = asked && own.includes(asked) ? asked : own.length === 1 ? own[0] : undefined;
    if (target) {
      findings.push({ field: target, value: true, at: msg.text.search(WAIT_FOR), approximate: false, figure: true } as Finding);
      return;
    }
  }
  // 不好意思我看错了，是合格 / 结果出来了，合格: an apology, a correction or the news before the reply itself.
  const reply = msg.text.replace(
    /^(?:(?:不好意思|抱歉|对不起)[，,\s]*)?(?:(?:我)?(?:看错了|说错了|搞错了|记错了|弄错了|不对|错了|更正(?:一下)?)[，,\s]*)?(?:(?:考核|评审|评定|审核|审批)?结果(?:已经)?(?:出来|下来|公布)了?[，,\s]*)?/,
    '',
  );
  const yes = YES_ANSWER.test(reply);
  const no = NO_ANSWER.test(reply);
  if (yes || no) {
    // The question just asked takes the reply when it can (没有 to 认定了哪些称号 is no title, not
    // “not in Jindong”); otherwise the one yes/no question pending, the others come later.
    const fits = (k: ProfileKey) => (no ? negativeAnswer(k) !== undefined : flags.includes(k));
    // 是合格 / 不合格: the reply's own word names the yes/no it answers, by the question asked for it.
    const word = /合格|认定|授权|胜诉|备案|通过|新建|优秀/.exec(reply)?.[0];
    const described = word ? focus.filter((k) => fits(k) && FACT_QUESTIONS[k]?.includes(word)) : [];
    // A yes to a question for a figure (销售额是多少？ — 是的) answers no other yes/no of the topic.
    const figureAsked = yes && asked !== undefined && focus.includes(asked) && !fits(asked);
    const target =
      asked && focus.includes(asked) && fits(asked)
        ? asked
        : described.length === 1
          ? described[0]
          : figureAsked
            ? undefined
            : flags.length === 1
              ? flags[0]
              : focus.length === 1
                ? focus[0]
                : undefined;
    if (target) {
      const value = no ? negativeAnswer(target) : profileShape[target].safeParse(true).success ? true : undefined;
      if (value !== undefined) findings.push({ field: target, value, at: 0, approximate: false, figure: true } as Finding);
      else mentions.push({ field: target, at: 0 });
    }
    return;
  }

  // 不对，这个是2021年认定的: what was told as new this year is older, so it is not new.
  if (OLDER_AFTER_ALL.test(reply)) {
    const told = (asked && focus.includes(asked) ? [asked] : focus).filter((k) => !SHARED_FACTS.includes(k) && newThisYear(k) && negativeAnswer(k) !== undefined);
    if (told.length >= 1) {
      findings.push({ field: told[0], value: negativeAnswer(told[0]), at: 0, approximate: false, figure: true } as Finding);
      return;
    }
  }

  const found = matchAll(msg.text, LEVEL_WORDS);
  const levels = found.map((m) => m.m[0]);
  if (levels.length > 0 && !/不是|没|未/.test(msg.text)) {
    const candidates = byNamedThing(focus, found.map((m) => msg.text.slice(m.end, m.end + NAMED_THING_CHARS)));
    // 其实是市级优势企业: the level belongs to a thing the clause does not list, already said so.
    if (candidates.some((f) => unlisted.some((u) => u.field === f))) return;
    for (const field of candidates) {
      const value = FOCUS_LEVEL_FIELDS[field]?.(levels);
      if (value !== undefined && profileShape[field].safeParse(value).success) {
        findings.push({ field, value, at: 0, approximate: false, figure: true } as Finding);
        return;
      }
    }
    // 要是国家级的呢, of a project whose clause lists only 省级、市级: a level it does not list, said so.
    const levelled = candidates.find((f) => FOCUS_LEVEL_FIELDS[f] && FOCUS_LEVEL_FIELDS[f]!(levels) !== undefined);
    if (levelled) {
      if (unlisted.some((u) => u.field === levelled)) return;
      const thing = RULES.find((r) => r.facts.includes(levelled))?.title.replace(/(?:配套)?(?:补助|奖励|资助|补贴)$/, '') ?? '';
      unlisted.push({ field: levelled, what: `${[...new Set(levels)].join('、')}${thing}` });
      return;
    }
    const asked = focus.find((f) => FOCUS_LEVEL_FIELDS[f]);
    if (asked) mentions.push({ field: asked, at: 0 });
    return;
  }

  if (focus.includes('organizationType') && msg.text.length <= 12 && !/不是|并非/.test(msg.text)) {
    // 园区和公司加起来呢: two kinds named is no reply saying which one the applicant is.
    const words = matchAll(msg.text, ORG_ANSWER_ALL).map((m) => applicantKindOf(m.m[0]));
    const kind = new Set(words).size === 1 ? words[0] : undefined;
    if (kind) {
      findings.push(finding('organizationType', kind, 0, { figure: true }));
      return;
    }
  }
  // 大奖, 门类奖，专利奖二等: the options of the choice just asked, by their own distinctive words.
  const chosen = asked && focus.includes(asked) ? choiceReply(msg.text, asked) : undefined;
  if (chosen !== undefined) findings.push({ field: asked, value: chosen, at: 0, approximate: false, figure: true } as Finding);
}

/** How far after a level word the thing it qualifies is read (省级站点, 国家级的基地). */
const NAMED_THING_CHARS = 6;

/**
 * Focus fields, the one whose own description names the thing after the level word first: with two
 * awards of one clause in focus, 省级站点 belongs to the station's field, not the zone's. The words are
 * the fields' own descriptions and questions, so no table of nouns is kept here.
 */
function byNamedThing(focus: readonly ProfileKey[], after: readonly string[]): readonly ProfileKey[] {
  const heads = after.map((t) => t.replace(/^[的之]/, '')).filter((t) => /^[\u4e00-\u9fff]{2}/.test(t));
  if (!heads.length || focus.length < 2) return focus;
  const score = (field: ProfileKey): number => {
    const shape = profileShape[field];
    const description = `${shape.description ?? ('unwrap' in shape ? shape.unwrap().description : undefined) ?? ''}|${FACT_QUESTIONS[field] ?? ''}`;
    let best = 0;
    for (const head of heads) {
      let n = 0;
      while (n < head.length && description.includes(head.slice(0, n + 1))) n++;
      if (n >= 2) best = Math.max(best, n);
    }
    return best;
  };
  const scores = new Map(focus.map((f) => [f, score(f)]));
  return [...focus].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/** "没有" to a question about a field: false, none, zero or 未备案, as the field takes. */
function negativeAnswer(field: ProfileKey): unknown {
  const candidates: unknown[] = field === 'ipAllianceFilingLevel' ? ['未备案'] : [false, [], 0];
  for (const candidate of candidates) {
    if (profileShape[field].safeParse(candidate).success) return candidate;
  }
  return undefined;
}
