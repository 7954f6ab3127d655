import { applicantWordsOf } from '../../rules/lexicon/applicant-kinds';
import type { ProfileKey } from '../../rules/profile.schema';
import { FOREIGN_COUNTRY_RE, OFFICE_OR_REGION, RULE_CUES } from './fact-lexicon';
import { matchAll, type Span } from './fact-text';
import type { Anchor, NumericKey, Target } from './fact-types';
import { NOT_THE_STOCK } from '../../rules/items/art-01.lexicon';
import type { NumberCue, Story } from '../../rules/lexicon/lexicon.types';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';

/**
 * The stories a message tells, which decide what a shared word means: 发明专利 is the art.1 stock in most
 * messages, an agency's grants in an agency's message (art.14), the first patent in an art.9 story; 销售额
 * is the annual sales, or in an art.9 story the sales of the product made with the first patent; 判赔 and
 * 代理费 depend on whether the suit was abroad. The words of each numeric fact, with the stories they are
 * read in, live in its rule's lexicon (`numbers`); only figures of no award are named here.
 */

export interface Contexts extends Record<Story, boolean> {
  /** Talks about the art.1 stock of invention patents (or the topic under discussion is art.1). */
  art1: boolean;
  /** A first invention patent: 首件, 之前没有发明专利, 从大学买的 (art.9). */
  art9: boolean;
  /** A patent agency or its branch (art.14). */
  agency: boolean;
  /** Transfers or licences of patents (art.8). */
  transfer: boolean;
  /** A patent suit abroad (art.13). */
  foreignSuit: boolean;
  /** A dispute settled by mediation or an agency (调解, 和解): no court's damages. */
  settled: boolean;
  /** Trademarks (art.16). */
  trademark: boolean;
  /** Securitisation (art.4.3), and whether the issue was private rather than public. */
  securitization: boolean;
  privateIssue: boolean;
  /** Pledge loans or their interest subsidy (art.4.1). */
  loan: boolean;
  /** High-value invention patents are talked about (art.2). */
  highValue: boolean;
  /** Early-warning projects only (no navigation project beside them): a bare 市级2项 is theirs. */
  earlyWarning: boolean;
  /** Madrid registrations, and no regional office (欧盟, ARIPO, OAPI) whose fees a bare 注册费 could be. */
  madridOnly: boolean;
  /** This year and last year both told (去年3件今年12件): a figure of last year is not this year's. */
  yearsApart: boolean;
}

const ART1_FIELDS: ProfileKey[] = ['selfDevelopedInventionPatentsCount', 'selfDevelopedInventionPatentsLastYearCount'];
const ART9_FIELDS: ProfileKey[] = ['hadInventionPatentBefore', 'firstInventionPatentSource', 'firstInventionPatentProductSalesYuan'];
const AGENCY_FIELDS: ProfileKey[] = ['agencyOperatingMonths', 'agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'];
const TRADEMARK_FIELDS: ProfileKey[] = ['madridTrademarkFeesYuan', 'singleCountryTrademarkCountries', 'regionalTrademarkRegistrations'];
const FOREIGN_SUIT_FIELDS: ProfileKey[] = ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'];

export const ART9_STORY =
  /首件|第一件|头一件|首次(?:获得|拥有|购买|授权|有)|(?:之前|以前|此前|原来|原先|过去|以往)[^，。]{0,6}(?:没|无|未)|发明专利(?:都|也|还)?(?:没有|没)|(?:从|向|跟|找)[^，。]{0,12}(?:买|购买|受让)|买(?:的|来的)|购买的|自己新授权|授权次年|次年/;
export const AGENCY_STORY = new RegExp(`${applicantWordsOf('代理机构')}|分支机构|办事处|分所|专利代理|代理(?:的|了)?(?:专利)?授权`);
export const PRIVATE_ISSUE = /私募|非公开|定向发行/;
// 侵权 inside an insurance's name (侵权责任险, 侵权险) is no suit.
export const SUIT_WORDS = /官司|诉讼|起诉|被诉|应诉|侵权(?![^，。；]{0,4}险)|胜诉|败诉|337|打赢|打输|被告|原告|判赔|一审|二审|法院|案子/;

export function detectContexts(text: string, focus: ReadonlySet<ProfileKey>): Contexts {
  const has = (fields: ProfileKey[]) => fields.some((f) => focus.has(f));
  const agency = AGENCY_STORY.test(text) || has(AGENCY_FIELDS);
  // …or the award named by its own words (赶超工程, 未覆盖发明专利: art-09.lexicon.ts).
  const art9 = ART9_STORY.test(text) || RULE_CUES['first-invention-patent'].test(text) || has(ART9_FIELDS);
  // Invention patents held, not high-value ones (art.2), not an award, not ones being licensed or sold.
  const inventionStock = INVENTION_STOCK.test(text.replace(/高价值(?:的)?(?:发明)?(?:专利)?|发明专利奖/g, ''));
  const foreignWords = /国外|海外|境外|外国|337/.test(text) || FOREIGN_COUNTRY_RE.test(text);
  return {
    art1: !agency && !art9 && (inventionStock || has(ART1_FIELDS)),
    art9,
    agency,
    transfer: /许可|转让|受让/.test(text),
    foreignSuit: (SUIT_WORDS.test(text) && foreignWords) || has(FOREIGN_SUIT_FIELDS),
    settled: /调解|和解|庭外/.test(text),
    // 单一国家注册 names the trademark award without the word 商标.
    trademark: /商标|马德里|单一国家/.test(text) || has(TRADEMARK_FIELDS),
    securitization: /ABS|证券化|公开发行/i.test(text) || focus.has('ipSecuritizationIssueYuan'),
    privateIssue: PRIVATE_ISSUE.test(text),
    loan: /质押|贴息/.test(text) || focus.has('ipPledgeLoans') || focus.has('pledgeLoanSubsidyYear'),
    earlyWarning: /预警/.test(text) && !/导航/.test(text),
    highValue: /高价值/.test(text),
    // 马德里申请指定了欧盟和英国: offices designated through Madrid are no filings of their own.
    madridOnly: (/马德里/.test(text) || focus.has('madridTrademarkFeesYuan')) && !OFFICE_OR_REGION.test(text.replace(/指定(?:了)?[^，。；]{0,20}/g, '')),
    yearsApart: /今年|当年|本年/.test(text) && /去年|上年|上一年|前年/.test(text),
  };
}


