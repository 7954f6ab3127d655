import { RULES } from '../../rules/rules.registry';
import { applicantWordsOf } from '../../rules/lexicon/applicant-kinds';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import { SHARED_FACTS, type ProfileKey } from '../../rules/profile.schema';
import { UNSURE } from './fact-polarity';
import { clauseIndex, clauseText, Message, sentenceOf, sentenceText, spacePartText } from './fact-text';
import type { Finding } from './fact-types';

/**
 * Whether a fact that would pay is the applicant's own, settled fact. Every reader of words and numbers
 * finds its cue; this gate then looks at the clause the fact stands in, for what makes it no fact of the
 * applicant's: someone else's (我朋友公司评上了…), not yet (准备申报, 还在公示, 入围, 等结果), hearsay about oneself
 * (听说我们被认定为…), doubt (不确定), a figure only approached (将近50件, 不到20万, 快一年), or, for what must be
 * new this year, a year long past or a stock (累计有40件). Such a fact is asked for (a mention), never assumed. Facts that pay
 * nothing (no, none, zero) pass: they cannot raise an amount.
 */

/** Someone other than the applicant as the clause's subject (at its start): 我朋友公司评上了…, 隔壁企业拿了…; not 我们起诉别人, 从别的公司买的. */
/** What may stand before another party's name: 集团(母公司), 我们义乌的(子公司) — never a verb (我们起诉别人). */
const OWNER_PREFIX = '(?:集团|总部|[^，。；是为给向从跟把被起告买卖]{1,4}的)?';
/** Those other than the applicant: friends, neighbours, related firms, clients, owners, licensees. */
const OTHER_PARTY = `朋友|隔壁|别人|经销商|分销商|代理商|加盟商|别的(?:公司|企业|单位|厂)|人家|同行|对标(?:企业|单位)?|邻居|其他(?:公司|企业|单位|厂家?)|兄弟(?:单位|企业)|上游|供应商|合作方|子公司|母公司|集团下面|另一家|友商|客户|合作伙伴|合作(?:的)?(?:单位|企业|${applicantWordsOf('高校', '科研机构')})|主机厂|整机厂|总装厂|龙头企业|链主(?:企业)?|(?:上|下)游(?:的)?(?:企业|厂|公司)|厂家|厂商|品牌方|老板(?:个人)?(?!问|让|叫|想|说|要我|安排|交代)|法人(?:个人)?|董事长(?!问|让|叫|想|说)|股东(?:公司|单位)?|关联公司|发包方|被许可(?:方|人|企业|单位)|受让(?:方|人)|专利权人(?:是)?`;
const THIRD_PARTY = new RegExp(
  `^(?:那|听说|据说|另外|还有)?(?:[^，。；]{0,8}?(?:说|称|讲|表示))?(?:不过|但是?|其实)?(?:是)?(?:我(?:的|们的?)?|他们的?|该企业的?|其|有(?:个|家)|一(?:个|家)|帮|替)?${OWNER_PREFIX}(?:${OTHER_PARTY})|^(?:我们)?(?:代理|经销|代销|销售|卖|代理销售|代为销售|加盟)的(?:那个|这个)?(?:品牌|产品|商标)`,
);
/**
 * Someone else as the clause's subject, unless the clause gives the thing to the applicant (合作的大学把专利
 * 转让给我们了: the purchase is the applicant's fact).
 */
