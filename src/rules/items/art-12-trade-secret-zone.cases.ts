import { RuleCases } from '../testing/rule-case';
import { tradeSecretZone } from './art-12-trade-secret-zone.rule';

const z = (...zones: string[]) => ({ newTradeSecretZones: zones });

export const ART12_ZONE_CASES: RuleCases = {
  rule: tradeSecretZone,
  cases: [
    { name: '国家示范基地 30万元', facts: z('国家商业秘密保护示范基地'), status: 'eligible', amountYuan: 300000 },
    { name: '省级示范区 10万元', facts: z('省级商业秘密保护示范区'), status: 'eligible', amountYuan: 100000 },
    // 30万 + 10万 as written; 30万 if only the highest
    { name: '两项同年：分别奖励，另示只奖最高', facts: z('省级商业秘密保护示范区', '国家商业秘密保护示范基地'), status: 'eligible', amountYuan: 400000, alternativesYuan: [300000] },
    { name: '没有新建', facts: z(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newTradeSecretZones'] },
  ],
};
