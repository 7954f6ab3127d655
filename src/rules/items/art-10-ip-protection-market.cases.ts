import { RuleCases } from '../testing/rule-case';
import { ipProtectionMarket } from './art-10-ip-protection-market.rule';

const l = (...levels: string[]) => ({ newIpProtectionMarketLevels: levels });

export const ART10_CASES: RuleCases = {
  rule: ipProtectionMarket,
  cases: [
    { name: '国家级 10万元', facts: l('国家级'), status: 'eligible', amountYuan: 100000 },
    { name: '省级 8万元', facts: l('省级'), status: 'eligible', amountYuan: 80000 },
    // both in one year → 10万元, not 18万元
    // 10万 + 8万 as written; 10万 if only the highest
    { name: '两级同年：分别奖励，另示只奖最高', facts: l('省级', '国家级'), status: 'eligible', amountYuan: 180000, alternativesYuan: [100000] },
    { name: '没有新认定', facts: l(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newIpProtectionMarketLevels'] },
  ],
};
