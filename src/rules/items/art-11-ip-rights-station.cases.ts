import { RuleCases } from '../testing/rule-case';
import { ipRightsStation } from './art-11-ip-rights-station.rule';

export const ART11_CASES: RuleCases = {
  rule: ipRightsStation,
  cases: [
    { name: '考核合格 3万元', facts: { ipRightsStationAssessmentPassed: true }, status: 'eligible', amountYuan: 30000 },
    { name: '考核不合格', facts: { ipRightsStationAssessmentPassed: false }, status: 'ineligible', amountYuan: 0, mentions: ['考核不合格'] },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipRightsStationAssessmentPassed'] },
    // 4 stations passed: 4 × 3万 = 12万
    { name: '四个站点考核合格 12万元', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 4 }, status: 'eligible', amountYuan: 120000 },
    // 1 station: 3万
    { name: '一个站点 3万元', facts: { ipRightsStationsPassedCount: 1 }, status: 'eligible', amountYuan: 30000 },
    { name: '没有站点考核合格', facts: { ipRightsStationsPassedCount: 0 }, status: 'ineligible', amountYuan: 0 },
    // Three years passed, asked together: 3 × 3万 = 9万; two stations over two years: 4 × 3万 = 12万
    { name: '连续三年考核合格 9万元', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationYearsCount: 3 }, status: 'eligible', amountYuan: 90000 },
    { name: '两个站点两年 12万元', facts: { ipRightsStationsPassedCount: 2, ipRightsStationYearsCount: 2 }, status: 'eligible', amountYuan: 120000 },
  ],
};
