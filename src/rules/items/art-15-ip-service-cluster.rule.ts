import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART15 } from './art-15.params';
import { levelAward } from './level-award';

export const ipServiceCluster = defineRule(['newIpServiceClusterLevels'], {
  id: 'ip-service-cluster',
  oneOff: { clauseId: 'art.15', quote: '分别给予一次性100万元/家、50万元/家奖励' },
  applicants: { kinds: ['园区'], clauseId: 'art.15', quote: '对新建的具有集聚效应的国家和省级知识产权服务业集聚发展示范区' },
  title: '知识产权服务业集聚发展示范区奖励',
  clauseId: 'art.15',
  params: Object.values(ART15),
  interpretations: ['levels-same-year'],
  assumptions: ['对新建的具有集聚效应的国家级、省级知识产权服务业集聚发展示范区一次性奖励100万元、50万元；同一示范区两级均获批的按原文字面分别奖励（另示只奖最高一级的金额）。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.15', subject: '知识产权服务业集聚发展示范区', interpretationId: 'levels-same-year', verb: '新建' }, fact(f, 'newIpServiceClusterLevels'), [
      ['国家级', ART15.national],
      ['省级', ART15.provincial],
    ]),
});
