import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.12's awards: what says a message is about each. */
export const ART12_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'trade-secret-zone',
    members: '入驻(?:的)?(?:企业|单位)|园区(?:里|内)的(?:企业|公司)',
    topic: ['商业秘密.{0,12}(基地|示范区|园区)', '商密.{0,6}(基地|示范区)'],
    retrieval: { terms: ['商业秘密', '示范基地'], synonyms: [['商业秘密', '商密', '商秘', '技术秘密']] },
    english: [
      ['trade[- ]secrets? protection demonstration (?:base|zone|area)', '商业秘密保护示范区'],
      ['industrial (?:cluster|park|zone)', '产业集聚区'],
    ],
  },
  {
    ruleId: 'trade-secret-station',
    topic: ['商业秘密.{0,12}站点', '商密.{0,6}站点', '商业秘密(保护)?(示范)?(工作|服务)?站'],
    retrieval: { terms: ['示范站点'] },
    english: [
      ['trade secrets? protection (?:demonstration )?(?:station|site)s?', '商业秘密保护示范站点'],
    ],
    levels: [
      // 示范站点 alone is art.12's too (年底升级成省级示范站点).
      { thing: '商业秘密(?:保护)?(?:示范)?(?:站点|工作站|服务站|站|点)|示范站点?', listed: ['省级', '市级'], field: 'newTradeSecretStationLevels' },
      // 今年升成省级站点了: a bare 站点 with its level, in a message about trade-secret stations.
      { thing: '(?<=(?:省|市)级?(?:的)?)站点', listed: ['省级', '市级'], field: 'newTradeSecretStationLevels', context: '商业秘密' },
    ],
  },
];
