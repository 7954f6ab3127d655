import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART16, ART16_CITY_POLICY } from './art-16.params';
import { flagAward } from './flag-award';

export const wellKnownTrademark = defineRule(['newWellKnownTrademark'], {
  id: 'well-known-trademark',
  applicants: { kinds: ['单位'], clauseId: 'art.16.1', quote: '获得国家级驰名商标的' },
  title: '国家级驰名商标奖励',
  clauseId: 'art.16.1',
  params: [ART16.wellKnownTrademark],
  cityPolicy: ART16_CITY_POLICY,
  assumptions: ['按企业当年新获国家级驰名商标认定奖励一次（120万元），原文未规定按件数累计。'],
  evaluate: (f) =>
    flagAward(
      { label: '获得国家级驰名商标', yes: '当年新获国家级驰名商标认定', no: '当年未新获国家级驰名商标认定' },
      fact(f, 'newWellKnownTrademark'),
      ART16.wellKnownTrademark,
    ),
});

export const clusterRegionalTrademark = defineRule(['clusterRegionalMarkFirstRegistered'], {
  id: 'cluster-regional-trademark',
  applicants: { kinds: ['单位'], clauseId: 'art.16.1', quote: '首次成功注册制造业产业集群区域证明商标和集体商标的' },
  title: '制造业产业集群区域证明商标和集体商标奖励',
  clauseId: 'art.16.1',
  params: [ART16.clusterRegionalMark],
  cityPolicy: ART16_CITY_POLICY,
  assumptions: ['原文“区域证明商标和集体商标”按“证明商标或集体商标”理解：首次成功注册其中任一类即奖励30万元，仅限首次，不按件数累计。'],
  evaluate: (f) =>
    flagAward(
      {
        label: '首次成功注册制造业产业集群区域证明商标或集体商标',
        yes: '首次成功注册制造业产业集群区域证明商标或集体商标',
        no: '未首次成功注册制造业产业集群区域证明商标或集体商标',
      },
      fact(f, 'clusterRegionalMarkFirstRegistered'),
      ART16.clusterRegionalMark,
    ),
});