/** 不过是我们母公司获得的, 专利权人是我们的股东公司: the thing told before in the sentence is another's. */
/** 奖是授给代工厂的，专利权人是他们: a reply saying the award under discussion belongs to another party. */
export const BELONGS_ELSEWHERE = new RegExp(
  `(?:授给|颁给|发给|给的是|属于|归|颁发给)(?:了)?(?:${OTHER_PARTY}|代工厂|他们|对方)(?:的)?|专利权人(?:是|为)(?:他们|对方|${OTHER_PARTY}|代工厂)|(?:在|挂在|归)(?:${OTHER_PARTY}|他们|老板个人|代工厂)(?:的)?名下`,
);
const OWNED_BY_OTHER = new RegExp(`(?:${OTHER_PARTY})(?:的)?名下|(?:是|为|属于|归)(?:我们的?|我司的?|他们的?)${OWNER_PREFIX}(?:${OTHER_PARTY})(?:[^，。；]{0,6}?)(?:获得|拿到?|评上|取得|申请|注册|所有|持有|名下)?的|专利权人(?:是|为)(?:我们的?)?${OWNER_PREFIX}(?:${OTHER_PARTY})`);
const THIRD_PARTY_CLAUSE = { test: (s: string) => (THIRD_PARTY.test(s) || FOR_CLIENT.test(s)) && !TO_US.test(s) };
/** 我们代理机构帮客户拿了金奖: work done for someone else, whose award it is. */
const FOR_CLIENT = /(?:帮|替|为|给)(?:客户|委托人|委托方|企业客户|服务对象|被代理人|别人|他人|人家)[^，。；]{0,8}?(?:拿|获|取得|申请|评上|赢|打赢|注册|认定|代理)/;
const TO_US = /(?:给|向|卖给|转让给|许可给|授权给)(?:了)?(?:我们|我司|我公司|本公司|咱们|我厂|我单位|本单位)/;
/** Not (yet) a fact: a plan, an intention, a pending procedure; carried into a short clause beside it. */
const PLANNED =
  /想(?:要)?(?:申请|申报|评|拿|做|建|注册|牵头|成立|去|搞)|准备|打算|计划|争取|(?<!模)拟(?=申报|申请|认定|注册|建|承担|新建)|估计|预计|预估|筹备|谋划|规划|明年|下一年|将来|以后|未来|还在(?:申报|申请|评|审|走流程|公示|等)|在公示|公示(?:期|中)|等(?:结果|公示|通知|批|审批)|报上去|递交了|提交了(?:申请|材料)|材料(?:已经)?(?:交|报)|申报了|入围|初评|终评|还没(?:批|出|公布|下来|认定|评|定|核准)|(?:正|还)?在(?:申报|申请|创建|争创|办理|评审|认定)(?:中)?|争创|创建中|受理了|(?:已|已经|刚)?受理|受理中|提名|候选|入选名单待定|(?:名单)?已公示|公示了|(?:下个?月|年底|下半年)(?:才|再)|尚未|待(?:批|定|审)|审(?:核|批)中|公示名单|进了?公示|(?:还)?(?:没|未)(?:有)?(?:正式)?(?:发文|下文)|(?:还)?(?:没|未)(?:有)?正式|(?:还)?(?:没|未)(?:有)?(?:正式)?发行|(?:申请|材料)(?:已经?)?(?:交|递|报)上去了?|(?:申请|材料)(?:已经?)?(?:提交|递交)了/;
/** A guess (可能, 应该…吧, 好像): about the words of its own clause only. */
const GUESS = /可能|也许|或许(?!可)|应该(?:是|会)?[^，。,；;]{0,12}吧|好像|似乎|大概是吧/;
const HEARSAY_OWN = /听说|据说|听人说|传言/;
/** Just below the figure said: the exact figure decides tiers and thresholds. */
const APPROACHING = /^(?:将近|接近|近|不到|不足)/;
const APPROACHING_BEFORE = /(?:将近|接近|近|不到|不足|快(?:要)?|差不多快|眼看(?:就)?|马上(?:就)?|还差[^，。,；;]{0,4}就)$/;
/** Two years or more before the policy (a 2023 draft), or further back than last year: not new under it. */
const LONG_PAST = /前年|大前年|多年前|早年|(?:19\d\d|20[01]\d|202[01])年/;
const THIS_YEAR = /今年|本年|当年/;
const LAST_YEAR = /去年|上一?年(?!末|底|度)/;
/** A count of what is held (累计有40件, 目前拥有, 存量), not of what is new this year. */
const STOCK = /累计|总共|一共|共计|共有|拥有|存量|现有|目前有|现在有|已有|手上有|手里有|持有|总量|总数|保有/;
/** The sum asked for at a clause's end (两件一共, 加起来多少): a question about the money, not a stock. */
const SUM_ASKED = /(?:一共|总共|合计|加起来|合起来)(?:是|能|可以|可)?(?:补|拿|奖|给|贴|领)?(?:多少|几)?(?:钱|万)?(?:呢|啊|吧)?[？?]?$/;
/** Per fact of a collective's award, the applicant describing itself as one of its members (lexicon `members`). */
const MEMBER_SELF = new Map<string, RegExp>(
  RULE_LEXICONS.filter((l) => l.members).flatMap((l) => {
    const rule = RULES.find((r) => r.id === l.ruleId);
    // The applicant calling itself a member, or a member being the one who asks (入驻…的一家代理机构问).
    // 来电人所在企业是某联盟的成员单位, 我是市场里的商户: a caller relayed, or one person, is the applicant too.
    const self = '我们|我司|我公司|本公司|我厂|咱们|本单位|我单位|我(?!们)|来电人(?:所在)?(?:的)?(?:企业|公司|单位)?|来电(?:企业|单位)|该企业';
    const re = new RegExp(`(?:${self})(?:这边)?(?:只)?(?:是|作为|属于|算)?[^，。？?]{0,14}?(?:${l.members})|(?:${l.members})[^，。？?]{0,4}?(?:问|咨询|想知道)`);
    return (rule?.facts ?? []).filter((f) => !SHARED_FACTS.includes(f as ProfileKey)).map((f) => [f as string, re] as const);
  }),
);

