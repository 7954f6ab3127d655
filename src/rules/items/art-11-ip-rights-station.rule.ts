import { decide, fixed, perUnit } from '../combinators';
import { isTrue, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART11 } from './art-11.params';

export const ipRightsStation = defineRule(['ipRightsStationAssessmentPassed', 'ipRightsStationsPassedCount'], {
  id: 'ip-rights-station',
  applicants: { kinds: ['单位'], clauseId: 'art.11', quote: '为辖区内企业积极开展维权服务的维权站点' },
  title: '知识产权维权站点奖励',
  clauseId: 'art.11',
  params: [ART11.award],
  assumptions: ['按年度考核，奖励按站点计：当年度考核合格的每个维权站点当年奖励3万元（原文考核与奖励的对象都是“维权站点”）。'],
  evaluate(f) {
    const count = fact(f, 'ipRightsStationsPassedCount');
    // Several stations: each that passed is paid (四个站点都考核合格 → 4 × 3万).
    if (count.value !== undefined) {
      return decide(
        [positive({ clauseId: 'art.11', label: '当年度考核合格的维权站点', subject: '考核合格的维权站点', input: count, format: (n) => `${n}个` })],
        () => perUnit(count.value as number, '个站点', ART11.award, '维权站点年度奖励'),
      );
    }
    return decide(
      [isTrue({ clauseId: 'art.11', label: '维权站点年度考核合格', input: fact(f, 'ipRightsStationAssessmentPassed'), yes: '维权站点当年度考核合格', no: '维权站点当年度考核不合格' })],
      () => fixed(ART11.award, '维权站点年度奖励'),
    );
  },
});
