import { RuleCases } from '../testing/rule-case';
import { brandStation, giTrademark, greenProduct, zhejiangMade } from './art-16-brand-standards.rule';

export const ART16_GI_CASES: RuleCases = {
  rule: giTrademark,
  cases: [
    { name: '1件 10万元', facts: { giTrademarksCount: 1 }, status: 'eligible', amountYuan: 100000 },
    // 3 × 10万 = 30万 (每件)
    { name: '3件 30万元', facts: { giTrademarksCount: 3 }, status: 'eligible', amountYuan: 300000 },
    { name: '0件', facts: { giTrademarksCount: 0 }, status: 'ineligible', amountYuan: 0 },
  ],
};

export const ART16_BRAND_STATION_CASES: RuleCases = {
  rule: brandStation,
  cases: [
    { name: '新建 5万元', facts: { provincialBrandStationNew: true }, status: 'eligible', amountYuan: 50000 },
    { name: '上年度优秀 5万元', facts: { provincialBrandStationNew: false, provincialBrandStationExcellent: true }, status: 'eligible', amountYuan: 50000 },
    // both → still 5万元 (/家)
    { name: '两项都满足不重复', facts: { provincialBrandStationNew: true, provincialBrandStationExcellent: true }, status: 'eligible', amountYuan: 50000 },
    { name: '都不满足', facts: { provincialBrandStationNew: false, provincialBrandStationExcellent: false }, status: 'ineligible', amountYuan: 0 },
    { name: '不是新建、绩效未知 → 追问', facts: { provincialBrandStationNew: false }, status: 'needs-info', amountYuan: 0, needs: ['provincialBrandStationExcellent'] },
  ],
};

export const ART16_GREEN_CASES: RuleCases = {
  rule: greenProduct,
  cases: [
    { name: '获证 10万元', facts: { greenProductCertified: true }, status: 'eligible', amountYuan: 100000 },
    { name: '未获证', facts: { greenProductCertified: false }, status: 'ineligible', amountYuan: 0 },
  ],
};

export const ART16_ZHEJIANG_MADE_CASES: RuleCases = {
  rule: zhejiangMade,
  cases: [
    { name: '获证 2万元', facts: { zhejiangMadeCertified: true }, status: 'eligible', amountYuan: 20000 },
    { name: '未获证', facts: { zhejiangMadeCertified: false }, status: 'ineligible', amountYuan: 0 },
  ],
};
