import { applicantWordsOf } from '../../rules/lexicon/applicant-kinds';
import type { ProfileKey } from '../../rules/profile.schema';
import { FOREIGN_COUNTRY_RE, listedLevels, OFFICE_OR_REGION } from './fact-lexicon';
import { matchAll, type Span } from './fact-text';
import type { Anchor } from './fact-types';

/**
 * The words that name each numeric fact, and the topic a message is about, which decides what a shared
 * word means: 发明专利 is the art.1 stock in most messages, an agency's grants in an agency's message
 * (art.14), the first patent in an art.9 story; 销售额 is the annual sales, or in an art.9 story the sales
 * of the product made with the first patent; 判赔 and 代理费 depend on whether the suit was abroad.
 */

export interface Contexts {
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
  const art9 = ART9_STORY.test(text) || has(ART9_FIELDS);
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
    trademark: /商标|马德里/.test(text) || has(TRADEMARK_FIELDS),
    securitization: /ABS|证券化|公开发行/i.test(text) || focus.has('ipSecuritizationIssueYuan'),
    privateIssue: PRIVATE_ISSUE.test(text),
    loan: /质押|贴息/.test(text) || focus.has('ipPledgeLoans') || focus.has('pledgeLoanSubsidyYear'),
    earlyWarning: /预警/.test(text) && !/导航/.test(text),
    highValue: /高价值/.test(text),
    madridOnly: (/马德里/.test(text) || focus.has('madridTrademarkFeesYuan')) && !OFFICE_OR_REGION.test(text),
  };
}

/** A cue becomes an Anchor where its pattern matches: it carries the anchor's fields, plus how to find it. */
type NumericCue = Omit<Anchor, keyof Span> & {
  re: RegExp;
  when?: (c: Contexts) => boolean;
};

const PATENTS = ['件', '个', '项'];
const FIRMS = ['家', '个'];
const PROJECTS = ['项', '个'];
const COUNTRIES = ['个', '国'];
const WARNING = listedLevels('newIpEarlyWarningProjectsCount');

/**
 * Invention patents being licensed or sold (把6件发明专利许可给了…), or the ones an award went to
 * (三件发明专利都拿了优秀奖): not the art.1 stock.
 */
const NOT_THE_STOCK = '(?![^，。]{0,3}(?:许可|转让|转移|卖给)|[^，。]{0,4}(?:分别|都|各)?(?:拿|获|得|评)(?:了)?[^，。]{0,10}奖)';
const INVENTION_STOCK = new RegExp(`发明(?:专利)?${NOT_THE_STOCK}`);
// 发明人 (inventor), 发明奖 are no invention patents.
const INVENTION = '(?:自主研发|自研|自己研发|自有)?的?(?:有效)?的?发明(?:专利|(?![人者奖家]))';
const VERB = '(?:是|有|为|达到?了?)?';

const TRANSFER_VALUE = /成交(?:金额|额|价|价格|总额)?|(?:转让|许可)(?:费|费用|金额|收入|总额|价款|合同(?:金额)?)|交易(?:额|金额)|合同(?:金额|额)/;
const DAMAGES = /判赔|判决赔偿|(?:获得)?赔偿(?:金额|款)?|赔了|获赔|判(?:了)?(?:对方|被告)?赔(?:偿)?(?:我们|我方)?(?:了)?/;
const AGENCY_FEES = /(?:维权)?(?:代理费|律师费|代理律师费|律师代理费)(?:用)?(?:花了|付了|是|为|一共)?/;

/** art.1's stock of invention patents: its cues take counts of patents, in a message about art.1. */
const ART1_COUNT = { kind: 'count', counters: PATENTS, when: (c: Contexts) => c.art1, family: 'art1' } as const;
/** A time word or verb of art.1 (今年, 去年, 比去年多了): no mention by itself, and it yields to nouns of other topics. */
const ART1_TIME_WORD = { ...ART1_COUNT, silent: true, verb: true } as const;

