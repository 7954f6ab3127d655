import { RuleCases } from '../testing/rule-case';
import { tradeSecretStation } from './art-12-trade-secret-station.rule';

const l = (...levels: string[]) => ({ newTradeSecretStationLevels: levels });

export const ART12_STATION_CASES: RuleCases = {
  rule: tradeSecretStation,
  cases: [
    { name: '省级站点 5万元', facts: l('省级'), status: 'eligible', amountYuan: 50000 },
    { name: '市级站点 2万元', facts: l('市级'), status: 'eligible', amountYuan: 20000 },
    // 5万 + 2万 as written; 5万 if only the highest
    { name: '两级同年：分别奖励，另示只奖最高', facts: l('市级', '省级'), status: 'eligible', amountYuan: 70000, alternativesYuan: [50000] },
    { name: '没有新创建', facts: l(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newTradeSecretStationLevels'] },
  ],
};
