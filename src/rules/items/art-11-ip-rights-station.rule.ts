import { decide, fixed } from '../combinators';
import { isTrue } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART11 } from './art-11.params';

export const ipRightsStation = defineRule(['ipRightsStationAssessmentPassed'], {
  id: 'ip-rights-station',
  title: '知识产权维权站点奖励',
  clauseId: 'art.11',
  params: [ART11.award],
  assumptions: ['按年度考核：当年度考核合格的维权站点当年奖励3万元。'],
  evaluate: (f) =>
    decide(
      [
        isTrue({
          clauseId: 'art.11',
          label: '维权站点年度考核合格',
          input: fact(f, 'ipRightsStationAssessmentPassed'),
          yes: '维权站点当年度考核合格',
          no: '维权站点当年度考核不合格',
        }),
      ],
      () => fixed(ART11.award, '维权站点年度奖励'),
    ),
});
