import { RuleCases } from '../testing/rule-case';
import { ipInsurance } from './art-04-ip-insurance.rule';

const p = (yuan: number) => ({ ipInsurancePremiumYuan: yuan });

export const ART4_INSURANCE_CASES: RuleCases = {
  rule: ipInsurance,
  cases: [
    // 5万元 × 50% = 2.5万元
    { name: '保费5万元', facts: p(50000), status: 'eligible', amountYuan: 25000 },
    // 12345 × 50% = 6172.5 → 6172 (rounded down)
    { name: '奇数保费向下取整', facts: p(12345), status: 'eligible', amountYuan: 6172, mentions: ['不足1元部分舍去'] },
    // 199998 × 50% = 99999 < 10万: just under the cap
    { name: '刚低于上限', facts: p(199998), status: 'eligible', amountYuan: 99999 },
    // 200000 × 50% = 100000 = cap: not reduced
    { name: '恰好等于上限', facts: p(200000), status: 'eligible', amountYuan: 100000 },
    // 200002 × 50% = 100001 > 10万 → 10万
    { name: '刚超过上限', facts: p(200002), status: 'eligible', amountYuan: 100000, capsYuan: [100000] },
    // 1000万 × 50% = 500万 → 10万
    { name: '远超上限', facts: p(10_000_000), status: 'eligible', amountYuan: 100000, capsYuan: [100000] },
    // 1 × 50% = 0.5 → 0
    { name: '保费1元：测算为0元', facts: p(1), status: 'ineligible', amountYuan: 0, mentions: ['测算金额为0元'] },
    { name: '未买保险', facts: p(0), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipInsurancePremiumYuan'] },
  ],
};
