import { RuleCases } from '../testing/rule-case';
import { ipPledgeLoanInterest } from './art-04-ip-pledge-loan-interest.rule';

/** A pure patent pledge loan repaid on time, a full year of interest. */
const loan = (over: Record<string, unknown> = {}) => ({
  rightType: '专利权',
  loanPrincipalYuan: 1_000_000,
  ipPledgedPrincipalYuan: 1_000_000,
  interestMonths: 12,
  interestPaidYuan: 40_000,
  repaidOnTime: true,
  ...over,
});
const big = (rightType: string, principal: number) =>
  loan({ rightType, loanPrincipalYuan: principal, ipPledgedPrincipalYuan: principal, interestPaidYuan: principal });

// Subsidy year 2024 → LPR at the end of 2023: 3.45 %; 3.45 % × 80 % = 2.76 % a year.
const Y2024 = { pledgeLoanSubsidyYear: 2024 };

export const ART4_PLEDGE_CASES: RuleCases = {
  rule: ipPledgeLoanInterest,
  cases: [
    // 100万 × 3.45% × 80% × 12/12 = 27 600 ≤ interest paid 40 000
    { name: '纯专利权质押，全年计息', facts: { ...Y2024, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 27600, mentions: ['2023年末一年期LPR 3.45%'] },
    // 100万 × 2.76% × 6/12 = 13 800 (prorated by months)
    { name: '计息6个月按比例', facts: { ...Y2024, ipPledgeLoans: [loan({ interestMonths: 6 })] }, status: 'eligible', amountYuan: 13800 },
    // min(27 600, 20 000 actually paid) = 20 000
    { name: '不超过实际支付利息', facts: { ...Y2024, ipPledgeLoans: [loan({ interestPaidYuan: 20_000 })] }, status: 'eligible', amountYuan: 20000, mentions: ['超过实际支付利息'] },
    // mixed loan 200万, IP part 100万: 100万 × 2.76% = 27 600; interest on the IP part 80 000 × 1/2 = 40 000 → 27 600
    {
      name: '混合担保贷款只算知识产权质押部分',
      facts: { ...Y2024, ipPledgeLoans: [loan({ loanPrincipalYuan: 2_000_000, interestPaidYuan: 80_000 })] },
      status: 'eligible',
      amountYuan: 27600,
    },
    // mixed: interest on the IP part 50 000 × 1/2 = 25 000 < 27 600 → 25 000
    {
      name: '混合担保贷款：分摊利息低于贴息上限',
      facts: { ...Y2024, ipPledgeLoans: [loan({ loanPrincipalYuan: 2_000_000, interestPaidYuan: 50_000 })] },
      status: 'eligible',
      amountYuan: 25000,
      mentions: ['知识产权质押部分分摊的实际利息'],
    },
    // 1 234 567 × 2.76% = 34 074.0492 → 34 074 (rounded down)
    { name: '向下取整到元', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 1_234_567)] }, status: 'eligible', amountYuan: 34074 },
    // 10 869 565 × 2.76% = 299 999.994 → 299 999, just under the 30万 cap
    { name: '刚低于每种权项30万元上限', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 10_869_565)] }, status: 'eligible', amountYuan: 299999 },
    // user LPR 3.75%: 1000万 × 3.75% × 80% = 300 000 = cap exactly
    {
      name: '恰好等于上限（自定LPR 3.75%）',
      facts: { lprOneYearPercent: 3.75, ipPledgeLoans: [big('专利权', 10_000_000)] },
      status: 'eligible',
      amountYuan: 300000,
      mentions: ['采用用户指定的3.75%'],
    },
    // 10 000 100 × 3% = 300 003 > 30万 → 30万
    { name: '刚超过上限', facts: { lprOneYearPercent: 3.75, ipPledgeLoans: [big('专利权', 10_000_100)] }, status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 1200万 × 2.76% = 331 200 → 30万
    { name: '超过上限按30万元', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 12_000_000)] }, status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // two patent loans of 600万: 165 600 + 165 600 = 331 200 → one cap for the right type → 30万
    {
      name: '同一权项多笔贷款合并封顶',
      facts: { ...Y2024, ipPledgeLoans: [big('专利权', 6_000_000), big('专利权', 6_000_000)] },
      status: 'eligible',
      amountYuan: 300000,
      capsYuan: [300000],
    },
    // 专利权 331 200 → 30万; 商标权 331 200 → 30万; caps per right type → 60万
    {
      name: '每种权项分别封顶后相加',
      facts: { ...Y2024, ipPledgeLoans: [big('专利权', 12_000_000), big('商标权', 12_000_000)] },
      status: 'eligible',
      amountYuan: 600000,
      capsYuan: [300000, 300000],
    },
    // 专利权 27 600 + 商标权 27 600 = 55 200
    { name: '两种权项各一笔', facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ rightType: '商标权' })] }, status: 'eligible', amountYuan: 55200 },
    // second loan overdue: only the first counts → 27 600
    {
      name: '未按期偿还的一笔不计',
      facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ repaidOnTime: false })] },
      status: 'eligible',
      amountYuan: 27600,
      mentions: ['第2笔专利权质押贷款未按期正常偿还，不予贴息'],
    },
    { name: '唯一一笔未按期偿还', facts: { ...Y2024, ipPledgeLoans: [loan({ repaidOnTime: false })] }, status: 'ineligible', amountYuan: 0 },
    // subsidy year 2023 → LPR end 2022 3.65%: 100万 × 3.65% × 80% = 29 200
    { name: '2023年度：2022年末LPR 3.65%', facts: { pledgeLoanSubsidyYear: 2023, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 29200 },
    // 2025 → end 2024 3.10%: 100万 × 3.1% × 80% = 24 800
    { name: '2025年度：2024年末LPR 3.1%', facts: { pledgeLoanSubsidyYear: 2025, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 24800 },
    // 2026 → end 2025 3.00%: 100万 × 3% × 80% = 24 000
    { name: '2026年度：2025年末LPR 3%', facts: { pledgeLoanSubsidyYear: 2026, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 24000 },
    // end of 2026 is not in the table: ask for the rate, do not guess
    { name: '表中没有的年份 → 追问LPR', facts: { pledgeLoanSubsidyYear: 2027, ipPledgeLoans: [loan()] }, status: 'needs-info', amountYuan: 0, needs: ['lprOneYearPercent'] },
    // user rate 2.9%: 100万 × 2.9% × 80% = 23 200
    { name: '用户指定LPR优先', facts: { pledgeLoanSubsidyYear: 2027, lprOneYearPercent: 2.9, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 23200 },
    { name: '年度未知 → 追问', facts: { ipPledgeLoans: [loan()] }, status: 'needs-info', amountYuan: 0, needs: ['pledgeLoanSubsidyYear'] },
    { name: '没有质押贷款', facts: { ...Y2024, ipPledgeLoans: [] }, status: 'ineligible', amountYuan: 0, mentions: ['没有知识产权质押贷款'] },
    {
      name: '某笔利息未知 → 追问该笔',
      facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ interestPaidYuan: undefined, repaidOnTime: undefined })] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.1.repaidOnTime', 'ipPledgeLoans.1.interestPaidYuan'],
    },
    // paid no interest at all: min(27 600, 0) = 0
    { name: '未付利息：测算为0元', facts: { ...Y2024, ipPledgeLoans: [loan({ interestPaidYuan: 0 })] }, status: 'ineligible', amountYuan: 0 },
    { name: '全部未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipPledgeLoans', 'pledgeLoanSubsidyYear'] },
  ],
};