/** Counts of patents granted (or held): applications filed are none of them. */
const GRANT_COUNTS: readonly ProfileKey[] = [
  'newHighValueInventionPatentsCount',
  'selfDevelopedInventionPatentsCount',
  'agencyPatentGrantsCount',
  'agencyInventionPatentGrantsCount',
];
const APPLIED = /(?:提交|递交|新|刚)?申请了|专利申请(?:量|数)?|在审(?:查)?|审查中|实审|受理/;
// 还没授权 is no grant.
const GRANTED = /(?<!没|未|没有|尚未|还没|还未)(?:授权|获批|批下来|拿到证|下证)/;

const THIS_YEARS_SUM = /(?:今年|当年|本年)(?:新增|新授权)?(?:的)?(?:一共|总共|共计|合计|共)/;

const INVENTION_BEFORE = /发明(?:专利)?(?:有|是|为)?$/;

/** A figure summed over years: 两年累计, 这几年加起来, 三年共. */
const MULTI_YEAR = /(?:两|二|三|四|五|几|多|这几|近[两三五几])年(?:来|间|里|内)?(?:的)?(?:累计|合计|一共|加起来|总共|共|总计)/;
const NEW_IN_CLAUSE = /新增|新获|新授权|新认定|新承担|新立项|增加|多了|增长|新(?:拿|评|批)/;

/** 是去年拿的, 在前年评上的: the year said of the thing itself. */
const SAID_LAST_YEAR = /(?:是|在)(?:去年|前年|上一?年)[^，。]{0,6}的/;

/** Still running this year (去年承担的项目今年还在做): begun before, so not new this year. */
const CONTINUING = /还在(?:做|进行|实施|建设?|推进)|仍在|在研|(?:没|未)(?:有)?结题|继续(?:做|实施|承担)|延续|续建/;

/**
 * A qualifier that makes the thing another one than the policy's: 省级驰名商标 (驰名商标 is a national
 * recognition), 金华市专利奖 (neither 中国专利奖 nor 浙江省知识产权奖), a 市级 brand station, property
 * insurance, a receivables ABS: the figures told beside them are theirs. Generated from each rule's
 * lexicon (`lookAlikes` with `replaces`).
 */
function otherThings(sentence: boolean): Partial<Record<ProfileKey, RegExp>> {
  return Object.fromEntries(
    Object.entries(
      RULE_LEXICONS.flatMap((l) => l.lookAlikes ?? [])
        .filter((a) => a.replaces && Boolean(a.sentence) === sentence)
        .reduce<Record<string, string[]>>((by, a) => ({ ...by, [a.field]: [...(by[a.field] ?? []), a.words] }), {}),
    ).map(([field, words]) => [field, new RegExp(words.map((w) => `(?:${w})`).join('|'))]),
  );
}
/** Read in the clause and the short clauses beside it, or (`sentence`) in the whole sentence. */
const OTHER_THING = otherThings(false);
const OTHER_THING_IN_SENTENCE = otherThings(true);

/** Facts that must be new in the year applied for (新认定, 新获, 当年新增, 新建, 当年度考核). */
export function newThisYear(field: ProfileKey): boolean {
  return /^new/.test(field) || field === 'provincialBrandStationNew' || field === 'ipRightsStationAssessmentPassed' || field === 'clusterRegionalMarkFirstRegistered';
}

/** Counts of what is new, or paid once per item (地理标志商标): a stock is not their value. */
function stockSensitive(field: ProfileKey): boolean {
  return (newThisYear(field) && field.endsWith('Count')) || field === 'giTrademarksCount';
}

function pays(f: Finding): boolean {
  const v = f.value as unknown;
  if (v === false || v === 0 || v === '未备案') return false;
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined && v !== null;
}

/** Short clauses carry on the one beside them: 明年想去新加坡注册商标，3个国家 / 国家级优势企业，是2021年的. */
const SHORT_CLAUSE = 8;

/** The fact's clause, with the short clauses next to it in the same sentence. */
function neighbourhood(msg: Message, i: number): string {
  const own = msg.clauses[i];
  const near = [i - 1, i + 1]
    .map((j) => msg.clauses[j])
    .filter((c) => c && c.sentence === own.sentence && (c.end - c.start <= SHORT_CLAUSE || own.end - own.start <= SHORT_CLAUSE));
  return [own, ...near].map((c) => msg.text.slice(c.start, c.end)).join('，');
}

