import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.15's awards (say → facts), run by one test. */
export const ART15_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-service-cluster',
    phrasings: [
      { say: '我们园区新建成了省级知识产权服务业集聚发展示范区', facts: { organizationType: '园区', newIpServiceClusterLevels: ['省级'] } },
      { say: '获批国家知识产权服务业集聚发展示范区', facts: { newIpServiceClusterLevels: ['国家级'] } },
      { say: '省级', asked: 'newIpServiceClusterLevels', facts: { newIpServiceClusterLevels: ['省级'] } },
      { say: '知识产权服务业集聚区还没建成', facts: { newIpServiceClusterLevels: [] } },
      { say: '今年新建的国家级知识产权服务业集聚区批下来了', facts: { newIpServiceClusterLevels: ['国家级'] } },
    ],
  },
];