/**
 * Invention patents held (art.1's stock), not ones being licensed or sold or ones an award went to.
 */
const INVENTION_STOCK = new RegExp(`发明(?:专利)?${NOT_THE_STOCK}`);

/** A cue becomes an Anchor where its pattern matches: it carries the anchor's fields, plus how to find it. */
type NumericCue = Omit<Anchor, keyof Span> & {
  re: RegExp;
  when?: (c: Contexts) => boolean;
};

/** A numeric fact's words from its rule's lexicon, compiled: the stories it is read in become its condition. */
function compile(cue: NumberCue): NumericCue {
  const { field, words, caseless, only, not, ...anchor } = cue;
  const when =
    only || not ? (c: Contexts) => (!only || only.some((s) => c[s])) && (!not || !not.some((s) => c[s])) : undefined;
  return { ...anchor, target: field as Target, zeroFor: anchor.zeroFor as NumericKey | undefined, re: new RegExp(words, caseless ? 'i' : ''), when };
}

/**
 * Figures that are no fact of any award, whatever the message is about: award amounts quoted, business
 * figures (订单, 利润, 研发投入 …), growth rates, a figure the user asks to compute with, the number of items
 * asked to add up. They take their numbers so nothing else, and no reply to a focus, does.
 */
const GENERAL_CUES: NumericCue[] = [
  {
    target: 'sink',
    kind: 'yuan',
    re: /奖励|补助|资助|补贴|奖金|能拿|可以拿|能领|可以领|拿到|能奖|奖了?|能补|可以补|可补|报销|上限|封顶|最高|配套|注册资本|注册资金|贴息(?!年度)|订单|投资|投入|利润|净利|税收|纳税|缴税|工资|成本|研发费用|资产|估值|利息/,
  },
  { target: 'sink', kind: 'percent', re: /增长率?|增速|涨了|下降了?|利润率|毛利率|净利率|税率|占有率|份额|研发投入占比|资产负债率/ },
  // 申请量两百件，授权的只有四十件: applications, counted by no award (each counts what was granted).
  { target: 'sink', kind: 'count', dir: 'forward', re: /申请(?:量|数|了)?(?:的)?(?:有|是|为)?(?=[0-9一二两三四五六七八九十百]+(?:件|个))/ },
  // 能按证券化拿500万吗: the sum hoped for, no fact.
  { target: 'sink', kind: 'yuan', dir: 'forward', re: /(?:拿|领)(?=[0-9一二两三四五六七八九十百千万])/ },
  // 按50万重新算, 按20%是不是能补60万: a claim, not a fact.
  { target: 'sink', kind: 'yuan', dir: 'forward', re: /(?<!LPR|利率)按(?:照)?(?=[0-9一二两三四五六七八九十百千万])/i },
  { target: 'sink', kind: 'percent', dir: 'forward', re: /(?<!LPR|利率)按(?:照)?(?=[0-9一二两三四五六七八九十]|百分之)/i },
  // 去年3件今年12件: a count said of last year beside this year's, outside an art.1 story (whose cues read
  // last year's stock).
  { target: 'sink', kind: 'count', dir: 'forward', when: (c) => !c.art1 && c.yearsApart, re: /(?:去年|上年|上一年|前年)(?:新增|新|注册|获得|拿了|授权|认定|评上|承担|转让给?|许可给?)?(?:了)?(?:是|有|为|只有|才)?(?=[0-9一二两三四五六七八九十几]{1,4}(?:件|个|项|家))/ },
  // 两项一共多少, 两个加起来是多少.
  { target: 'sink', kind: 'count', dir: 'backward', re: /(?:一共|总共|合计|加起来|加在一起|合起来|共)(?=(?:能|可以|可)?(?:拿|补|奖|给|是|有)?(?:多少|几))/ },
];

/** Every award's number words (src/rules/items/art-NN.lexicon.ts), then the general ones. */
const NUMERIC_CUES: NumericCue[] = [...RULE_LEXICONS.flatMap((l) => (l.numbers ?? []).map(compile)), ...GENERAL_CUES];

export function numericAnchors(text: string, ctx: Contexts): Anchor[] {
  const out: Anchor[] = [];
  for (const cue of NUMERIC_CUES) {
    if (cue.when && !cue.when(ctx)) continue;
    for (const { start, end } of matchAll(text, cue.re)) {
      out.push({ start, end, target: cue.target, kind: cue.kind, counters: cue.counters, dir: cue.dir, silent: cue.silent, verb: cue.verb, family: cue.family, zeroFor: cue.zeroFor, sums: cue.sums, decisive: cue.decisive, unconfirmed: cue.unconfirmed });
    }
  }
  return out;
}
