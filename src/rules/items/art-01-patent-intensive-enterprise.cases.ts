import { RuleCases } from '../testing/rule-case';
import { patentIntensiveEnterprise } from './art-01-patent-intensive-enterprise.rule';

/** Meets every condition of the first tier with room to spare. */
const BASE = {
  ipManagementStandardCertified: true,
  selfDevelopedInventionPatentsCount: 12,
  selfDevelopedInventionPatentsLastYearCount: 6,
  annualSalesYuan: 6_000_000,
  patentProductSalesPercent: 25,
  ipStaffTrainingRatePercent: 100,
};

export const ART1_CASES: RuleCases = {
  rule: patentIntensiveEnterprise,
  cases: [
    // 12件, +6件 → 第一档 (≥10 & ≥+5) → 12万元; lower tiers are not added
    { name: '第一档', facts: BASE, status: 'eligible', amountYuan: 120000, mentions: ['第二档、第三档不再重复奖补'] },
    // every boundary exactly: 10件, +5件, 500万元, 20%, 100% — all inclusive → 12万元
    {
      name: '第一档：各项恰好等于门槛（含本数）',
      facts: { ...BASE, selfDevelopedInventionPatentsCount: 10, selfDevelopedInventionPatentsLastYearCount: 5, annualSalesYuan: 5_000_000, patentProductSalesPercent: 20 },
      status: 'eligible',
      amountYuan: 120000,
    },
    // 9件 < 10 → not 第一档; 9 ≥ 5 & +5 ≥ +3 → 第二档 8万元
    { name: '差1件不到第一档 → 第二档', facts: { ...BASE, selfDevelopedInventionPatentsCount: 9, selfDevelopedInventionPatentsLastYearCount: 4 }, status: 'eligible', amountYuan: 80000, mentions: ['累计拥有自主研发的有效发明专利9件，未达到10件'] },
    // 10件 but only +4 < +5 → 第二档 8万元
    { name: '增量差1件不到第一档 → 第二档', facts: { ...BASE, selfDevelopedInventionPatentsCount: 10, selfDevelopedInventionPatentsLastYearCount: 6 }, status: 'eligible', amountYuan: 80000 },
    // 5件, +3件 exactly → 第二档 8万元
    { name: '第二档门槛恰好满足', facts: { ...BASE, selfDevelopedInventionPatentsCount: 5, selfDevelopedInventionPatentsLastYearCount: 2 }, status: 'eligible', amountYuan: 80000 },
    // 4件 < 5 → 第三档 (4 ≥ 3 & +3 ≥ +2) 5万元
    { name: '差1件不到第二档 → 第三档', facts: { ...BASE, selfDevelopedInventionPatentsCount: 4, selfDevelopedInventionPatentsLastYearCount: 1 }, status: 'eligible', amountYuan: 50000 },
    // 3件, +2件 exactly → 第三档 5万元
    { name: '第三档门槛恰好满足', facts: { ...BASE, selfDevelopedInventionPatentsCount: 3, selfDevelopedInventionPatentsLastYearCount: 1 }, status: 'eligible', amountYuan: 50000 },
    // 3件 but +1 < +2 → no tier
    { name: '增量不足第三档', facts: { ...BASE, selfDevelopedInventionPatentsCount: 3, selfDevelopedInventionPatentsLastYearCount: 2 }, status: 'ineligible', amountYuan: 0, mentions: ['比上年同比增量1件，未达到2件'] },
    // 2件 < 3 → no tier
    { name: '专利数不足第三档', facts: { ...BASE, selfDevelopedInventionPatentsCount: 2, selfDevelopedInventionPatentsLastYearCount: 0 }, status: 'ineligible', amountYuan: 0 },
    // patents fell from 12 to 10: increase −2 → no tier
    { name: '专利数同比减少', facts: { ...BASE, selfDevelopedInventionPatentsCount: 10, selfDevelopedInventionPatentsLastYearCount: 12 }, status: 'ineligible', amountYuan: 0 },
    // 450万元 < 500万元
    { name: '年销售收入不足500万元', facts: { ...BASE, annualSalesYuan: 4_500_000 }, status: 'ineligible', amountYuan: 0, mentions: ['年销售收入450万元，未达到500万元'] },
    // one yuan below the threshold
    { name: '年销售收入差1元', facts: { ...BASE, annualSalesYuan: 4_999_999 }, status: 'ineligible', amountYuan: 0, mentions: ['年销售收入4999999元，未达到500万元'] },
    // 19.99% < 20%
    { name: '专利产品占比19.99%', facts: { ...BASE, patentProductSalesPercent: 19.99 }, status: 'ineligible', amountYuan: 0, mentions: ['专利产品销售收入占比19.99%，未达到20%'] },
    // 99.5% < 100%
    { name: '培训率未达100%', facts: { ...BASE, ipStaffTrainingRatePercent: 99.5 }, status: 'ineligible', amountYuan: 0 },
    { name: '未通过贯标认证', facts: { ...BASE, ipManagementStandardCertified: false }, status: 'ineligible', amountYuan: 0, mentions: ['未通过《企业知识产权管理规范》国家标准认证'] },
    // a known failing condition decides even when everything else is unknown
    { name: '只知道销售收入不足', facts: { annualSalesYuan: 1_000_000 }, status: 'ineligible', amountYuan: 0 },
    {
      name: '上年专利数未知 → 追问',
      facts: { ...BASE, selfDevelopedInventionPatentsLastYearCount: undefined },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['selfDevelopedInventionPatentsLastYearCount'],
    },
    // 4件: 第一档、第二档 already fail on the count; 第三档 depends on the unknown increase
    {
      name: '只差第三档的增量 → 追问',
      facts: { ...BASE, selfDevelopedInventionPatentsCount: 4, selfDevelopedInventionPatentsLastYearCount: undefined },
      status: 'needs-info',
      amountYuan: 0,
      needs: ['selfDevelopedInventionPatentsLastYearCount'],
    },
    {
      name: '什么都不知道',
      facts: {},
      status: 'needs-info',
      amountYuan: 0,
      needs: [
        'ipManagementStandardCertified',
        'selfDevelopedInventionPatentsCount',
        'selfDevelopedInventionPatentsLastYearCount',
        'annualSalesYuan',
        'patentProductSalesPercent',
        'ipStaffTrainingRatePercent',
      ],
    },
  ],
};
