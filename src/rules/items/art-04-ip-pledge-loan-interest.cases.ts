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
/** The principal and the period only (repaid on time): no interest paid. */
const bare = (principal: number, period: Record<string, number>, rightType = '专利权') => ({
  rightType,
  ipPledgedPrincipalYuan: principal,
  repaidOnTime: true,
  ...period,
});
const big = (rightType: string, principal: number) =>
  loan({ rightType, loanPrincipalYuan: principal, ipPledgedPrincipalYuan: principal, interestPaidYuan: principal });

// Subsidy year 2024 (interest paid in 2024) → LPR at the end of 2023: 3.45 %; × 80 % = 2.76 % a year.
// The other reading of 「上年末」 (art4.1-subsidy-year) takes the end of 2024: 3.1 % × 80 % = 2.48 % → alternativesYuan.
const Y2024 = { pledgeLoanSubsidyYear: 2024 };

export const ART4_PLEDGE_CASES: RuleCases = {
  rule: ipPledgeLoanInterest,
  cases: [
    // 100万 × 3.45% × 80% × 12/12 = 27 600 ≤ interest paid 40 000; other reading 100万 × 2.48% = 24 800
    {
      name: '纯专利权质押，全年计息',
      facts: { ...Y2024, ipPledgeLoans: [loan()] },
      status: 'eligible',
      amountYuan: 27600,
      mentions: ['2023年末一年期LPR 3.45%', '最高可获'],
      alternativesYuan: [24800],
    },
    // Principal, period, repayment and year only: the ceiling, with the limits stated.
    {
      name: '只有本金和计息期：给出最高额并写明限制',
      facts: { ...Y2024, ipPledgeLoans: [bare(1_000_000, { interestMonths: 12 })] },
      status: 'eligible',
      amountYuan: 27600,
      mentions: ['未提供实际支付的利息', '不超过按合同利率计算的利息'],
      alternativesYuan: [24800],
    },
    // 500万 × 2.76% = 138 000 (year 2024); 2025 → end-2024 3.1%: 500万 × 2.48% = 124 000 — one meaning per year.
    { name: '同一笔贷款：2024年度', facts: { ...Y2024, ipPledgeLoans: [bare(5_000_000, { interestMonths: 12 })] }, status: 'eligible', amountYuan: 138000, alternativesYuan: [124000] },
    // 2025 → 124 000; other reading end-2025 3%: 500万 × 2.4% = 120 000
    {
      name: '同一笔贷款：2025年度换用2024年末LPR',
      facts: { pledgeLoanSubsidyYear: 2025, ipPledgeLoans: [bare(5_000_000, { interestMonths: 12 })] },
      status: 'eligible',
      amountYuan: 124000,
      alternativesYuan: [120000],
    },
    // 100万 × 2.76% × 6/12 = 13 800 (prorated by months); other 24 800 × 6/12 = 12 400
    { name: '计息6个月按比例', facts: { ...Y2024, ipPledgeLoans: [loan({ interestMonths: 6 })] }, status: 'eligible', amountYuan: 13800, alternativesYuan: [12400] },
    // 1.5 months, not rounded up: 27 600 × 1.5/12 = 3 450; other 24 800 × 1.5/12 = 3 100
    { name: '一个半月不进位', facts: { ...Y2024, ipPledgeLoans: [loan({ interestMonths: 1.5 })] }, status: 'eligible', amountYuan: 3450, alternativesYuan: [3100] },
    // 45 days on actual/365: 500万 × 2.76% × 45/365 = 17 013.69… → 17 013 (two whole months would give 23 000);
    // other 500万 × 2.48% × 45/365 = 15 287.67… → 15 287
    {
      name: '45天的贷款按天计',
      facts: { ...Y2024, ipPledgeLoans: [bare(5_000_000, { interestDays: 45 })] },
      status: 'eligible',
      amountYuan: 17013,
      mentions: ['× 45/365'],
      alternativesYuan: [15287],
    },
    // 10 days: 138 000 × 10/365 = 3 780.82… → 3 780 (one whole month would give 11 500); other 124 000 × 10/365 = 3 397.26… → 3 397
    { name: '10天的贷款按天计', facts: { ...Y2024, ipPledgeLoans: [bare(5_000_000, { interestDays: 10 })] }, status: 'eligible', amountYuan: 3780, alternativesYuan: [3397] },
    // 73 days given beside 12 months: days win, 27 600 × 73/365 = 5 520; other 24 800 × 73/365 = 4 960
    {
      name: '月数和天数都给时按天数',
      facts: { ...Y2024, ipPledgeLoans: [loan({ interestDays: 73 })] },
      status: 'eligible',
      amountYuan: 5520,
      mentions: ['按天数计算'],
      alternativesYuan: [4960],
    },
    // 366 days (a leap year) count as one year at most: 27 600
    { name: '366天按一年计', facts: { ...Y2024, ipPledgeLoans: [loan({ interestDays: 366 })] }, status: 'eligible', amountYuan: 27600, alternativesYuan: [24800] },
    // min(27 600, 20 000 actually paid) = 20 000; the other reading gives min(24 800, 20 000) = the same
    {
      name: '实付利息低于最高额：按实付利息',
      facts: { ...Y2024, ipPledgeLoans: [loan({ interestPaidYuan: 20_000 })] },
      status: 'eligible',
      amountYuan: 20000,
      mentions: ['超过实际支付利息'],
    },
    // loan rate 2.5% < 2.76%: 100万 × 2.5% = 25 000; other reading 2.48% < 2.5% → 24 800
    {
      name: '贷款合同利率低于LPR的80%：按合同利率',
      facts: { ...Y2024, ipPledgeLoans: [bare(1_000_000, { interestMonths: 12, loanRatePercent: 2.5 })] },
      status: 'eligible',
      amountYuan: 25000,
      mentions: ['贷款合同利率2.5%'],
      alternativesYuan: [24800],
    },
    // loan rate exactly 2.76% = LPR × 80%: the LPR formula, 27 600
    {
      name: '贷款合同利率等于LPR的80%',
      facts: { ...Y2024, ipPledgeLoans: [bare(1_000_000, { interestMonths: 12, loanRatePercent: 2.76 })] },
      status: 'eligible',
      amountYuan: 27600,
      alternativesYuan: [24800],
    },
    // loan rate 4.35% above: 27 600
    { name: '贷款合同利率高于LPR的80%', facts: { ...Y2024, ipPledgeLoans: [loan({ loanRatePercent: 4.35 })] }, status: 'eligible', amountYuan: 27600, alternativesYuan: [24800] },
    // mixed loan 200万, IP part 100万: 27 600; interest on the IP part 80 000 × 1/2 = 40 000 → 27 600
    {
      name: '混合担保贷款只算知识产权质押部分',
      facts: { ...Y2024, ipPledgeLoans: [loan({ loanPrincipalYuan: 2_000_000, interestPaidYuan: 80_000 })] },
      status: 'eligible',
      amountYuan: 27600,
      alternativesYuan: [24800],
    },
    // mixed: interest on the IP part 50 000 × 1/2 = 25 000 < 27 600 → 25 000; other min(24 800, 25 000) = 24 800
    {
      name: '混合担保贷款：分摊利息低于贴息上限',
      facts: { ...Y2024, ipPledgeLoans: [loan({ loanPrincipalYuan: 2_000_000, interestPaidYuan: 50_000 })] },
      status: 'eligible',
      amountYuan: 25000,
      mentions: ['知识产权质押部分分摊的实际利息'],
      alternativesYuan: [24800],
    },
    // total principal not told: the whole interest paid bounds it, min(27 600, 20 000) = 20 000
    {
      name: '未说本金总额：以全部实付利息为限',
      facts: { ...Y2024, ipPledgeLoans: [bare(1_000_000, { interestMonths: 12, interestPaidYuan: 20_000 })] },
      status: 'eligible',
      amountYuan: 20000,
    },
    // 1 234 567 × 2.76% = 34 074.0492 → 34 074 (rounded down); other × 2.48% = 30 617.26… → 30 617
    { name: '向下取整到元', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 1_234_567)] }, status: 'eligible', amountYuan: 34074, alternativesYuan: [30617] },
    // 10 869 565 × 2.76% = 299 999.994 → 299 999, just under the 30万 cap; other 269 565
    { name: '刚低于每种权项30万元上限', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 10_869_565)] }, status: 'eligible', amountYuan: 299999, alternativesYuan: [269565] },
    // user LPR 3.75%: 1000万 × 3.75% × 80% = 300 000 = cap exactly (no other reading: the rate is the user's)
    {
      name: '恰好等于上限（自定LPR 3.75%）',
      facts: { lprOneYearPercent: 3.75, ipPledgeLoans: [big('专利权', 10_000_000)] },
      status: 'eligible',
      amountYuan: 300000,
      mentions: ['采用用户指定的3.75%'],
    },
    // 10 000 100 × 3% = 300 003 > 30万 → 30万
    { name: '刚超过上限', facts: { lprOneYearPercent: 3.75, ipPledgeLoans: [big('专利权', 10_000_100)] }, status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 1200万 × 2.76% = 331 200 → 30万; other 1200万 × 2.48% = 297 600 (under the cap)
    { name: '超过上限按30万元', facts: { ...Y2024, ipPledgeLoans: [big('专利权', 12_000_000)] }, status: 'eligible', amountYuan: 300000, capsYuan: [300000], alternativesYuan: [297600] },
    // two patent loans of 600万: 165 600 + 165 600 = 331 200 → one cap for the right type → 30万; other 148 800 × 2 = 297 600
    {
      name: '同一权项多笔贷款合并封顶',
      facts: { ...Y2024, ipPledgeLoans: [big('专利权', 6_000_000), big('专利权', 6_000_000)] },
      status: 'eligible',
      amountYuan: 300000,
      capsYuan: [300000],
      alternativesYuan: [297600],
    },
    // 专利权 331 200 → 30万; 商标权 331 200 → 30万; caps per right type → 60万; other 297 600 × 2 = 595 200
    {
      name: '每种权项分别封顶后相加',
      facts: { ...Y2024, ipPledgeLoans: [big('专利权', 12_000_000), big('商标权', 12_000_000)] },
      status: 'eligible',
      amountYuan: 600000,
      capsYuan: [300000, 300000],
      alternativesYuan: [595200],
    },
    // 专利权 1500万 × 2.76% = 414 000 → 30万; 商标权 100万 → 27 600; 327 600. Other: 372 000 → 30万 + 24 800 = 324 800
    {
      name: '两种权项：一种封顶、一种未封顶',
      facts: { ...Y2024, ipPledgeLoans: [bare(15_000_000, { interestMonths: 12 }), bare(1_000_000, { interestMonths: 12 }, '商标权')] },
      status: 'eligible',
      amountYuan: 327600,
      capsYuan: [300000],
      alternativesYuan: [324800],
    },
    // 专利权 27 600 + 商标权 27 600 = 55 200; other 49 600
    { name: '两种权项各一笔', facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ rightType: '商标权' })] }, status: 'eligible', amountYuan: 55200, alternativesYuan: [49600] },
    // second loan overdue: only the first counts → 27 600
    {
      name: '未按期偿还的一笔不计',
      facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ repaidOnTime: false })] },
      status: 'eligible',
      amountYuan: 27600,
      mentions: ['第2笔专利权质押贷款未按期正常偿还，不予贴息'],
      alternativesYuan: [24800],
    },
    {
      name: '唯一一笔未按期偿还',
      facts: { ...Y2024, ipPledgeLoans: [loan({ repaidOnTime: false })] },
      status: 'ineligible',
      amountYuan: 0,
      mentions: ['未按期正常偿还，不予贴息'],
    },
    // Said to be uncertain: asked, not assumed.
    {
      name: '还款情况明确不确定 → 追问',
      facts: { ...Y2024, ipPledgeLoans: [loan({ repaidOnTime: undefined, repaymentUncertain: true })] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.0.repaidOnTime'],
    },
    // The subsidy year decides the LPR (that of the year end before it); the other reading is that year's own end.
    // 2020 → end-2019 4.15%: 100万 × 3.32% = 33 200; other end-2020 3.85% → 30 800
    { name: '2020年度：2019年末LPR 4.15%', facts: { pledgeLoanSubsidyYear: 2020, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 33200, alternativesYuan: [30800] },
    // 2021 → end-2020 3.85%: 30 800; other end-2021 3.8% → 30 400
    { name: '2021年度：2020年末LPR 3.85%', facts: { pledgeLoanSubsidyYear: 2021, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 30800, alternativesYuan: [30400] },
    // 2022 → end-2021 3.8%: 30 400; other end-2022 3.65% → 29 200
    { name: '2022年度：2021年末LPR 3.8%', facts: { pledgeLoanSubsidyYear: 2022, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 30400, alternativesYuan: [29200] },
    // 2023 → end-2022 3.65%: 29 200; other end-2023 3.45% → 27 600
    { name: '2023年度：2022年末LPR 3.65%', facts: { pledgeLoanSubsidyYear: 2023, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 29200, alternativesYuan: [27600] },
    // 2025 → end-2024 3.10%: 24 800; other end-2025 3% → 24 000
    { name: '2025年度：2024年末LPR 3.1%', facts: { pledgeLoanSubsidyYear: 2025, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 24800, alternativesYuan: [24000] },
    // 2026 → end-2025 3.00%: 24 000; the end of 2026 is not in the table, so no other amount
    { name: '2026年度：2025年末LPR 3%', facts: { pledgeLoanSubsidyYear: 2026, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 24000 },
    // end of 2026 is not in the table: ask for the rate, do not guess
    { name: '表中没有的年份 → 追问LPR', facts: { pledgeLoanSubsidyYear: 2027, ipPledgeLoans: [loan()] }, status: 'needs-info', amountYuan: 0, needs: ['lprOneYearPercent'] },
    // user rate 2.9%: 100万 × 2.9% × 80% = 23 200
    { name: '用户指定LPR优先', facts: { pledgeLoanSubsidyYear: 2027, lprOneYearPercent: 2.9, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 23200 },
    // with the rate given the year is not needed: 27 600
    { name: '给了LPR不必问年度', facts: { lprOneYearPercent: 3.45, ipPledgeLoans: [loan()] }, status: 'eligible', amountYuan: 27600 },
    { name: '年度未知 → 追问', facts: { ipPledgeLoans: [loan()] }, status: 'needs-info', amountYuan: 0, needs: ['pledgeLoanSubsidyYear'] },
    { name: '没有质押贷款', facts: { ...Y2024, ipPledgeLoans: [] }, status: 'ineligible', amountYuan: 0, mentions: ['没有知识产权质押贷款'] },
    {
      name: '本金未知 → 追问知识产权质押部分',
      facts: { ...Y2024, ipPledgeLoans: [{ rightType: '专利权', interestMonths: 12, repaidOnTime: true }] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.0.ipPledgedPrincipalYuan'],
    },
    // 按期正常偿还 is a condition: unstated, it is asked, never assumed (the answer gives the amount if so).
    {
      name: '还款情况未说 → 追问',
      facts: { ...Y2024, ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 1_000_000, ipPledgedPrincipalYuan: 1_000_000, interestMonths: 12 }] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.0.repaidOnTime'],
    },
    {
      name: '计息期未知 → 追问',
      facts: { ...Y2024, ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, repaidOnTime: true }] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.0.interestMonths'],
    },
    // The interest paid and the repayment are not asked: only the second loan's period is missing.
    {
      name: '某笔计息期未知 → 只追问该笔',
      facts: { ...Y2024, ipPledgeLoans: [loan(), loan({ interestMonths: undefined, interestPaidYuan: undefined })] },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['ipPledgeLoans.1.interestMonths'],
    },
    // paid no interest at all: min(27 600, 0) = 0
    { name: '未付利息：测算为0元', facts: { ...Y2024, ipPledgeLoans: [loan({ interestPaidYuan: 0 })] }, status: 'ineligible', amountYuan: 0 },
    { name: '全部未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipPledgeLoans', 'pledgeLoanSubsidyYear'] },
  ],
};
