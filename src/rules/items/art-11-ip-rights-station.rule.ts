import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART11 } from './art-11.params';
import { flagAward } from './flag-award';

export const ipRightsStation = defineRule(['ipRightsStationAssessmentPassed'], {
  id: 'ip-rights-station',
  applicants: { kinds: ['单位'], clauseId: 'art.11', quote: '为辖区内企业积极开展维权服务的维权站点' },
  title: '知识产权维权站点奖励',
  clauseId: 'art.11',
  params: [ART11.award],
  assumptions: ['按年度考核：当年度考核合格的维权站点当年奖励3万元。'],
  evaluate: (f) =>
    flagAward(
      { label: '维权站点年度考核合格', yes: '维权站点当年度考核合格', no: '维权站点当年度考核不合格', awardLabel: '维权站点年度奖励' },
      fact(f, 'ipRightsStationAssessmentPassed'),
      ART11.award,
    ),
});
