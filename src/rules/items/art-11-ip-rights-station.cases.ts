import { RuleCases } from '../testing/rule-case';
import { ipRightsStation } from './art-11-ip-rights-station.rule';

export const ART11_CASES: RuleCases = {
  rule: ipRightsStation,
  cases: [
    { name: '考核合格 3万元', facts: { ipRightsStationAssessmentPassed: true }, status: 'eligible', amountYuan: 30000 },
    { name: '考核不合格', facts: { ipRightsStationAssessmentPassed: false }, status: 'ineligible', amountYuan: 0, mentions: ['考核不合格'] },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipRightsStationAssessmentPassed'] },
  ],
};
