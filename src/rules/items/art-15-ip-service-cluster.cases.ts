import { RuleCases } from '../testing/rule-case';
import { ipServiceCluster } from './art-15-ip-service-cluster.rule';

const l = (...levels: string[]) => ({ newIpServiceClusterLevels: levels });

export const ART15_CASES: RuleCases = {
  rule: ipServiceCluster,
  cases: [
    { name: '国家级 100万元', facts: l('国家级'), status: 'eligible', amountYuan: 1_000_000 },
    { name: '省级 50万元', facts: l('省级'), status: 'eligible', amountYuan: 500000 },
    // 100万 + 50万 as written; 100万 if only the highest
    { name: '两级：分别奖励，另示只奖最高', facts: l('省级', '国家级'), status: 'eligible', amountYuan: 1_500_000, alternativesYuan: [1_000_000] },
    { name: '没有', facts: l(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newIpServiceClusterLevels'] },
  ],
};