/**
 * What the words of a clause (or of the whole message) say, read once per message: many facts may stand
 * in one long clause, and reading it again for each would make the gate quadratic in the message length.
 */
const READINGS = new WeakMap<Message, Map<string, boolean>>();
function reads(msg: Message, key: string, re: { test(text: string): boolean }, text: () => string): boolean {
  let memo = READINGS.get(msg);
  if (!memo) READINGS.set(msg, (memo = new Map()));
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = re.test(text())));
  return v;
}

/** Why the fact is not the applicant's settled fact, or undefined when it is. */
export function doubtAbout(msg: Message, f: Finding): string | undefined {
  if (!pays(f)) return undefined;
  const i = clauseIndex(msg, f.at);
  const own = () => clauseText(msg, f.at);
  const near = () => neighbourhood(msg, i);
  if (reads(msg, `third-party:${i}`, THIRD_PARTY_CLAUSE, () => own().trim())) return 'third-party';
  if (reads(msg, `owned-by-other:${sentenceOf(msg, f.at).start}`, OWNED_BY_OTHER, () => sentenceText(msg, f.at))) return 'third-party';
  // 我们是联盟的成员单位，联盟备案了: a member telling of the collective's award tells of someone else's.
  const member = MEMBER_SELF.get(f.field);
  if (member && reads(msg, `member:${f.field}`, member, () => msg.text)) return 'third-party';
  // 我们的合作伙伴在美国打官司赢了，代理费200万: who the sentence opens with owns the facts after it, until
  // the applicant names itself again (…，我们也…).
  const opener = sentenceOpener(msg, i);
  const whatIf = sentenceOf(msg, f.at).conditional || sentenceOf(msg, f.at).variant;
  if (opener !== undefined && opener !== i && !whatIf && !reads(msg, `own-again:${i}`, OWN_AGAIN, () => clausesBetween(msg, opener + 1, i))) {
    if (reads(msg, `third-party:${opener}`, THIRD_PARTY_CLAUSE, () => clauseTextAt(msg, opener).trim())) return 'third-party';
    if (reads(msg, `planned-open:${opener}`, PLANNED_OPENER, () => clauseTextAt(msg, opener).trim())) return 'not-yet';
  }
  const other = OTHER_THING[f.field];
  // With the short clauses beside it: 买了企业财产险，保费3万. A figure said right after 发明专利 is of
  // invention patents, whatever look-alike (实用新型4件) stands beside it.
  const ownNoun = f.figure && INVENTION_BEFORE.test(msg.text.slice(Math.max(0, f.at - 6), f.at));
  // 专利执行险保费6万，财产险保费5万: the clause's own words first, whatever insurance its neighbour names.
  // 知识产权保险 保费6w 还有财产险保费10w: where spaces stand for commas, the figure's own part first.
  if (
    other &&
    !ownNoun &&
    (reads(msg, `other-thing-own:${f.field}:${i}`, other, own) ||
      reads(msg, `other-thing:${f.field}:${i}`, other, near) ||
      reads(msg, `other-thing-part:${f.field}:${f.at}`, other, () => spacePartText(msg, f.at)))
  )
    return 'other-thing';
  const otherInSentence = OTHER_THING_IN_SENTENCE[f.field];
  if (otherInSentence && reads(msg, `other-thing-sentence:${f.field}:${i}`, otherInSentence, () => sentenceText(msg, f.at))) return 'other-thing';
  // 去年承担的…今年还在做: what began last year and runs on is last year's (still running is no plan).
  if (newThisYear(f.field) && reads(msg, `last-year:${i}`, LAST_YEAR, own) && reads(msg, `continuing:${i}`, CONTINUING, near)) return 'last-year';
  // Who the applicant is does not wait on a plan beside it (我们是企业，想申请…): only its own clause counts.
  if (unsettled(msg, f.at, i, f.field === 'organizationType' ? undefined : near)) return 'not-yet';
  // 申请了40件高价值发明专利: applications, not the grants the count is of.
  if (GRANT_COUNTS.includes(f.field) && reads(msg, `applied:${i}`, APPLIED, own) && !reads(msg, `granted:${i}`, GRANTED, own)) return 'not-yet';
  if (reads(msg, `hearsay:${i}`, HEARSAY_OWN, own)) return 'hearsay';
  if (f.figure && typeof f.value === 'number') {
    if (APPROACHING.test(msg.text.slice(f.at)) || APPROACHING_BEFORE.test(msg.text.slice(Math.max(0, f.at - 8), f.at))) return 'approaching';
  }
  // 两年累计17家: a figure over several years is no one year's (the policy counts per year).
  if (f.figure && typeof f.value === 'number' && reads(msg, `multi-year:${i}`, MULTI_YEAR, own)) return 'multi-year';
  // 累计有40件高价值发明专利: the stock, which says nothing of how many are new (or not yet paid for).
  // 两件一共(多少): 一共 closing the clause asks for the sum of the money, it tells no stock.
  // 今年一共30件: a sum of this year's, not a stock (累计, 拥有 stay one).
  const ownStock = () => own().replace(SUM_ASKED, '').replace(THIS_YEARS_SUM, '');
  if (stockSensitive(f.field) && typeof f.value === 'number' && reads(msg, `stock:${i}`, STOCK, ownStock) && !reads(msg, `new:${i}`, NEW_IN_CLAUSE, own)) {
    return 'stock';
  }
  if (newThisYear(f.field)) {
    // 前年新增20件，今年新增11件: a clause saying 今年 is this year's, whatever its neighbour says.
    if (reads(msg, `long-past:${i}`, LONG_PAST, near) && !reads(msg, `this-year:${i}`, THIS_YEAR, own)) return 'long-past';
    // 去年…，今年…: with this year told apart, last year's is not this year's.
    if (reads(msg, `last-year:${i}`, LAST_YEAR, own) && !reads(msg, `this-year:${i}`, THIS_YEAR, own) && reads(msg, 'this-year', THIS_YEAR, () => msg.text)) {
      return 'last-year';
    }
    // 一等奖是去年拿的: said to be last year's, in so many words.
    if (reads(msg, `said-last-year:${i}`, SAID_LAST_YEAR, own)) return 'last-year';
  }
  return undefined;
}

