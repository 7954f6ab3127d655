import { COUNTERS, LINK_VERB } from '../lexicon/number-words';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/**
 * Invention patents being licensed or sold (把6件发明专利许可给了…), or the ones an award went to
 * (三件发明专利都拿了优秀奖): not the art.1 stock.
 */
export const NOT_THE_STOCK = '(?![^，。]{0,3}(?:许可|转让|转移|卖给)|[^，。]{0,4}(?:分别|都|各)?(?:拿|获|得|评)(?:了)?[^，。]{0,10}奖)';
// 发明人 (inventor), 发明奖 are no invention patents.
const INVENTION = '(?:自主研发|自研|自己研发|自有)?的?(?:有效)?的?发明(?:专利|(?![人者奖家]))';
/** art.1's stock of invention patents: counts of patents, in a message about art.1. */
const STOCK = { kind: 'count', counters: COUNTERS.patents, only: ['art1'], family: 'art1' } as const;
/** A time word or verb of art.1 (今年, 去年, 比去年多了): no mention by itself; it yields to nouns of other topics. */
const STOCK_TIME_WORD = { ...STOCK, silent: true, verb: true } as const;

/** The words of art.1's awards: what says a message is about each. */
export const ART1_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-intensive-enterprise',
    flags: [{ field: 'ipManagementStandardCertified', words: '贯标|(?:企业)?知识产权管理(?:规范|体系)(?:国家标准)?(?:认证)?|管理规范认证' }],
    // The stock now, last year's stock, and the increase, told apart by their time words; not patents being
    // licensed or sold (把6件发明专利许可给了…), which are art.8's.
    numbers: [
      {
        ...STOCK,
        field: 'selfDevelopedInventionPatentsCount',
        words: `(?:累计|目前|现在|现有|当前|总共|一共|共|年末|年底)?(?:拥有|有)?${INVENTION}(?:总数|数量|总量|存量)?${LINK_VERB}${NOT_THE_STOCK}`,
      },
      { ...STOCK_TIME_WORD, field: 'selfDevelopedInventionPatentsCount', words: '(?:今年|当年|本年|现在|目前)(?:年?底)?(?:的)?(?:时候)?(?:有|是|为)?|(?:增加|增长|增|涨)(?:到|至)了?' },
      {
        ...STOCK_TIME_WORD,
        field: 'selfDevelopedInventionPatentsLastYearCount',
        words: `(?:去年|上年|上一年|前一年)(?:年底|底|末|年末)?(?:的时候|时|的)?(?:是|有|为|拥有)?(?:${INVENTION})?`,
      },
      {
        ...STOCK_TIME_WORD,
        field: 'increase',
        words:
          `(?:比(?:去年|上年|上一年)(?:同期|年底|底|末)?|同比|较(?:去年|上年))(?:多了?|增加了?|增长了?|新增了?|净增了?|增了|多出了?)?(?:${INVENTION})?` +
          `|(?:新增了?|增加了?|增长了?|净增了?|多了|多出了?|增量(?:是|为)?)(?!到|至)(?:${INVENTION})?`,
      },
      // In an art.9 story plain sales words are the first patent's product sales (art-09.lexicon.ts): the
      // enterprise's own sales need the enterprise named there.
      {
        field: 'annualSalesYuan',
        kind: 'yuan',
        not: ['art9'],
        words: `(?:企业|公司)?(?:的)?(?:年|全年|今年|去年|当年|年度)?(?:的)?(?:销售(?:额|收入)|营业(?:收入|额)|营收|主营(?:业务)?收入|总收入|年收入|总营收|产值|销售|卖了)${LINK_VERB}`,
      },
      { field: 'annualSalesYuan', kind: 'yuan', only: ['art9'], words: '(?:企业|公司)(?:的)?(?:年|全年)?(?:销售(?:额|收入)|营收|总收入)|(?:全年|年)总(?:收入|营收)' },
      { field: 'patentProductSalesYuan', kind: 'yuan', not: ['art9'], words: `专利产品(?:的)?(?:销售(?:额|收入)?|收入|卖了|营收)${LINK_VERB}` },
      // 年销售2600万，其中专利产品900万: the share named after the sales, a figure of its own.
      { field: 'patentProductSalesYuan', kind: 'yuan', not: ['art9'], words: '(?<=(?:销售|营收|收入)[^。；]{0,16})其中(?:的)?专利产品(?:占|有|是)?(?=[0-9一二两三四五六七八九十百千]+(?:\\.[0-9]+)?(?:万|亿|元|w))' },
      {
        field: 'patentProductSalesPercent',
        kind: 'percent',
        words:
          `专利产品(?:的)?(?:销售)?(?:收入|额)?(?:的)?(?:正好|刚好|恰好|大概|大约|约)?(?:占比|比例|比重|占了?|占到了?|大概占|约占|能占)(?:企业)?(?:当年)?(?:总)?(?:收入|营收|销售额?|营业额)?(?:的)?(?:比例|比重)?${LINK_VERB}` +
          `|占(?:企业)?(?:当年)?(?:总)?(?:收入|营收|销售额?|营业额)(?:的)?(?:比例|比重)?${LINK_VERB}|占比${LINK_VERB}`,
      },
      {
        field: 'ipStaffTrainingRatePercent',
        kind: 'percent',
        words: `(?:知识产权)?培训(?:率|比例|覆盖率|覆盖面|比率)${LINK_VERB}|(?:研发人员|从业人员|员工|技术人员|人员)?(?:的)?(?:参加|参与|接受)?(?:了)?(?:知识产权)?培训(?:了)?`,
      },
    ],
    topic: ['专利密集', '密集型企业'],
    retrieval: { terms: ['专利密集型企业', '专利密集型', '贯标', '贯标认证', '培训率'], synonyms: [['专利密集型', '专利密集', '专利密集型企业'], ['培训', '培训率', '宣传培训']], expansions: { '贯标': ['企业知识产权管理规范', '国家标准认证'] } },
    english: [
      ['patent[- ]intensive (?:enterprise|company|firm) (?:subsidy|support|funding)', '专利密集型企业资助'],
      ['(?:passed|obtained|got) (?:the )?(?:national )?(?:ip management|gb/?t ?29490) (?:standard )?(?:\\(gb/?t ?29490\\) )?(?:certification|standard)', '通过知识产权管理规范贯标认证'],
      ['(?:sales|revenue|turnover) of patented products', '专利产品销售收入'],
      ['(?:year[- ]on[- ]year|compared (?:with|to) last year|more than last year)', '比上年'],
      ['patent[- ]intensive(?: (?:enterprise|company|firm))?', '专利密集型企业'],
      ['(?:ip|intellectual property) management (?:standard|system|norms?)(?: certification)?|gb/?t ?29490', '知识产权管理规范贯标认证'],
      ['self[- ](?:developed|owned)', '自主研发'],
      ['valid invention patents?', '有效发明专利'],
      ['patent(?:ed)? products?(?: sales)?', '专利产品销售'],
      ['annual (?:sales|revenue|turnover)|(?:sales )?revenue|turnover', '年销售收入'],
      ['training rate', '培训率'],
      ['all (?:ip and r&d |r&d and ip )?staff (?:were |got )?trained', '培训率100%'],
    ],
    // Utility models and designs are no invention patents: the tiers count invention patents only.
    lookAlikes: [{ words: '实用新型(?:专利)?|外观设计(?:专利)?', field: 'selfDevelopedInventionPatentsCount', what: '实用新型、外观设计专利' }],
  },
];
