import { decide, fixed, perUnit } from '../combinators';
import { isTrue, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART11 } from './art-11.params';

export const ipRightsStation = defineRule(['ipRightsStationAssessmentPassed', 'ipRightsStationsPassedCount', 'ipRightsStationYearsCount'], {
  id: 'ip-rights-station',
  applicants: { kinds: ['单位'], clauseId: 'art.11', quote: '为辖区内企业积极开展维权服务的维权站点' },
  title: '知识产权维权站点奖励',
  clauseId: 'art.11',
  params: [ART11.award],
  assumptions: [
    '按年度考核，奖励按站点计：当年度考核合格的每个维权站点当年奖励3万元（原文考核与奖励的对象都是“维权站点”）。',
    '“每年给予3万元”：问几个年度合计时，按考核合格的年度数逐年相加（每年单独考核、单独奖励）。',
  ],
  evaluate(f) {
    const count = fact(f, 'ipRightsStationsPassedCount');
    const years = fact(f, 'ipRightsStationYearsCount');
    // 连续三年考核合格，一共多少: the yearly award, year by year (each station each year).
    if (years.value !== undefined) {
      const stations = count.value ?? 1;
      return decide(
        [positive({ clauseId: 'art.11', label: '考核合格的年度', subject: '考核合格的年度', input: years, format: (n) => `${n}年` })],
        () => perUnit(stations * (years.value as number), stations > 1 ? `个站点·年（${stations}个站点 × ${years.value}年）` : '年', ART11.award, '维权站点各年度奖励合计'),
      );
    }
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