/**
 * A plan or pending procedure (read in `planned`, the clause with its short neighbours, or the clause
 * alone), a guess or doubt (read in the clause). Not in a what-if (如果明年再认定…呢): that is answered as
 * one, and the answer says so.
 */
function unsettled(msg: Message, at: number, i: number, planned?: () => string): boolean {
  const s = sentenceOf(msg, at);
  if (s.conditional || s.variant) return false;
  const own = () => clauseText(msg, at);
  return (
    (planned ? reads(msg, `planned-near:${i}`, PLANNED, planned) : reads(msg, `planned:${i}`, PLANNED, own)) ||
    reads(msg, `guess:${i}`, GUESS, own) ||
    reads(msg, `unsure:${i}`, UNSURE, own)
  );
}

/**
 * 计划明年做一单ABS，公开发行，规模一个亿: a sentence opening with a plan plans what follows. Not a plan to apply
 * (公司想报专利密集型企业，发明专利十四件…): the facts after it are the applicant's.
 */
// 年底又签了6家 is done by now: the year's end as a time told in the past tense is no plan.
const PLANNED_OPENER = /^(?:我们|公司|我司)?(?:计划|准备|打算|预计|明年|(?:下半年|年底前?)(?![^，。]{0,8}了))(?![^，。]{0,6}(?:申报|申请|报|问|咨询))/;
/** The applicant naming itself again in a later clause: 我们也拿了, 我司今年. */
const OWN_AGAIN = /(?:^|[，,])\s?(?:我们|我司|本公司|我公司|咱们)/;

/** The first clause of the sentence clause `i` is in. */
function sentenceOpener(msg: Message, i: number): number | undefined {
  const sentence = msg.clauses[i]?.sentence;
  if (sentence === undefined) return undefined;
  const first = msg.clauses.findIndex((c) => c.sentence === sentence);
  return first >= 0 ? first : undefined;
}

function clauseTextAt(msg: Message, i: number): string {
  const c = msg.clauses[i];
  return c ? msg.text.slice(c.start, c.end) : '';
}

/** The text of clauses from..to (inclusive), joined by commas. */
function clausesBetween(msg: Message, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k <= to; k++) parts.push(clauseTextAt(msg, k));
  return '，' + parts.join('，');
}

/** Whether some clause of the message is about someone else (隔壁公司…, 我朋友的企业…). */
export function tellsOfOthers(msg: Message): boolean {
  return msg.clauses.some((c) => THIRD_PARTY.test(msg.text.slice(c.start, c.end).trim()));
}

/** Whether the words at a position put the fact in doubt or say it is not settled (not in a what-if). */
export function doubtedAt(msg: Message, at: number): boolean {
  return unsettled(msg, at, clauseIndex(msg, at));
}
