import { RuleCases } from '../testing/rule-case';
import { ipSecuritization } from './art-04-ip-securitization.rule';

const s = (yuan: number) => ({ ipSecuritizationIssueYuan: yuan });

export const ART4_SECURITIZATION_CASES: RuleCases = {
  rule: ipSecuritization,
  cases: [
    // 1亿 × 5% = 500万 = cap
    { name: '发行1亿元：恰好500万元', facts: s(100_000_000), status: 'eligible', amountYuan: 5_000_000 },
    // 99 999 980 × 5% = 4 999 999 < cap
    { name: '刚低于上限', facts: s(99_999_980), status: 'eligible', amountYuan: 4_999_999 },
    // 100 000 020 × 5% = 5 000 001 → 500万
    { name: '刚超过上限', facts: s(100_000_020), status: 'eligible', amountYuan: 5_000_000, capsYuan: [5_000_000] },
    // 2000万 × 5% = 100万
    { name: '发行2000万元', facts: s(20_000_000), status: 'eligible', amountYuan: 1_000_000 },
    { name: '未发行', facts: s(0), status: 'ineligible', amountYuan: 0, mentions: ['发行规模为0元'] },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipSecuritizationIssueYuan'] },
  ],
};