const NUMERIC_CUES: NumericCue[] = [
  // art.1: the stock now, last year's stock, and the increase, told apart by their time words.
  {
    ...ART1_COUNT,
    target: 'selfDevelopedInventionPatentsCount',
    // Not patents being licensed or sold (把6件发明专利许可给了…): those are art.8's, not the stock.
    re: new RegExp(`(?:累计|目前|现在|现有|当前|总共|一共|共|年末|年底)?(?:拥有|有)?${INVENTION}(?:总数|数量|总量|存量)?${VERB}${NOT_THE_STOCK}`),
  },
  {
    ...ART1_TIME_WORD,
    target: 'selfDevelopedInventionPatentsCount',
    re: /(?:今年|当年|本年|现在|目前)(?:年?底)?(?:的)?(?:时候)?(?:有|是|为)?|(?:增加|增长|增|涨)(?:到|至)了?/,
  },
  {
    ...ART1_TIME_WORD,
    target: 'selfDevelopedInventionPatentsLastYearCount',
    re: new RegExp(`(?:去年|上年|上一年|前一年)(?:年底|底|末|年末)?(?:的时候|时|的)?(?:是|有|为|拥有)?(?:${INVENTION})?`),
  },
  {
    ...ART1_TIME_WORD,
    target: 'increase',
    re: new RegExp(
      `(?:比(?:去年|上年|上一年)(?:同期|年底|底|末)?|同比|较(?:去年|上年))(?:多了?|增加了?|增长了?|新增了?|净增了?|增了|多出了?)?(?:${INVENTION})?` +
        `|(?:新增了?|增加了?|增长了?|净增了?|多了|多出了?|增量(?:是|为)?)(?!到|至)(?:${INVENTION})?`,
    ),
  },
  // art.2
  {
    target: 'newHighValueInventionPatentsCount',
    kind: 'count',
    counters: PATENTS,
    re: /(?:今年|当年)?(?:新增了?|新授权了?|新获得?了?|新)?(?:的)?高价值(?:的)?(?:发明)?(?:专利)?(?:新增了?|有|是|达到?了?)?/,
  },
  // 高价值发明专利累计60件，今年新增12件: after the high-value stock, the new ones are this count.
  {
    target: 'newHighValueInventionPatentsCount',
    kind: 'count',
    counters: PATENTS,
    when: (c) => c.highValue && !c.art1,
    decisive: true,
    // Only right after the high-value stock was told, and the number right after 新增: 今年新增12件，其中高价值3件
    // is all new patents, and 新增实用新型专利35件 is that noun's.
    re: /(?<=高价值[^。]{0,16}(?:累计|拥有|共有|总共|一共|存量|总数)[^。]{0,12}[，,]\s?)(?:其中)?(?:今年|当年)?(?:新增了?|新授权了?)(?=(?:[0-9]{1,4}|[一二两三四五六七八九十百几]{1,4})(?:件|个))/,
  },
  // art.1 sales; in an art.9 story plain sales words are the first patent's product sales.
  {
    target: 'annualSalesYuan',
    kind: 'yuan',
    when: (c) => !c.art9,
    re: new RegExp(
      `(?:企业|公司)?(?:的)?(?:年|全年|今年|去年|当年|年度)?(?:的)?(?:销售(?:额|收入)|营业(?:收入|额)|营收|主营(?:业务)?收入|总收入|年收入|总营收|产值|销售|卖了)${VERB}`,
    ),
  },
  {
    target: 'annualSalesYuan',
    kind: 'yuan',
    when: (c) => c.art9,
    re: /(?:企业|公司)(?:的)?(?:年|全年)?(?:销售(?:额|收入)|营收|总收入)|(?:全年|年)总(?:收入|营收)/,
  },
  {
    target: 'firstInventionPatentProductSalesYuan',
    kind: 'yuan',
    when: (c) => c.art9,
    re: /(?:用(?:这件|该|这个|那件)?(?:专利|发明)(?:生产)?的?)?(?:专利)?(?:产品)?(?:的)?(?:年)?(?:销售(?:额|收入)?|卖了|销量|营收)(?:是|有|为|达到?了?)?/,
  },
  {
    target: 'patentProductSalesYuan',
    kind: 'yuan',
    when: (c) => !c.art9,
    re: new RegExp(`专利产品(?:的)?(?:销售(?:额|收入)?|收入|卖了|营收)${VERB}`),
  },
  {
    target: 'patentProductSalesPercent',
    kind: 'percent',
    re: new RegExp(
      `专利产品(?:的)?(?:销售)?(?:收入|额)?(?:的)?(?:正好|刚好|恰好|大概|大约|约)?(?:占比|比例|比重|占了?|占到了?|大概占|约占|能占)(?:企业)?(?:当年)?(?:总)?(?:收入|营收|销售额?|营业额)?(?:的)?(?:比例|比重)?${VERB}` +
        `|占(?:企业)?(?:当年)?(?:总)?(?:收入|营收|销售额?|营业额)(?:的)?(?:比例|比重)?${VERB}|占比${VERB}`,
    ),
  },
  {
    target: 'ipStaffTrainingRatePercent',
    kind: 'percent',
    re: new RegExp(`(?:知识产权)?培训(?:率|比例|覆盖率|覆盖面|比率)${VERB}|(?:研发人员|从业人员|员工|技术人员|人员)?(?:的)?(?:参加|参与|接受)?(?:了)?(?:知识产权)?培训(?:了)?`),
  },
  // art.4
  { target: 'lprOneYearPercent', kind: 'rate', re: /(?:上年末)?(?:的)?(?:一年期)?(?:贷款市场报价利率|LPR)(?:利率)?(?:是|为|按|按照|取)?/i },
  { target: 'sink', kind: 'rate', re: /(?:年|贷款|实际|执行)?利率(?:是|为)?|年化|上浮|下浮/ },
  { target: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'backward', silent: true, re: /度?(?:的)?(?:贷款)?(?:利息|贴息)/ },
  { target: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'forward', silent: true, re: /(?:贴息|利息(?:所属)?)(?:的)?年度(?:是|为)?/ },
  // "2024年度：专利权质押…", "按2024年度申请贴息": in a message about pledge loans a 年度 is the subsidy year.
  { target: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'backward', silent: true, when: (c) => c.loan, re: /(?<=年)度(?!以前|之前)/ },
  {
    target: 'ipInsurancePremiumYuan',
    kind: 'yuan',
    // 侵权责任险, 执行险: the short names of the same insurance.
    re: /(?:知识产权|专利|商标)?(?:执行|侵权|被侵权|海外侵权|综合)?(?:责任|损失)?(?:保险|(?<=执行|侵权|责任|损失|专利|知识产权)险)(?:的)?(?:保费|保险费|费用)?(?:花了|交了|缴了|是|为)?|保费|保险费/,
  },
  // art.4.3 counts public issues only: a private placement (私募, 非公开, 定向发行) takes its figures away.
  {
    target: 'ipSecuritizationIssueYuan',
    kind: 'yuan',
    when: (c) => !c.privateIssue,
    re: /(?:的)?(?:知识产权|专利)?(?:ABS|资产证券化(?:产品)?|证券化(?:产品)?)(?:的)?(?:发行规模|规模|金额)?(?:是|为|达到?了?)?|(?<!非)公开发行(?:了)?(?:的)?(?:规模|金额|总额)?(?:是|为|达到?了?)?|发行(?:规模|总额|金额|额)(?:是|为|达到?了?)?/i,
  },
  { target: 'ipSecuritizationIssueYuan', kind: 'yuan', when: (c) => c.securitization && !c.privateIssue, re: /(?:发行)?(?:规模|总额)(?:是|为|有|达到?了?)?/ },
  {
    target: 'sink',
    kind: 'yuan',
    when: (c) => c.privateIssue,
    re: /(?:的)?(?:知识产权|专利)?(?:ABS|资产证券化(?:产品)?|证券化(?:产品)?)(?:的)?(?:发行规模|规模|金额)?|(?:私募|非公开|定向)(?:发行)?(?:的)?(?:规模|金额)?|(?:发行)?规模/i,
  },
  // Award amounts quoted, and business figures that are no fact of the profile (订单, 利润, 研发投入 …):
  // they take their numbers so nothing else, and no reply to a focus, does.
  {
    target: 'sink',
    kind: 'yuan',
    re: /奖励|补助|资助|补贴|奖金|能拿|可以拿|能领|可以领|拿到|能奖|奖了?|能补|可以补|可补|报销|上限|封顶|最高|配套|注册资本|注册资金|贴息(?!年度)|订单|投资|投入|利润|净利|税收|纳税|缴税|工资|成本|研发费用|资产|估值|利息/,
  },
  { target: 'sink', kind: 'percent', re: /增长率?|增速|涨了|下降了?|利润率|毛利率|净利率|税率|占有率|份额|研发投入占比|资产负债率/ },
  // A figure the user asks to compute with (按50万重新算, 按20%是不是能补60万): a claim, not a fact.
  { target: 'sink', kind: 'yuan', dir: 'forward', re: /(?<!LPR|利率)按(?:照)?(?=[0-9一二两三四五六七八九十百千万])/i },
  { target: 'sink', kind: 'percent', dir: 'forward', re: /(?<!LPR|利率)按(?:照)?(?=[0-9一二两三四五六七八九十]|百分之)/i },
  // 两项一共多少, 两个加起来是多少: the number of items asked to add up.
  { target: 'sink', kind: 'count', dir: 'backward', re: /(?:一共|总共|合计|加起来|加在一起|合起来|共)(?=(?:能|可以|可)?(?:拿|补|奖|给|是|有)?(?:多少|几))/ },
  // art.6: only the levels its lexicon lists (市级 and above) count; a 区级 early-warning project is not this fact.
  {
    target: 'newIpEarlyWarningProjectsCount',
    kind: 'count',
    counters: PROJECTS,
    sums: true,
    re: new RegExp(`(?:${WARNING.listed})?(?:及以上)?(?:的)?(?:知识产权)?预警(?:分析)?(?:项目)?`),
  },
  // 国家级预警项目1项、市级2项: each further level's count in an early-warning story, added up.
  {
    target: 'newIpEarlyWarningProjectsCount',
    kind: 'count',
    counters: PROJECTS,
    sums: true,
    when: (c) => c.earlyWarning,
    re: new RegExp(`(?<=[、，,和及])(?:${WARNING.listed})(?:的)?(?=(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:项|个))`),
  },
  {
    target: 'sink',
    kind: 'count',
    counters: PROJECTS,
    zeroFor: 'newIpEarlyWarningProjectsCount',
    re: new RegExp(
      `(?:${WARNING.unlisted})(?:的)?(?:知识产权)?预警(?:分析)?(?:项目)?|(?:知识产权)?预警(?:分析)?(?:项目)?[（(]?(?:是|属于|为)?(?:${WARNING.unlisted})(?:的)?(?:项目)?[)）]?`,
    ),
  },
  // art.8 is the transferring university's fact; in a buyer's art.9 story a transfer fee is its price.
  {
    target: 'patentTransferLicenseeCount',
    kind: 'count',
    counters: FIRMS,
    when: (c) => !c.art9,
    verb: true,
    // 许可收益, 许可费 are money, not the firms licensed.
    re: /(?:专利)?(?:(?:许可|转让|转移|授权使用)(?!收益|费|收入|合同|金额|价款)(?:给了?|了)?|卖给了?)(?:金东(?:区)?(?:的|内)?)?|受让(?:企业|方|单位)?(?:有|共)?|被许可(?:企业|方)?(?:有|共)?/,
  },
  { target: 'patentTransferValueYuan', kind: 'yuan', when: (c) => !c.art9, re: TRANSFER_VALUE },
  { target: 'sink', kind: 'yuan', when: (c) => c.art9, re: TRANSFER_VALUE },
  { target: 'patentTransferValueYuan', kind: 'yuan', when: (c) => c.transfer && !c.art9, re: /(?:一共|总共|共)?收(?:了|入)/ },
  // 向20家企业转让，其中金东的12家: only firms in Jindong count (art.8), so that number decides.
  { target: 'patentTransferLicenseeCount', kind: 'count', counters: FIRMS, when: (c) => !c.art9, decisive: true, re: /其中(?:在)?金东(?:区)?(?:内)?(?:的)?(?:企业)?(?:有|是|占)?/ },
  // 许可给了金东区的企业，一共5家: the number of firms in a clause of its own.
  { target: 'patentTransferLicenseeCount', kind: 'count', counters: ['家'], when: (c) => c.transfer && !c.art9, re: /(?:一共|总共|共计|共|累计|合计)(?:是|有)?/ },
  // art.13
  { target: 'domesticPatentDamagesYuan', kind: 'yuan', when: (c) => !c.foreignSuit && !c.settled, re: DAMAGES },
  { target: 'sink', kind: 'yuan', when: (c) => c.foreignSuit || c.settled, re: DAMAGES },
  { target: 'foreignPatentSuitAgencyFeesYuan', kind: 'yuan', when: (c) => c.foreignSuit, re: AGENCY_FEES },
  { target: 'sink', kind: 'yuan', when: (c) => !c.foreignSuit, re: AGENCY_FEES },
  // art.14
  {
    target: 'agencyOperatingMonths',
    kind: 'months',
    when: (c) => c.agency,
    re: /(?:开了|运作了?|运营了?|成立了?|落户了?|设立了?|开业了?|入驻了?|办了|经营了?|营业了?)(?:满|有|快|已经|都|整)?/,
  },
  {
    target: 'agencyPatentGrantsCount',
    kind: 'count',
    counters: PATENTS,
    when: (c) => c.agency,
    re: /代理(?:的|了)?(?:专利)?(?:的)?授权(?:的)?(?:专利)?(?:总量|总数|量|数)?(?:是|有|为|达到?了?)?|(?:专利)?授权(?:总量|总数|量)(?:是|有|为)?|代理了?(?:专利)?/,
  },
  {
    target: 'agencyInventionPatentGrantsCount',
    kind: 'count',
    counters: PATENTS,
    when: (c) => c.agency,
    re: /(?:其中)?(?:的)?发明(?:专利)?(?:授权)?(?:的)?(?:有|是|为)?|其中/,
  },
  // art.16
  {
    target: 'madridTrademarkFeesYuan',
    kind: 'yuan',
    re: /马德里(?:国际)?(?:体系)?(?:商标)?(?:国际)?(?:注册)?(?:商标)?(?:的)?(?:注册费|费用|规费|官费)?(?:花了|交了|缴了|付了|是|为)?/,
  },
  // 通过马德里体系注册商标，…，注册费一共4.2万: the fee in a clause of its own.
  { target: 'madridTrademarkFeesYuan', kind: 'yuan', when: (c) => c.madridOnly, re: /(?<!代理|律师|服务|翻译)(?:注册)?(?:费用|规费|官费|注册费)(?:一共|总共|共|花了|交了|缴了|付了|是|为)*/ },
  { target: 'giTrademarksCount', kind: 'count', counters: ['件', '个'], sums: true, re: /地理标志(?:证明商标|集体商标|商标)?(?:或集体商标)?/ },
  {
    target: 'singleCountryTrademarkCountries',
    kind: 'count',
    counters: COUNTRIES,
    dir: 'backward',
    when: (c) => c.trademark,
    // Only after a count (8个国家): 国家驰名商标, 国家知识产权局 are no countries counted.
    // Countries designated through Madrid (指定了十几个国家) are not registered one by one.
    re: /(?<!指定[^，。；]{0,8})(?<=[0-9一二两三四五六七八九十几多个])国家(?:单独|分别|单一|逐一)?(?:注册)?/,
  },
  { target: 'sink', kind: 'count', counters: COUNTRIES, re: /(?:马德里)?(?:体系)?指定(?:了|的)?/ },
  {
    target: 'singleCountryTrademarkCountries',
    kind: 'count',
    counters: COUNTRIES,
    when: (c) => c.trademark,
    re: /(?:单独|分别|单一国家|逐一|逐个国家)注册(?:了)?(?:商标)?/,
  },
];

export function numericAnchors(text: string, ctx: Contexts): Anchor[] {
  const out: Anchor[] = [];
  for (const cue of NUMERIC_CUES) {
    if (cue.when && !cue.when(ctx)) continue;
    for (const { start, end } of matchAll(text, cue.re)) {
      out.push({ start, end, target: cue.target, kind: cue.kind, counters: cue.counters, dir: cue.dir, silent: cue.silent, verb: cue.verb, family: cue.family, zeroFor: cue.zeroFor, sums: cue.sums, decisive: cue.decisive });
    }
  }
  return out;
}
