import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.15's awards: what says a message is about each. */
export const ART15_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-service-cluster',
    members: '入驻[^，。？?]{0,10}?(?:机构|企业|单位)|(?:示范区|集聚区)(?:里|内)的(?:机构|企业|单位)',
    topic: ['集聚区', '集聚发展示范区', '服务业集聚'],
    retrieval: { terms: ['集聚区', '集聚发展示范区'], synonyms: [['集聚区', '产业园', '服务业集聚区']] },
    english: [
      ['ip service (?:industry )?(?:cluster|agglomeration)(?: (?:demonstration )?zone)?', '知识产权服务业集聚发展示范区'],
    ],
    // An 产业集聚区 is the park applying (art.12), not a service cluster.
    levels: [{ thing: '(?:知识产权)?服务业?(?:的)?集聚(?:发展)?(?:示范)?区|(?<!产业)集聚区', listed: ['国家级', '省级'], field: 'newIpServiceClusterLevels' }],
  },
];
