import { RuleCases } from '../testing/rule-case';
import { firstInventionPatent } from './art-09-first-invention-patent.rule';

const BASE = { hadInventionPatentBefore: false, firstInventionPatentSource: '自身新增授权', firstInventionPatentProductSalesYuan: 1_500_000 };

export const ART9_CASES: RuleCases = {
  rule: firstInventionPatent,
  cases: [
    { name: '自身新增授权，销售150万元', facts: BASE, status: 'eligible', amountYuan: 20000 },
    { name: '向高校购买', facts: { ...BASE, firstInventionPatentSource: '向高校或科研机构购买' }, status: 'eligible', amountYuan: 20000 },
    // 超过 is exclusive: exactly 100万 fails
    { name: '恰好100万元：不超过，不符合', facts: { ...BASE, firstInventionPatentProductSalesYuan: 1_000_000 }, status: 'ineligible', amountYuan: 0, mentions: ['产品年度销售额100万元，未超过100万元'] },
    // 100万 + 1元 passes
    { name: '100万零1元', facts: { ...BASE, firstInventionPatentProductSalesYuan: 1_000_001 }, status: 'eligible', amountYuan: 20000 },
    { name: '此前已有发明专利', facts: { ...BASE, hadInventionPatentBefore: true }, status: 'ineligible', amountYuan: 0, mentions: ['不属于“未覆盖发明专利的企业”'] },
    { name: '向企业购买不适用', facts: { ...BASE, firstInventionPatentSource: '其他途径' }, status: 'ineligible', amountYuan: 0 },
    { name: '销售额未知', facts: { ...BASE, firstInventionPatentProductSalesYuan: undefined }, status: 'needs-info', amountYuan: 0, needs: ['firstInventionPatentProductSalesYuan'] },
  ],
};
