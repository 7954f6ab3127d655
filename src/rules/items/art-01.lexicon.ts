import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.1's awards: what says a message is about each. */
export const ART1_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-intensive-enterprise',
    topic: ['专利密集', '密集型企业'],
    retrieval: { terms: ['专利密集型企业', '专利密集型', '贯标', '贯标认证', '培训率'], synonyms: [['专利密集型', '专利密集', '专利密集型企业'], ['培训', '培训率', '宣传培训']], expansions: { '贯标': ['企业知识产权管理规范', '国家标准认证'] } },
    english: [
      ['patent[- ]intensive (?:enterprise|company|firm) (?:subsidy|support|funding)', '专利密集型企业资助'],
      ['(?:passed|obtained|got) (?:the )?(?:ip management|gb/?t ?29490) (?:certification|standard)', '通过知识产权管理规范贯标认证'],
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
