import { RuleCases } from '../testing/rule-case';
import { patentNavigationProject } from './art-06-patent-navigation-project.rule';

const l = (...levels: string[]) => ({ newPatentNavigationProjectLevels: levels });

export const ART6_NAVIGATION_CASES: RuleCases = {
  rule: patentNavigationProject,
  cases: [
    { name: '省级项目 10万元', facts: l('省级'), status: 'eligible', amountYuan: 100000 },
    { name: '市级项目 10万元', facts: l('市级'), status: 'eligible', amountYuan: 100000 },
    { name: '区级项目 8万元', facts: l('区级'), status: 'eligible', amountYuan: 80000 },
    // /家: 市级 10万 and 区级 8万 the same year → 10万元, not 18万元
    // 10万 (省级、市级款) + 8万 (区级款) = 18万; only the highest: 10万
    { name: '市级+区级：两款相加，另示只补最高一档', facts: l('区级', '市级'), status: 'eligible', amountYuan: 180000, alternativesYuan: [100000] },
    // 省级 and 市级 are one paragraph, 10万元/家: once
    { name: '省级+市级：同一款只补一次', facts: l('省级', '市级'), status: 'eligible', amountYuan: 100000 },
    { name: '没有项目', facts: l(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newPatentNavigationProjectLevels'] },
  ],
};
