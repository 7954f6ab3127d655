import { RuleCases } from '../testing/rule-case';
import { clusterRegionalTrademark, wellKnownTrademark } from './art-16-trademark-awards.rule';

export const ART16_WELL_KNOWN_CASES: RuleCases = {
  rule: wellKnownTrademark,
  cases: [
    { name: '新获驰名商标 120万元', facts: { newWellKnownTrademark: true }, status: 'eligible', amountYuan: 1_200_000 },
    { name: '没有', facts: { newWellKnownTrademark: false }, status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newWellKnownTrademark'] },
  ],
};

export const ART16_CLUSTER_MARK_CASES: RuleCases = {
  rule: clusterRegionalTrademark,
  cases: [
    { name: '首次注册 30万元', facts: { clusterRegionalMarkFirstRegistered: true }, status: 'eligible', amountYuan: 300000 },
    { name: '没有', facts: { clusterRegionalMarkFirstRegistered: false }, status: 'ineligible', amountYuan: 0 },
  ],
};
