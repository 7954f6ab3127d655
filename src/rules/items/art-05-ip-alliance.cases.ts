import { RuleCases } from '../testing/rule-case';
import { ipAlliance } from './art-05-ip-alliance.rule';

const l = (level: string) => ({ ipAllianceFilingLevel: level });

export const ART5_CASES: RuleCases = {
  rule: ipAlliance,
  cases: [
    { name: '国家级备案', facts: l('国家级'), status: 'eligible', amountYuan: 200000 },
    // 省级以上 includes 省级
    { name: '省级备案（以上含本级）', facts: l('省级'), status: 'eligible', amountYuan: 200000 },
    { name: '市级备案不够', facts: l('市级'), status: 'ineligible', amountYuan: 0, mentions: ['联盟备案层级为市级，未达到省级以上'] },
    { name: '区级备案不够', facts: l('区级'), status: 'ineligible', amountYuan: 0 },
    { name: '未备案', facts: l('未备案'), status: 'ineligible', amountYuan: 0, mentions: ['未经知识产权主管部门备案'] },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['ipAllianceFilingLevel'] },
  ],
};
