import { RuleCases } from '../testing/rule-case';
import { highValuePatents } from './art-02-high-value-patents.rule';

const n = (count: number) => ({ newHighValueInventionPatentsCount: count });

export const ART2_CASES: RuleCases = {
  rule: highValuePatents,
  cases: [
    // 9 < 10 → nothing
    { name: '9件：不足10件', facts: n(9), status: 'ineligible', amountYuan: 0, mentions: ['当年新增高价值发明专利9件，未达到10件'] },
    // 10 ≥ 10 (以上含本数) → 20万元
    { name: '恰好10件', facts: n(10), status: 'eligible', amountYuan: 200000 },
    // 29 → still 20万元
    { name: '29件', facts: n(29), status: 'eligible', amountYuan: 200000 },
    // 30 → 60万元 (not 20 + 60)
    { name: '恰好30件', facts: n(30), status: 'eligible', amountYuan: 600000, mentions: ['新增10件以上不再重复奖补'] },
    { name: '49件', facts: n(49), status: 'eligible', amountYuan: 600000 },
    // 50 → 100万元 only
    { name: '恰好50件', facts: n(50), status: 'eligible', amountYuan: 1_000_000 },
    { name: '120件', facts: n(120), status: 'eligible', amountYuan: 1_000_000 },
    { name: '0件', facts: n(0), status: 'ineligible', amountYuan: 0 },
    { name: '数量未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newHighValueInventionPatentsCount'] },
  ],
};
